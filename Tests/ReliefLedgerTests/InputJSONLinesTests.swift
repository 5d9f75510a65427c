import XCTest

@testable import ReliefLedger

final class InputJSONLinesTests: XCTestCase {
  func testJSONLinesReadsObjectsAndSkipsBlankLines() {
    let text = "{\"kind\":\"grant\",\"amount\":\"12.50\"}\n\n  \t\n{\"kind\":\"refund\"}\n"
    XCTAssertEqual(
      InputTest.jsonRows(text),
      [
        InputRow(line: 1, fields: ["kind": "grant", "amount": "12.50"]),
        InputRow(line: 4, fields: ["kind": "refund"]),
      ])
  }

  func testJSONLinesReportsUTF8Encoding() {
    let file = InputTest.accepted(Array("{\"kind\":\"x\"}".utf8), format: .jsonLines)
    XCTAssertEqual(file?.encoding, .utf8)
  }

  func testJSONLinesAcceptsWhitespaceCRLFAndNoFinalNewline() {
    let text = " { \"kind\" :\t\"grant\" , \"note\" : \"a\" } \r\n\r\n{\"kind\":\"b\"}"
    XCTAssertEqual(
      InputTest.jsonRows(text),
      [
        InputRow(line: 1, fields: ["kind": "grant", "note": "a"]),
        InputRow(line: 3, fields: ["kind": "b"]),
      ])
  }

  func testJSONLinesDecodesEscapes() {
    let text = #"{"kind":"x","note":"q\" b\\ s\/ \b\f\n\r\t \u00e9\u4E2D"}"#
    XCTAssertEqual(
      InputTest.jsonRows(text).first?.fields["note"],
      "q\" b\\ s/ \u{8}\u{C}\n\r\t é中")
  }

  func testJSONLinesJoinsSurrogatePairs() {
    let text = #"{"kind":"x","note":"\ud83d\ude00 \uD834\uDD1E \uDBFF\uDFFF"}"#
    XCTAssertEqual(InputTest.jsonRows(text).first?.fields["note"], "😀 𝄞 \u{10FFFF}")
  }

  func testJSONLinesKeepsRawUTF8Text() {
    let text = #"{"kind":"grant","union":"重庆两江新区总工会"}"#
    XCTAssertEqual(InputTest.jsonRows(text).first?.fields["union"], "重庆两江新区总工会")
  }

  func testJSONLinesTurnsIntegersOfIntegerFieldsIntoDecimalText() {
    let text =
      #"{"kind":"x","headcount":120,"reverses":0}"# + "\n"
      + #"{"kind":"y","headcount":"7","reverses":-3}"#
    XCTAssertEqual(
      InputTest.jsonRows(text),
      [
        InputRow(line: 1, fields: ["kind": "x", "headcount": "120", "reverses": "0"]),
        InputRow(line: 2, fields: ["kind": "y", "headcount": "7", "reverses": "-3"]),
      ])
  }

  func testJSONLinesNullAndEmptyStringAreAbsent() {
    let text = #"{"kind":"x","note":null,"amount":"","headcount":null}"#
    XCTAssertEqual(InputTest.jsonRows(text), [InputRow(line: 1, fields: ["kind": "x"])])
  }

  func testJSONLinesRequiredKeyMayBeNull() {
    XCTAssertEqual(InputTest.jsonRows(#"{"kind":null}"#), [InputRow(line: 1, fields: [:])])
  }

  func testJSONLinesEmptyFileHasNoRows() {
    XCTAssertEqual(InputTest.jsonRows(""), [])
    XCTAssertEqual(InputTest.jsonRows("\n \r\n"), [])
  }

  func testJSONLinesStripsUTF8ByteOrderMark() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"kind":"x"}"#.utf8)
    XCTAssertEqual(
      InputTest.accepted(bytes, format: .jsonLines)?.rows,
      [InputRow(line: 1, fields: ["kind": "x"])])
  }
}
