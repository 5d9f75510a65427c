import XCTest

@testable import ReliefLog

final class CanonicalEncoderTests: XCTestCase {
  private func encoded(_ members: [(key: String, value: JSONValue)]) -> String {
    text(CanonicalEncoder.encode(JSONObject(members)))
  }

  private func encodedString(_ value: String) -> [UInt8] {
    var out: [UInt8] = []
    CanonicalEncoder.appendString(value, to: &out)
    return out
  }

  func testEncoderWritesEmptyObject() {
    XCTAssertEqual(encoded([]), "{}")
  }

  func testEncoderWritesIntegersInShortestDecimalForm() {
    let cases: [(Int64, String)] = [
      (0, "0"), (1, "1"), (-1, "-1"), (9, "9"), (10, "10"), (-100, "-100"),
      (1_590_969_600_000, "1590969600000"),
      (Int64.max, "9223372036854775807"), (Int64.min, "-9223372036854775808"),
      (Int64.min + 1, "-9223372036854775807"),
    ]
    for (number, expected) in cases {
      var out: [UInt8] = []
      CanonicalEncoder.appendInteger(number, to: &out)
      XCTAssertEqual(text(out), expected, "\(number)")
    }
  }

  func testEncoderWritesMembersInGivenOrderWithoutWhitespace() {
    XCTAssertEqual(
      encoded([("b", .integer(1)), ("a", .string("x")), ("c", .integer(-2))]),
      #"{"b":1,"a":"x","c":-2}"#)
  }

  func testEncoderWritesNestedObjects() {
    let inner = JSONObject([("kind", .string("receipt")), ("n", .integer(0))])
    let middle = JSONObject([("inner", .object(inner)), ("empty", .object(JSONObject()))])
    XCTAssertEqual(
      encoded([("seq", .integer(3)), ("original", .object(middle))]),
      #"{"seq":3,"original":{"inner":{"kind":"receipt","n":0},"empty":{}}}"#)
  }

  func testEncoderEscapesQuoteAndBackslashOnly() {
    XCTAssertEqual(encodedString(#"a"b\c/d"#), utf8(#""a\"b\\c/d""#))
  }

  func testEncoderEscapesControlCharactersAsLowercaseHex() {
    XCTAssertEqual(encodedString("\n"), utf8(#""\u000a""#))
    XCTAssertEqual(encodedString("\t"), utf8(#""\u0009""#))
    XCTAssertEqual(encodedString("\u{0}"), utf8(#""\u0000""#))
    XCTAssertEqual(encodedString("\u{1F}"), utf8(#""\u001f""#))
    XCTAssertEqual(encodedString("\r\u{1B}"), utf8(#""\u000d\u001b""#))
  }

  func testEncoderEscapesEveryControlByte() {
    for byte in UInt8(0)..<0x20 {
      let hex = String(byte, radix: 16)
      let expected = "\"\\u00" + (hex.count == 1 ? "0" + hex : hex) + "\""
      XCTAssertEqual(
        text(encodedString(String(UnicodeScalar(byte)))), expected, "byte \(byte)")
    }
  }

  func testEncoderWritesDeleteAndNonASCIIAsRawBytes() {
    XCTAssertEqual(encodedString("\u{7F}"), [0x22, 0x7F, 0x22])
    XCTAssertEqual(
      encodedString("南通市总工会"),
      [0x22] + utf8("南通市总工会") + [0x22])
    XCTAssertEqual(encodedString("南通市总工会").count, 2 + 18)
    XCTAssertEqual(encodedString("😀"), [0x22, 0xF0, 0x9F, 0x98, 0x80, 0x22])
  }

  func testEncoderAppendAddsToExistingBytes() {
    var out = utf8("x")
    CanonicalEncoder.append(JSONObject([("a", .integer(1))]), to: &out)
    CanonicalEncoder.append(JSONValue.string("q"), to: &out)
    XCTAssertEqual(text(out), #"x{"a":1}"q""#)
  }

  func testEncodedValuesDecodeBackEqual() throws {
    let strings = [
      "", "plain", #"quote " and backslash \"#, "\u{0}\u{1}\n\t\u{1F} \u{7E}\u{A0}", "南通市总工会",
      "mixed 中文 \" \\ \n end", "😀 emoji", "/slash",
    ]
    let integers: [Int64] = [0, 1, -1, 42, Int64.max, Int64.min, -9_999_999_999]
    var object = JSONObject()
    for (index, value) in strings.enumerated() { object.append("s\(index)", .string(value)) }
    for (index, value) in integers.enumerated() { object.append("i\(index)", .integer(value)) }
    let nested = JSONObject([
      ("kind", .string("x")), ("deeper", .object(JSONObject([("z", .integer(0))]))),
    ])
    object.append("nested", .object(nested))
    let bytes = CanonicalEncoder.encode(object)
    let decoded = try CanonicalDecoder.decodeObject(bytes)
    XCTAssertEqual(decoded, object)
    XCTAssertEqual(CanonicalEncoder.encode(decoded), bytes)
  }

  func testEncodeDecodeRoundTripsEveryControlCharacter() throws {
    for byte in UInt8(0)..<0x20 {
      let object = JSONObject([("s", .string("a" + String(UnicodeScalar(byte)) + "b"))])
      let bytes = CanonicalEncoder.encode(object)
      XCTAssertEqual(try CanonicalDecoder.decodeObject(bytes), object, "byte \(byte)")
    }
  }
}
