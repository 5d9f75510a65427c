import XCTest

@testable import ReliefLedger

final class InputCSVRejectionTests: XCTestCase {
  func testCSVRejectsUnknownColumn() {
    XCTAssertEqual(
      InputTest.csvIssues("kind,amout\ngrant,1\n"),
      [
        InputTest.csvIssue(1, nil, "unknown column 'amout'; known columns: \(InputTest.knownList)")
      ])
  }

  func testCSVRejectsDuplicateColumn() {
    XCTAssertEqual(
      InputTest.csvIssues("kind,amount,note,amount\ngrant,1,x,2\n"),
      [
        InputTest.csvIssue(1, nil, "duplicate column 'amount' (columns 2 and 4)")
      ])
  }

  func testCSVRejectsMissingRequiredColumn() {
    XCTAssertEqual(
      InputTest.csvIssues("union,amount\nnantong,1\n"),
      [
        InputTest.csvIssue(1, nil, "missing required column 'kind'")
      ])
  }

  func testCSVRejectsUnnamedColumn() {
    XCTAssertEqual(
      InputTest.csvIssues("kind,amount,\ngrant,1,\n"),
      [
        InputTest.csvIssue(1, nil, "column 3 has no name")
      ])
  }

  func testCSVRejectsEmptyFile() {
    let expected = [
      InputTest.csvIssue(nil, nil, "file is empty; the first line must name the columns")
    ]
    XCTAssertEqual(InputTest.csvIssues(""), expected)
    XCTAssertEqual(InputTest.csvIssues("\n\r\n"), expected)
    XCTAssertEqual(InputTest.issues([0xEF, 0xBB, 0xBF]), expected)
  }

  func testCSVRejectsQuoteInUnquotedCell() {
    XCTAssertEqual(
      InputTest.csvIssues("kind,note\ngrant,say \"hi\"\n"),
      [
        InputTest.csvIssue(
          2, "note",
          "quote (\") inside an unquoted cell; quote the whole cell "
            + "and double the quotes inside it (\"\")")
      ])
  }

  func testCSVRejectsTextAfterClosingQuote() {
    XCTAssertEqual(
      InputTest.csvIssues("kind,note\ngrant,\"a\nb\"c,\n"),
      [
        InputTest.csvIssue(
          3, "note",
          "text after the closing quote; a quoted cell must end at "
            + "its closing quote"),
        InputTest.csvIssue(2, nil, "record has 3 cells, header has 2"),
      ])
  }

  func testCSVRejectsUnterminatedQuote() {
    XCTAssertEqual(
      InputTest.csvIssues("kind,note\ngrant,ok\nrefund,\"never\nclosed\n"),
      [
        InputTest.csvIssue(3, "note", "quote opened here is never closed")
      ])
  }

  func testCSVRejectsUnterminatedQuoteInHeader() {
    XCTAssertEqual(
      InputTest.csvIssues("kind,\"note\n"),
      [
        InputTest.csvIssue(1, nil, "quote opened here is never closed")
      ])
  }

  func testCSVRejectsTooFewCells() {
    XCTAssertEqual(
      InputTest.csvIssues("kind,union,amount\ngrant,nantong\n"),
      [
        InputTest.csvIssue(2, nil, "record has 2 cells, header has 3")
      ])
  }

  func testCSVRejectsTooManyCells() {
    XCTAssertEqual(
      InputTest.csvIssues("kind,amount\ngrant,1,2\n"),
      [
        InputTest.csvIssue(2, nil, "record has 3 cells, header has 2")
      ])
  }

  func testCSVRejectsCarriageReturnWithoutLineFeed() {
    XCTAssertEqual(
      InputTest.csvIssues("kind,amount\ngrant,1\rrefund,2\n"),
      [
        InputTest.csvIssue(
          2, "amount",
          "carriage return (CR) without a line feed; lines must "
            + "end with LF or CRLF"),
        InputTest.csvIssue(2, nil, "record has 3 cells, header has 2"),
      ])
  }

  func testCSVCollectsIssuesFromEveryLine() {
    let text = "kind,amout\ngrant,1,2\nrefund,\"x\"y\nother,\"z\n"
    XCTAssertEqual(
      InputTest.csvIssues(text),
      [
        InputTest.csvIssue(1, nil, "unknown column 'amout'; known columns: \(InputTest.knownList)"),
        InputTest.csvIssue(2, nil, "record has 3 cells, header has 2"),
        InputTest.csvIssue(
          3, "amout",
          "text after the closing quote; a quoted cell must end at "
            + "its closing quote"),
        InputTest.csvIssue(4, "amout", "quote opened here is never closed"),
      ])
  }

  func testCSVCapsIssuesAndCountsTheRest() {
    let text = "kind,amount\n" + String(repeating: "grant\n", count: 1_234)
    let issues = InputTest.csvIssues(text)
    XCTAssertEqual(issues.count, InputLimits.issueCountMax + 1)
    XCTAssertEqual(issues.first, InputTest.csvIssue(2, nil, "record has 1 cell, header has 2"))
    XCTAssertEqual(issues.last, InputTest.csvIssue(nil, nil, "… and 234 more issues"))
  }

  func testCSVRejectsMoreRowsThanTheLimit() {
    var limits = ReadLimits.standard
    limits.rowCountMax = 2
    XCTAssertEqual(
      InputTest.csvIssues("kind\na\nb\n\nc\nd\n", limits: limits),
      [
        InputTest.csvIssue(5, nil, "more than 2 rows; split the file into smaller batches")
      ])
  }

  func testCSVRejectsRecordsWithMoreCellsThanTheLimit() {
    var limits = ReadLimits.standard
    limits.cellCountMax = 3
    XCTAssertEqual(
      InputTest.csvIssues("kind,note\ngrant,a,\"b\",c,\"d\"e,f\n", limits: limits),
      [
        InputTest.csvIssue(2, nil, "record has 6 cells, header has 2")
      ])
    XCTAssertEqual(
      InputTest.csvIssues("kind\ngrant,a,b,\"c\n", limits: limits),
      [
        InputTest.csvIssue(2, nil, "quote opened here is never closed")
      ])
  }

  func testCSVRejectsHeaderWithMoreColumnsThanTheLimit() {
    var limits = ReadLimits.standard
    limits.cellCountMax = 3
    XCTAssertEqual(
      InputTest.csvIssues("kind,note,amount,union\ngrant\n", limits: limits),
      [
        InputTest.csvIssue(1, nil, "header has 4 columns; the limit is 3"),
        InputTest.csvIssue(2, nil, "record has 1 cell, header has 3"),
      ])
  }
}
