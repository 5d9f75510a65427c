import XCTest

@testable import ReliefLedger

final class InputCSVTests: XCTestCase {
  func testCSVReadsRowsWithHeaderAsLineOne() {
    let rows = InputTest.csvRows("kind,union,amount\ngrant,nantong,12.50\nrefund,chongqing,3\n")
    XCTAssertEqual(
      rows,
      [
        InputRow(line: 2, fields: ["kind": "grant", "union": "nantong", "amount": "12.50"]),
        InputRow(line: 3, fields: ["kind": "refund", "union": "chongqing", "amount": "3"]),
      ])
  }

  func testCSVReportsUTF8Encoding() {
    let file = InputTest.accepted(Array("kind\ngrant\n".utf8), format: .csv)
    XCTAssertEqual(file?.encoding, .utf8)
  }

  func testCSVQuotedCellKeepsEmbeddedComma() {
    let rows = InputTest.csvRows("kind,amount\ngrant,\"3,500.00\"\n")
    XCTAssertEqual(rows, [InputRow(line: 2, fields: ["kind": "grant", "amount": "3,500.00"])])
  }

  func testCSVQuotedCellUndoublesQuotes() {
    let rows = InputTest.csvRows("kind,note\ngrant,\"say \"\"hi\"\"\"\n")
    XCTAssertEqual(rows, [InputRow(line: 2, fields: ["kind": "grant", "note": "say \"hi\""])])
  }

  func testCSVQuotedCellWithEmbeddedNewlinesStartsAtItsFirstLine() {
    let rows = InputTest.csvRows("kind,note\ngrant,\"one\ntwo\r\nthree\"\nrefund,x\n")
    XCTAssertEqual(
      rows,
      [
        InputRow(line: 2, fields: ["kind": "grant", "note": "one\ntwo\r\nthree"]),
        InputRow(line: 5, fields: ["kind": "refund", "note": "x"]),
      ])
  }

  func testCSVLoneCarriageReturnInsideQuotesIsData() {
    let rows = InputTest.csvRows("kind,note\r\ngrant,\"a\rb\"\r\n")
    XCTAssertEqual(rows, [InputRow(line: 2, fields: ["kind": "grant", "note": "a\rb"])])
  }

  func testCSVAcceptsCRLFLineEnds() {
    let rows = InputTest.csvRows("kind,amount\r\ngrant,1\r\nrefund,2\r\n")
    XCTAssertEqual(
      rows,
      [
        InputRow(line: 2, fields: ["kind": "grant", "amount": "1"]),
        InputRow(line: 3, fields: ["kind": "refund", "amount": "2"]),
      ])
  }

  func testCSVAcceptsMissingFinalNewline() {
    XCTAssertEqual(
      InputTest.csvRows("kind,amount\ngrant,1"),
      [InputRow(line: 2, fields: ["kind": "grant", "amount": "1"])])
    XCTAssertEqual(
      InputTest.csvRows("kind,note\ngrant,\"x\""),
      [InputRow(line: 2, fields: ["kind": "grant", "note": "x"])])
    XCTAssertEqual(
      InputTest.csvRows("kind,amount\r\ngrant,1\r"),
      [InputRow(line: 2, fields: ["kind": "grant", "amount": "1"])])
  }

  func testCSVStripsUTF8ByteOrderMark() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("kind,amount\ngrant,1\n".utf8)
    let file = InputTest.accepted(bytes, format: .csv)
    XCTAssertEqual(file?.rows, [InputRow(line: 2, fields: ["kind": "grant", "amount": "1"])])
    XCTAssertEqual(file?.encoding, .utf8)
  }

  func testCSVTrimsHeaderNamesAndUnquotedCellsButNotQuotedText() {
    let rows = InputTest.csvRows(" kind\t, \"note \" \ngrant  ,  \" padded \"  \n")
    XCTAssertEqual(rows, [InputRow(line: 2, fields: ["kind": "grant", "note": " padded "])])
  }

  func testCSVEmptyCellsAreAbsent() {
    let rows = InputTest.csvRows("kind,union,amount,note\ngrant,,\"\",  \n")
    XCTAssertEqual(rows, [InputRow(line: 2, fields: ["kind": "grant"])])
  }

  func testCSVSkipsEmptyLinesAndEmptyRecords() {
    let rows = InputTest.csvRows("\nkind,amount\n\ngrant,1\r\n\r\n,\n  ,\t\n\"\",\nrefund,2\n\n")
    XCTAssertEqual(
      rows,
      [
        InputRow(line: 4, fields: ["kind": "grant", "amount": "1"]),
        InputRow(line: 9, fields: ["kind": "refund", "amount": "2"]),
      ])
  }

  func testCSVAcceptsColumnsInAnyOrderAndUTF8Text() {
    let rows = InputTest.csvRows("union,kind\n南通市总工会,grant\n")
    XCTAssertEqual(
      rows,
      [
        InputRow(line: 2, fields: ["kind": "grant", "union": "南通市总工会"])
      ])
  }

  func testCSVHeaderOnlyHasNoRows() {
    XCTAssertEqual(InputTest.csvRows("kind,amount\n"), [])
  }

  func testCSVAcceptsValueAtSizeLimit() {
    let value = String(repeating: "x", count: InputLimits.fieldSizeBytesMax)
    let rows = InputTest.csvRows("kind,note\ngrant,\(value)\n")
    XCTAssertEqual(rows.first?.fields["note"]?.utf8.count, InputLimits.fieldSizeBytesMax)
  }
}
