import XCTest

@testable import ReliefLedger

final class InputEncodingTests: XCTestCase {
  /// A CSV file as a Chinese spreadsheet program saves it.
  ///
  /// Made with
  ///
  ///     printf '%s\r\n' 'kind,union,amount,note' \
  ///       'grant,南通市总工会,1200.00,困难职工慰问' \
  ///       'grant,重庆两江新区总工会,"3,500.00","春节""送温暖"""' \
  ///       | iconv -f UTF-8 -t GB18030 | od -An -tx1 -v
  ///
  /// (glibc iconv). The first non-ASCII byte, C4, is at offset 30 on line 2.
  static let gb18030CSV: [UInt8] = [
    0x6b, 0x69, 0x6e, 0x64, 0x2c, 0x75, 0x6e, 0x69, 0x6f, 0x6e, 0x2c, 0x61, 0x6d, 0x6f,
    0x75, 0x6e, 0x74, 0x2c, 0x6e, 0x6f, 0x74, 0x65, 0x0d, 0x0a, 0x67, 0x72, 0x61, 0x6e,
    0x74, 0x2c, 0xc4, 0xcf, 0xcd, 0xa8, 0xca, 0xd0, 0xd7, 0xdc, 0xb9, 0xa4, 0xbb, 0xe1,
    0x2c, 0x31, 0x32, 0x30, 0x30, 0x2e, 0x30, 0x30, 0x2c, 0xc0, 0xa7, 0xc4, 0xd1, 0xd6,
    0xb0, 0xb9, 0xa4, 0xce, 0xbf, 0xce, 0xca, 0x0d, 0x0a, 0x67, 0x72, 0x61, 0x6e, 0x74,
    0x2c, 0xd6, 0xd8, 0xc7, 0xec, 0xc1, 0xbd, 0xbd, 0xad, 0xd0, 0xc2, 0xc7, 0xf8, 0xd7,
    0xdc, 0xb9, 0xa4, 0xbb, 0xe1, 0x2c, 0x22, 0x33, 0x2c, 0x35, 0x30, 0x30, 0x2e, 0x30,
    0x30, 0x22, 0x2c, 0x22, 0xb4, 0xba, 0xbd, 0xda, 0x22, 0x22, 0xcb, 0xcd, 0xce, 0xc2,
    0xc5, 0xaf, 0x22, 0x22, 0x22, 0x0d, 0x0a,
  ]

  static let gb18030Rows = [
    InputRow(
      line: 2,
      fields: [
        "kind": "grant", "union": "南通市总工会", "amount": "1200.00",
        "note": "困难职工慰问",
      ]),
    InputRow(
      line: 3,
      fields: [
        "kind": "grant", "union": "重庆两江新区总工会", "amount": "3,500.00",
        "note": "春节\"送温暖\"",
      ]),
  ]

  func testCSVDetectsGB18030() {
    let file = InputTest.accepted(Self.gb18030CSV, format: .csv)
    XCTAssertEqual(file?.encoding, .gb18030)
    XCTAssertEqual(file?.rows, Self.gb18030Rows)
  }

  func testCSVReadsForcedGB18030() {
    let file = InputTest.accepted(Self.gb18030CSV, format: .csv, encoding: .gb18030)
    XCTAssertEqual(file?.encoding, .gb18030)
    XCTAssertEqual(file?.rows, Self.gb18030Rows)
  }

  func testCSVForcedGB18030StripsGB18030ByteOrderMark() {
    let bom: [UInt8] = [0x84, 0x31, 0x95, 0x33]  // U+FEFF in GB18030
    let file = InputTest.accepted(bom + Self.gb18030CSV, format: .csv, encoding: .gb18030)
    XCTAssertEqual(file?.rows, Self.gb18030Rows)
  }

  func testCSVRejectsGB18030BytesForcedAsUTF8() {
    XCTAssertEqual(
      InputTest.issues(Self.gb18030CSV, encoding: .utf8),
      [
        InputTest.csvIssue(
          2, nil,
          "invalid UTF-8 at byte offset 30 (bytes C4 CF CD A8); if the "
            + "file was saved as GB18030, pass --encoding gb18030")
      ])
  }

  func testCSVRejectsBytesThatAreNeitherUTF8NorGB18030() {
    let bytes = Array("kind\ngrant\nab".utf8) + [0xFF] + Array("\n".utf8)
    XCTAssertEqual(
      InputTest.issues(bytes),
      [
        InputTest.csvIssue(
          3, nil,
          "invalid UTF-8 at byte offset 13 (bytes FF 0A); it is not "
            + "GB18030 either; save it as UTF-8, or pass --encoding gb18030 to see where it stops "
            + "being GB18030")
      ])
  }

  func testCSVRejectsInvalidForcedGB18030WithOffset() {
    let bytes = Array("kind\ngrant\nx".utf8) + [0x81, 0x20] + Array("\n".utf8)
    XCTAssertEqual(
      InputTest.issues(bytes, encoding: .gb18030),
      [
        InputTest.csvIssue(3, nil, "not valid GB18030 at byte offset 12 (bytes 81 20 0A)")
      ])
  }

  func testCSVRejectsForcedGB18030EndingInsideCharacter() {
    let bytes = Array("kind\ngrant\n".utf8) + [0xC4]
    XCTAssertEqual(
      InputTest.issues(bytes, encoding: .gb18030),
      [
        InputTest.csvIssue(
          3, nil,
          "the file ends inside a GB18030 character that starts at "
            + "byte offset 11")
      ])
  }

  func testByteOffsetsCountTheByteOrderMark() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("kind\n".utf8) + [0xC0, 0xAF]
    XCTAssertEqual(
      InputTest.issues(bytes, encoding: .utf8),
      [
        InputTest.csvIssue(
          2, nil,
          "invalid UTF-8 at byte offset 8 (bytes C0 AF); if the file "
            + "was saved as GB18030, pass --encoding gb18030")
      ])
  }

  func testUTF8RejectsOverlongSurrogateAndOutOfRangeSequences() {
    let cases: [(bytes: [UInt8], hex: String)] = [
      ([0xC0, 0xAF], "C0 AF"),  // overlong "/"
      ([0xC1, 0xBF], "C1 BF"),  // overlong
      ([0xE0, 0x80, 0xAF], "E0 80 AF"),  // overlong "/"
      ([0xF0, 0x80, 0x80, 0xAF], "F0 80 80 AF"),  // overlong "/"
      ([0xED, 0xA0, 0x80], "ED A0 80"),  // surrogate U+D800
      ([0xED, 0xBF, 0xBF], "ED BF BF"),  // surrogate U+DFFF
      ([0xF4, 0x90, 0x80, 0x80], "F4 90 80 80"),  // U+110000
      ([0xF5, 0x80, 0x80, 0x80], "F5 80 80 80"),  // beyond any scalar
      ([0x80], "80"),  // stray continuation byte
      ([0xE4, 0xB8], "E4 B8"),  // truncated
      ([0xE4, 0x41, 0x41], "E4 41 41"),  // missing continuation
    ]
    for (bytes, hex) in cases {
      let issues = InputTest.issues(Array("kind\nx".utf8) + bytes, format: .jsonLines)
      XCTAssertEqual(
        issues,
        [
          InputTest.jsonIssue(
            2, nil,
            "invalid UTF-8 at byte offset 6 (bytes \(hex)); JSON Lines "
              + "files must be UTF-8")
        ], hex)
    }
  }

  func testUTF8AcceptsBoundaryScalars() {
    let values = [
      "\u{80}", "\u{7FF}", "\u{800}", "\u{D7FF}", "\u{E000}", "\u{FFFF}",
      "\u{10000}", "\u{10FFFF}", "😀",
    ]
    for value in values {
      let rows = InputTest.csvRows("kind,note\ngrant,\(value)\n")
      XCTAssertEqual(rows.first?.fields["note"], value)
    }
  }

  func testRejectsNulBytesNamingEachLine() {
    let bytes =
      Array("kind,note\ngrant,a".utf8) + [0, 0] + Array("\nrefund,b\ngrant,".utf8)
      + [0]
    XCTAssertEqual(
      InputTest.issues(bytes),
      [
        InputTest.csvIssue(
          2, nil,
          "NUL byte at byte offset 17; text files contain none (was it "
            + "saved as UTF-16?)"),
        InputTest.csvIssue(
          4, nil,
          "NUL byte at byte offset 35; text files contain none (was it "
            + "saved as UTF-16?)"),
      ])
  }

  func testJSONLinesRejectsForcedGB18030() {
    XCTAssertEqual(
      InputTest.issues(Array("{}\n".utf8), format: .jsonLines, encoding: .gb18030),
      [
        InputTest.jsonIssue(nil, nil, "GB18030 does not apply to JSON Lines, which is always UTF-8")
      ])
  }

  func testJSONLinesDoesNotDetectGB18030() {
    let bytes = Array("{\"kind\": \"".utf8) + [0xC4, 0xCF] + Array("\"}\n".utf8)
    XCTAssertEqual(
      InputTest.issues(bytes, format: .jsonLines),
      [
        InputTest.jsonIssue(
          1, nil,
          "invalid UTF-8 at byte offset 10 (bytes C4 CF 22 7D); JSON "
            + "Lines files must be UTF-8")
      ])
  }

  func testRejectsFileOverTheSizeLimit() {
    var limits = ReadLimits.standard
    limits.fileSizeBytesMax = 8
    XCTAssertEqual(
      InputTest.issues(Array("kind\ngrant\n".utf8), limits: limits),
      [
        InputTest.csvIssue(
          nil, nil,
          "file is 11 bytes; the limit is 8 bytes — split it into "
            + "smaller batches")
      ])
  }
}
