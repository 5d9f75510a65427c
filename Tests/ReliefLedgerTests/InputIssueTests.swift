import XCTest

@testable import ReliefLedger

final class InputIssueTests: XCTestCase {
  func testIssueDescriptionNamesFileLineAndField() {
    let issue = InputIssue(file: "a.csv", line: 7, field: "amount", reason: "bad")
    XCTAssertEqual(issue.description, "a.csv:7: field 'amount': bad")
  }

  func testIssueDescriptionWithoutField() {
    XCTAssertEqual(
      InputIssue(file: "a.csv", line: 7, field: nil, reason: "bad").description,
      "a.csv:7: bad")
  }

  func testIssueDescriptionWithoutLine() {
    XCTAssertEqual(
      InputIssue(file: "a.csv", line: nil, field: nil, reason: "bad").description,
      "a.csv: bad")
  }

  func testIssuesDescriptionListsOnePerLine() {
    let issues = InputIssues([
      InputIssue(file: "a.csv", line: 1, field: nil, reason: "one"),
      InputIssue(file: "a.csv", line: 2, field: "kind", reason: "two"),
    ])
    XCTAssertEqual(issues.description, "a.csv:1: one\na.csv:2: field 'kind': two")
  }

  func testFormatFollowsFileNameExtension() {
    XCTAssertEqual(InputReader.format(forFileName: "batch.csv"), .csv)
    XCTAssertEqual(InputReader.format(forFileName: "dir.v2/Batch.CSV"), .csv)
    XCTAssertEqual(InputReader.format(forFileName: "batch.jsonl"), .jsonLines)
    XCTAssertEqual(InputReader.format(forFileName: "/tmp/批次.ndjson"), .jsonLines)
    XCTAssertNil(InputReader.format(forFileName: "batch.json"))
    XCTAssertNil(InputReader.format(forFileName: "batch"))
    XCTAssertNil(InputReader.format(forFileName: "dir.csv/batch"))
    XCTAssertNil(InputReader.format(forFileName: ".csv"))
    XCTAssertNil(InputReader.format(forFileName: ""))
  }
}
