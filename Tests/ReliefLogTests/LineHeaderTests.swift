import ReliefCrypto
import XCTest

@testable import ReliefLog

final class LineHeaderTests: XCTestCase {
  private let hash = sha256Hex("previous line")

  private func parse(_ line: String) throws -> LineHeader {
    try utf8(line).withUnsafeBytes { try LineHeader.parse($0) }
  }

  private func assertRejects(
    _ line: String, at offset: Int, _ reason: String? = nil,
    file: StaticString = #filePath, line sourceLine: UInt = #line
  ) {
    do {
      let header = try parse(line)
      XCTFail("accepted \(line) as \(header)", file: file, line: sourceLine)
    } catch {
      guard let error = error as? CanonicalDecodeError else {
        return XCTFail("unexpected \(error)", file: file, line: sourceLine)
      }
      XCTAssertEqual(error.offset, offset, "\(line): \(error)", file: file, line: sourceLine)
      if let reason { XCTAssertEqual(error.reason, reason, file: file, line: sourceLine) }
    }
  }

  func testParsesCanonicalPrefix() throws {
    let line =
      #"{"seq":5,"prev":""# + hash + #"","time_ms":1590969600000,"kind":"receipt","#
      + #""date":"2020-06-01"}"#
    let header = try parse(line)
    XCTAssertEqual(header.seq, 5)
    XCTAssertEqual(header.prev, SHA256.hash(utf8("previous line")))
    XCTAssertEqual(header.timeMillis, 1_590_969_600_000)
    XCTAssertEqual(header.kind, "receipt")
    XCTAssertFalse(header.isCommit)
    XCTAssertEqual(header.bodyOffset, 17 + 64 + 12 + 13 + 9 + 7 + 1)
    XCTAssertEqual(utf8(line)[header.bodyOffset], UInt8(ascii: ","))
  }

  func testParsesHeaderClosedRightAfterKind() throws {
    let line = #"{"seq":0,"prev":""# + zeroHex + #"","time_ms":0,"kind":"commit"}"#
    let header = try parse(line)
    XCTAssertEqual(header.seq, 0)
    XCTAssertEqual(header.prev, .zero)
    XCTAssertEqual(header.timeMillis, 0)
    XCTAssertTrue(header.isCommit)
    XCTAssertEqual(header.bodyOffset, utf8(line).count - 1)
  }

  func testParsesKindWithDotsAndLargestNumbers() throws {
    let line =
      #"{"seq":9223372036854775807,"prev":""# + hash
      + #"","time_ms":9223372036854775807,"kind":"key.add"}"#
    let header = try parse(line)
    XCTAssertEqual(header.seq, Int64.max)
    XCTAssertEqual(header.timeMillis, Int64.max)
    XCTAssertEqual(header.kind, "key.add")
  }

  func testParsesKindOfMaximumLength() throws {
    let kind = String(repeating: "k", count: LineHeader.kindSizeBytesMax)
    let line = #"{"seq":1,"prev":""# + hash + #"","time_ms":1,"kind":""# + kind + #""}"#
    XCTAssertEqual(try parse(line).kind, kind)
  }

  func testRejectsReorderedMembers() {
    assertRejects(
      #"{"prev":""# + hash + #"","seq":5,"time_ms":1,"kind":"x"}"#, at: 0,
      #"expected {"seq": in the line header"#)
    assertRejects(
      #"{"seq":5,"time_ms":1,"prev":""# + hash + #"","kind":"x"}"#, at: 8,
      #"expected ,"prev":" in the line header"#)
    assertRejects(
      #"{"seq":5,"prev":""# + hash + #"","kind":"x","time_ms":1}"#, at: 81,
      #"expected ","time_ms": in the line header"#)
  }

  func testRejectsUppercaseHexInPrev() {
    let upper = hash.uppercased()
    XCTAssertNotEqual(upper, hash)
    assertRejects(
      #"{"seq":5,"prev":""# + upper + #"","time_ms":1,"kind":"x"}"#, at: 17,
      "prev must be 64 lowercase hex digits")
  }

  func testRejectsNonHexInPrev() {
    let bad = String(hash.dropLast()) + "g"
    assertRejects(#"{"seq":5,"prev":""# + bad + #"","time_ms":1,"kind":"x"}"#, at: 17)
  }

  func testRejects63CharacterPrev() {
    assertRejects(
      #"{"seq":5,"prev":""# + String(hash.dropLast()) + #"","time_ms":1,"kind":"x"}"#, at: 17,
      "prev must be 64 lowercase hex digits")
  }

  func testRejects65CharacterPrev() {
    assertRejects(#"{"seq":5,"prev":""# + hash + #"0","time_ms":1,"kind":"x"}"#, at: 81)
  }

  func testRejectsLeadingZeroSeq() {
    assertRejects(
      #"{"seq":05,"prev":""# + hash + #"","time_ms":1,"kind":"x"}"#, at: 7,
      "seq has a leading zero")
    assertRejects(#"{"seq":00,"prev":""# + hash + #"","time_ms":1,"kind":"x"}"#, at: 7)
  }

  func testRejectsLeadingZeroTime() {
    assertRejects(
      #"{"seq":5,"prev":""# + hash + #"","time_ms":01,"kind":"x"}"#, at: 93,
      "time_ms has a leading zero")
  }

  func testRejectsNegativeOrMissingSeq() {
    assertRejects(
      #"{"seq":-1,"prev":""# + hash + #"","time_ms":1,"kind":"x"}"#, at: 7,
      "seq must be a non-negative integer")
    assertRejects(#"{"seq":"1","prev":""# + hash + #"","time_ms":1,"kind":"x"}"#, at: 7)
  }

  func testRejectsSeqOverflow() {
    assertRejects(
      #"{"seq":9223372036854775808,"prev":""# + hash + #"","time_ms":1,"kind":"x"}"#, at: 7,
      "seq does not fit in 64 bits")
  }

  func testRejectsMissingKind() {
    assertRejects(
      #"{"seq":5,"prev":""# + hash + #"","time_ms":1}"#, at: 94,
      #"expected ,"kind":" in the line header"#)
    assertRejects(#"{"seq":5,"prev":""# + hash + #"","time_ms":1,"date":"x"}"#, at: 94)
  }

  func testRejectsKindWithUppercase() {
    assertRejects(
      #"{"seq":5,"prev":""# + hash + #"","time_ms":1,"kind":"Receipt"}"#, at: 103,
      "kind must be lowercase letters")
    assertRejects(
      #"{"seq":5,"prev":""# + hash + #"","time_ms":1,"kind":"receiPt"}"#, at: 103 + 5,
      #"expected " in the line header"#)
  }

  func testRejectsKindWithDigits() {
    assertRejects(
      #"{"seq":5,"prev":""# + hash + #"","time_ms":1,"kind":"1x"}"#, at: 103,
      "kind must be lowercase letters")
    assertRejects(#"{"seq":5,"prev":""# + hash + #"","time_ms":1,"kind":"x1"}"#, at: 104)
  }

  func testRejectsEmptyKindAndOtherCharacters() {
    assertRejects(#"{"seq":5,"prev":""# + hash + #"","time_ms":1,"kind":""}"#, at: 103)
    assertRejects(#"{"seq":5,"prev":""# + hash + #"","time_ms":1,"kind":"a-b"}"#, at: 104)
    assertRejects(#"{"seq":5,"prev":""# + hash + #"","time_ms":1,"kind":"a b"}"#, at: 104)
  }

  func testRejectsKindLongerThanMaximum() {
    let kind = String(repeating: "k", count: LineHeader.kindSizeBytesMax + 1)
    assertRejects(
      #"{"seq":5,"prev":""# + hash + #"","time_ms":1,"kind":""# + kind + #""}"#,
      at: 103 + LineHeader.kindSizeBytesMax)
  }

  func testRejectsKindNotFollowedByCommaOrBrace() {
    let prefix = #"{"seq":5,"prev":""# + hash + #"","time_ms":1,"kind":"x""#
    assertRejects(prefix, at: 105, "expected ',' or '}' after kind")
    assertRejects(prefix + " }", at: 105, "expected ',' or '}' after kind")
    assertRejects(prefix + ":", at: 105)
  }

  func testRejectsWhitespaceInHeader() {
    assertRejects(#"{ "seq":5,"prev":""# + hash + #"","time_ms":1,"kind":"x"}"#, at: 0)
    assertRejects(#"{"seq": 5,"prev":""# + hash + #"","time_ms":1,"kind":"x"}"#, at: 7)
  }

  func testRejectsEveryTruncatedHeader() {
    let line = #"{"seq":5,"prev":""# + hash + #"","time_ms":1,"kind":"x"}"#
    let bytes = utf8(line)
    for count in 0..<bytes.count - 1 {
      XCTAssertThrowsError(
        try Array(bytes[..<count]).withUnsafeBytes { try LineHeader.parse($0) }, "\(count)")
    }
  }
}
