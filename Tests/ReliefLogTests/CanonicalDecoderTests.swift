import XCTest

@testable import ReliefLog

final class CanonicalDecoderTests: XCTestCase {
  // MARK: Helpers

  private func decode(_ text: String) throws -> JSONObject {
    try CanonicalDecoder.decodeObject(utf8(text))
  }

  /// Asserts that `bytes` are rejected at `offset`, and with `reason` when given.
  private func assertRejects(
    _ bytes: [UInt8], at offset: Int, _ reason: String? = nil,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    do {
      let object = try CanonicalDecoder.decodeObject(bytes)
      XCTFail("accepted \(text(bytes)) as \(object)", file: file, line: line)
    } catch {
      XCTAssertEqual(error.offset, offset, "\(text(bytes)): \(error)", file: file, line: line)
      if let reason { XCTAssertEqual(error.reason, reason, file: file, line: line) }
    }
  }

  private func assertRejects(
    _ text: String, at offset: Int, _ reason: String? = nil,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    assertRejects(utf8(text), at: offset, reason, file: file, line: line)
  }

  /// `{"a":"` + bytes + `"}`: a string value holding raw `bytes`.
  private func stringMember(_ bytes: [UInt8]) -> [UInt8] {
    utf8(#"{"a":""#) + bytes + utf8(#""}"#)
  }

  // MARK: Accepted

  func testDecoderReadsEmptyObject() throws {
    XCTAssertEqual(try decode("{}"), JSONObject())
  }

  func testDecoderReadsMembersInOrder() throws {
    let object = try decode(#"{"z":1,"a":"x","m":{"k":-5}}"#)
    XCTAssertEqual(object.members.map(\.key), ["z", "a", "m"])
    XCTAssertEqual(object["z"], .integer(1))
    XCTAssertEqual(object["a"], .string("x"))
    XCTAssertEqual(object["m"], .object(JSONObject([("k", .integer(-5))])))
  }

  func testDecoderReadsIntegerLimits() throws {
    XCTAssertEqual(try decode(#"{"a":0}"#)["a"], .integer(0))
    XCTAssertEqual(try decode(#"{"a":-1}"#)["a"], .integer(-1))
    XCTAssertEqual(try decode(#"{"a":9223372036854775807}"#)["a"], .integer(Int64.max))
    XCTAssertEqual(try decode(#"{"a":-9223372036854775808}"#)["a"], .integer(Int64.min))
    XCTAssertEqual(try decode(#"{"a":10}"#)["a"], .integer(10))
  }

  func testDecoderReadsCanonicalEscapes() throws {
    XCTAssertEqual(try decode(#"{"a":"\"\\"}"#)["a"], .string(#""\"#))
    XCTAssertEqual(try decode(#"{"a":"\u0000\u000a\u001f\u0009"}"#)["a"], .string("\0\n\u{1F}\t"))
    XCTAssertEqual(try decode(#"{"a":"x\u001fy"}"#)["a"], .string("x\u{1F}y"))
  }

  func testDecoderReadsRawUTF8() throws {
    XCTAssertEqual(try decode(#"{"name":"南通市总工会"}"#)["name"], .string("南通市总工会"))
    // The neighbours of the refused controls: U+007E, U+00A0 (no-break space), U+00FF.
    XCTAssertEqual(
      try CanonicalDecoder.decodeObject(stringMember([0x7E, 0xC2, 0xA0, 0xC3, 0xBF]))["a"],
      .string("~\u{A0}\u{FF}"))
    XCTAssertEqual(
      try CanonicalDecoder.decodeObject(stringMember([0xF0, 0x9F, 0x98, 0x80]))["a"],
      .string("😀"))
  }

  func testDecoderAcceptsNestingUpToDepthMax() throws {
    XCTAssertEqual(CanonicalDecoder.depthMax, 4)
    let object = try decode(#"{"a":{"b":{"c":{"d":1}}}}"#)
    XCTAssertEqual(CanonicalEncoder.encode(object), utf8(#"{"a":{"b":{"c":{"d":1}}}}"#))
  }

  func testDecoderReadsFromRawBuffer() throws {
    let bytes = utf8(#"{"a":1}"#)
    let object = try bytes.withUnsafeBytes { try CanonicalDecoder.decodeObject($0) }
    XCTAssertEqual(object, JSONObject([("a", .integer(1))]))
  }

  // MARK: Whitespace

  func testDecoderRejectsWhitespaceBeforeObject() {
    assertRejects(#" {}"#, at: 0, "expected '{'")
  }

  func testDecoderRejectsWhitespaceAfterOpeningBrace() {
    assertRejects(#"{ "a":1}"#, at: 1, "expected a member name")
  }

  func testDecoderRejectsWhitespaceBeforeColon() {
    assertRejects(#"{"a" :1}"#, at: 4, "expected ':' after member name")
  }

  func testDecoderRejectsWhitespaceAfterColon() {
    assertRejects(#"{"a": 1}"#, at: 5, "expected a string, an integer or an object")
  }

  func testDecoderRejectsWhitespaceBeforeComma() {
    assertRejects(#"{"a":1 ,"b":2}"#, at: 6, "expected ',' or '}' (no whitespace is allowed)")
  }

  func testDecoderRejectsWhitespaceAfterComma() {
    assertRejects(#"{"a":1, "b":2}"#, at: 7, "expected a member name")
  }

  func testDecoderRejectsWhitespaceBeforeClosingBrace() {
    assertRejects(#"{"a":"x" }"#, at: 8, "expected ',' or '}' (no whitespace is allowed)")
  }

  func testDecoderRejectsTrailingNewline() {
    assertRejects("{}\n", at: 2, "unexpected bytes after the closing brace")
  }

  func testDecoderRejectsTabInsideEmptyObject() {
    assertRejects("{\t}", at: 1, "expected a member name")
  }

  // MARK: Integers

  func testDecoderRejectsLeadingZero() {
    assertRejects(#"{"a":01}"#, at: 5, "integer has a leading zero")
    assertRejects(#"{"a":00}"#, at: 5, "integer has a leading zero")
    assertRejects(#"{"bb":1,"a":007}"#, at: 12, "integer has a leading zero")
  }

  func testDecoderRejectsNegativeZero() {
    assertRejects(#"{"a":-0}"#, at: 5, "-0 is not canonical")
    assertRejects(#"{"a":-01}"#, at: 5, "-0 is not canonical")
  }

  func testDecoderRejectsPlusSign() {
    assertRejects(#"{"a":+1}"#, at: 5, "expected a string, an integer or an object")
  }

  func testDecoderRejectsLoneMinus() {
    assertRejects(#"{"a":-}"#, at: 6, "expected a digit")
    assertRejects(#"{"a":-x}"#, at: 6, "expected a digit")
  }

  func testDecoderRejectsFractions() {
    let reason = "only integers are allowed (no fractions or exponents)"
    assertRejects(#"{"a":1.5}"#, at: 6, reason)
    assertRejects(#"{"a":0.5}"#, at: 6, reason)
    assertRejects(#"{"a":-12.0}"#, at: 8, reason)
    assertRejects(#"{"a":.5}"#, at: 5, "expected a string, an integer or an object")
  }

  func testDecoderRejectsExponents() {
    let reason = "only integers are allowed (no fractions or exponents)"
    assertRejects(#"{"a":1e5}"#, at: 6, reason)
    assertRejects(#"{"a":1E5}"#, at: 6, reason)
    assertRejects(#"{"a":0e0}"#, at: 6, reason)
    assertRejects(#"{"a":25e-1}"#, at: 7, reason)
  }

  func testDecoderRejectsIntegerOverflow() {
    let reason = "integer does not fit in 64 bits"
    assertRejects(#"{"a":9223372036854775808}"#, at: 5, reason)
    assertRejects(#"{"a":-9223372036854775809}"#, at: 5, reason)
    assertRejects(#"{"a":99999999999999999999}"#, at: 5, reason)
    assertRejects(#"{"a":10000000000000000000}"#, at: 5, reason)
  }

  // MARK: Other JSON values

  func testDecoderRejectsLiterals() {
    let reason = "expected a string, an integer or an object"
    assertRejects(#"{"a":true}"#, at: 5, reason)
    assertRejects(#"{"a":false}"#, at: 5, reason)
    assertRejects(#"{"a":null}"#, at: 5, reason)
  }

  func testDecoderRejectsArrays() {
    assertRejects(#"{"a":[1]}"#, at: 5, "expected a string, an integer or an object")
    assertRejects(#"[]"#, at: 0, "expected '{'")
  }

  func testDecoderRejectsNonObjectTopLevel() {
    assertRejects(#""a""#, at: 0, "expected '{'")
    assertRejects("1", at: 0, "expected '{'")
    assertRejects("", at: 0, "line ends where '{' was expected")
  }

  func testDecoderRejectsNonStringMemberNames() {
    assertRejects(#"{1:2}"#, at: 1, "expected a member name")
    assertRejects(#"{a:2}"#, at: 1, "expected a member name")
    assertRejects(#"{,}"#, at: 1, "expected a member name")
  }

  func testDecoderRejectsTrailingComma() {
    assertRejects(#"{"a":1,}"#, at: 7, "expected a member name")
  }

  func testDecoderRejectsMissingComma() {
    assertRejects(#"{"a":1"b":2}"#, at: 6, "expected ',' or '}' (no whitespace is allowed)")
  }

  // MARK: Escapes

  func testDecoderRejectsNewlineEscape() {
    assertRejects(#"{"a":"\n"}"#, at: 6, #"escape is not canonical (only \", \\ and \u00xx)"#)
  }

  func testDecoderRejectsTabEscape() {
    assertRejects(#"{"a":"x\t"}"#, at: 7, #"escape is not canonical (only \", \\ and \u00xx)"#)
  }

  func testDecoderRejectsOtherShortEscapes() {
    for escape in [#"\/"#, #"\b"#, #"\f"#, #"\r"#, #"\'"#, #"\U0001"#, #"\x01"#] {
      assertRejects(#"{"a":""# + escape + #""}"#, at: 6)
    }
  }

  func testDecoderRejectsUnicodeEscapeOfPrintableCharacter() {
    let reason = #"only \u0000 to \u001f (lowercase hex) may be escaped"#
    assertRejects(#"{"a":"\u0041"}"#, at: 6, reason)
    assertRejects(#"{"a":"\u0020"}"#, at: 6, reason)
    assertRejects(#"{"a":"\u4e2d"}"#, at: 6, reason)
    assertRejects(#"{"a":"\u007f"}"#, at: 6, reason)
  }

  func testDecoderRejectsUppercaseHexEscape() {
    let reason = #"only \u0000 to \u001f (lowercase hex) may be escaped"#
    assertRejects(#"{"a":"\u001F"}"#, at: 6, reason)
    assertRejects(#"{"a":"ab\u000A"}"#, at: 8, reason)
  }

  func testDecoderRejectsShortUnicodeEscape() {
    let reason = #"only \u0000 to \u001f (lowercase hex) may be escaped"#
    assertRejects(#"{"a":"\u00"}"#, at: 6, reason)
    assertRejects(#"{"a":"\u001"#, at: 6, reason)
  }

  func testDecoderRejectsEscapeAtEndOfLine() {
    assertRejects(#"{"a":"\"#, at: 7, "line ends inside an escape")
  }

  // MARK: Raw bytes in strings

  func testDecoderRejectsRawControlBytes() {
    let reason = #"control character must be written as \u00xx"#
    assertRejects(stringMember([0x01]), at: 6, reason)
    assertRejects(stringMember(utf8("ab") + [0x0A]), at: 8, reason)
    assertRejects(stringMember([0x09]), at: 6, reason)
    assertRejects(stringMember([0x00]), at: 6, reason)
    assertRejects(stringMember([0x1F]), at: 6, reason)
    assertRejects(utf8("{\"a\u{1}\":1}"), at: 3, reason)
  }

  func testDecoderRejectsDeleteAndC1Controls() {
    assertRejects(stringMember([0x7F]), at: 6, "control character U+007F is not allowed")
    assertRejects(
      stringMember(utf8("ab") + [0x7F]), at: 8, "control character U+007F is not allowed")
    for second: UInt8 in [0x80, 0x85, 0x8A, 0x9F] {
      let hex = String(second, radix: 16, uppercase: true)
      assertRejects(
        stringMember([0x61, 0xC2, second]), at: 7, "control character U+00\(hex) is not allowed")
    }
    assertRejects(utf8("{\"a\u{85}\":1}"), at: 3, "control character U+0085 is not allowed")
  }

  func testDecoderRejectsOverlongUTF8() {
    let reason = "string is not valid UTF-8"
    assertRejects(stringMember([0xC0, 0x80]), at: 5, reason)
    assertRejects(stringMember([0xC1, 0xBF]), at: 5, reason)
    assertRejects(stringMember([0xE0, 0x80, 0xAF]), at: 5, reason)
    assertRejects(stringMember([0xF0, 0x80, 0x80, 0xAF]), at: 5, reason)
  }

  func testDecoderRejectsLoneContinuationByte() {
    assertRejects(stringMember([0x80]), at: 5, "string is not valid UTF-8")
    assertRejects(stringMember(utf8("ok") + [0xBF]), at: 5, "string is not valid UTF-8")
  }

  func testDecoderRejectsUTF8EncodedSurrogates() {
    assertRejects(stringMember([0xED, 0xA0, 0x80]), at: 5, "string is not valid UTF-8")
    assertRejects(stringMember([0xED, 0xBF, 0xBF]), at: 5, "string is not valid UTF-8")
  }

  func testDecoderRejectsOtherInvalidUTF8() {
    let reason = "string is not valid UTF-8"
    assertRejects(stringMember([0xFF]), at: 5, reason)
    assertRejects(stringMember([0xE4, 0xB8]), at: 5, reason)  // truncated 中
    assertRejects(stringMember([0xF4, 0x90, 0x80, 0x80]), at: 5, reason)  // above U+10FFFF
    assertRejects(utf8(#"{"a":1,""#) + [0x80] + utf8(#"":2}"#), at: 7, reason)
  }

  // MARK: Truncation and trailing bytes

  func testDecoderRejectsUnterminatedString() {
    assertRejects(#"{"a":"abc"#, at: 5, "string is not terminated")
    assertRejects(#"{"abc"#, at: 1, "string is not terminated")
    assertRejects(#"{"a":"\"}"#, at: 5, "string is not terminated")
  }

  func testDecoderRejectsUnterminatedObject() {
    assertRejects("{", at: 1, "expected a member name")
    assertRejects(#"{"a""#, at: 4, "line ends where ':' after member name was expected")
    assertRejects(#"{"a":"#, at: 5, "line ends where a value was expected")
    assertRejects(#"{"a":1"#, at: 6, "line ends inside an object")
    assertRejects(#"{"a":{}"#, at: 7, "line ends inside an object")
    assertRejects(#"{"a":{"b":1}"#, at: 12, "line ends inside an object")
  }

  func testDecoderRejectsTrailingBytes() {
    let reason = "unexpected bytes after the closing brace"
    assertRejects(#"{"a":1}x"#, at: 7, reason)
    assertRejects("{}{}", at: 2, reason)
    assertRejects([0x7B, 0x7D, 0x00], at: 2, reason)
  }

  func testDecoderRejectsEveryTruncationOfALine() {
    let line = utf8(#"{"seq":1,"s":"a\"\u000ab","o":{"n":-12}}"#)
    XCTAssertNoThrow(try CanonicalDecoder.decodeObject(line))
    for count in 0..<line.count {
      XCTAssertThrowsError(
        try CanonicalDecoder.decodeObject(Array(line[..<count])), "prefix of \(count) bytes")
    }
  }

  // MARK: Depth

  func testDecoderRejectsNestingDeeperThanDepthMax() {
    assertRejects(#"{"a":{"b":{"c":{"d":{}}}}}"#, at: 20, "objects nested too deeply")
    assertRejects(#"{"a":{"b":{"c":{"d":{"e":1}}}}}"#, at: 20, "objects nested too deeply")
  }

  func testDecoderRejectsDeepNestingWithoutRecursingFurther() {
    let depth = 10_000
    let bytes =
      Array(repeating: utf8(#"{"a":"#), count: depth).joined() + [0x31]
      + Array(repeating: 0x7D, count: depth)
    assertRejects(Array(bytes), at: 20, "objects nested too deeply")
  }

  // MARK: Error text

  func testDecodeErrorDescriptionIsOneBased() {
    let error = CanonicalDecodeError(offset: 5, reason: "integer has a leading zero")
    XCTAssertEqual(error.description, "byte 6: integer has a leading zero")
  }
}
