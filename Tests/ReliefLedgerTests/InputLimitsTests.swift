import XCTest

@testable import ReliefLedger

final class InputLimitsTests: XCTestCase {
  private static let tenMegabytes = 10 * 1024 * 1024

  /// Seconds spent in `body`.
  ///
  /// The bounds below are generous (a debug build on a loaded machine takes about a
  /// second): they catch quadratic work, which would take hours.
  private func seconds(_ body: () -> Void) -> Double {
    let start = ContinuousClock.now
    body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  func testCSVRejectsTenMegabyteUnquotedFieldQuickly() {
    let bytes =
      Array("kind,note,amount\ngrant,".utf8)
      + [UInt8](repeating: 0x61, count: Self.tenMegabytes) + Array(",1\n".utf8)
    var issues: [InputIssue] = []
    let elapsed = seconds { issues = InputTest.issues(bytes) }
    XCTAssertEqual(
      issues,
      [
        InputTest.csvIssue(2, "note", "value is 10485760 bytes; the limit is 65536 bytes")
      ])
    XCTAssertLessThan(elapsed, 10)
  }

  func testCSVRejectsTenMegabyteQuotedFieldQuickly() {
    var body = [UInt8](repeating: 0x62, count: Self.tenMegabytes)
    body[1000] = 0x0A  // a line break inside the quotes: the cell starts on line 2
    body.replaceSubrange(5000..<5002, with: [0x22, 0x22])
    let bytes = Array("kind,note\ngrant,\"".utf8) + body + Array("\"\n".utf8)
    var issues: [InputIssue] = []
    let elapsed = seconds { issues = InputTest.issues(bytes) }
    XCTAssertEqual(
      issues,
      [
        InputTest.csvIssue(2, "note", "value is 10485759 bytes; the limit is 65536 bytes")
      ])
    XCTAssertLessThan(elapsed, 10)
  }

  func testCSVRejectsValueOneByteOverTheLimit() {
    let value = String(repeating: "中", count: InputLimits.fieldSizeBytesMax / 3 + 1)
    XCTAssertEqual(
      InputTest.csvIssues("kind,note\ngrant,\(value)\n"),
      [
        InputTest.csvIssue(2, "note", "value is 65538 bytes; the limit is 65536 bytes")
      ])
  }

  func testJSONLinesRejectsTenMegabyteLineQuickly() {
    let bytes =
      Array(#"{"kind":"x","note":""#.utf8)
      + [UInt8](repeating: 0x61, count: Self.tenMegabytes) + Array("\"}\n{}\n".utf8)
    var issues: [InputIssue] = []
    let elapsed = seconds { issues = InputTest.issues(bytes, format: .jsonLines) }
    XCTAssertEqual(
      issues,
      [
        InputTest.jsonIssue(1, nil, "line is 10485782 bytes; the limit is 1048576 bytes"),
        InputTest.jsonIssue(2, nil, "missing required key 'kind'"),
      ])
    XCTAssertLessThan(elapsed, 10)
  }

  func testJSONLinesRejectsValueOverTheFieldLimit() {
    let value = String(repeating: "a", count: 100_000)
    XCTAssertEqual(
      InputTest.jsonIssues(#"{"kind":"x","note":"\#(value)"}"#),
      [
        InputTest.jsonIssue(1, "note", "value is 100000 bytes; the limit is 65536 bytes")
      ])
  }

  func testJSONLinesRejectsIntegerOverTheFieldLimit() {
    let digits = String(repeating: "9", count: 70_000)
    XCTAssertEqual(
      InputTest.jsonIssues(#"{"kind":"x","headcount":\#(digits)}"#),
      [
        InputTest.jsonIssue(1, "headcount", "value is 70000 bytes; the limit is 65536 bytes")
      ])
  }

  func testJSONLinesRejectsKeyOverTheFieldLimit() {
    let key = String(repeating: "k", count: 70_000)
    XCTAssertEqual(
      InputTest.jsonIssues(#"{"kind":"x","\#(key)":"1"}"#),
      [
        InputTest.jsonIssue(1, nil, "key is 70000 bytes; the limit is 65536 bytes")
      ])
  }

  func testJSONLinesAcceptsLineAtTheLimit() {
    let prefix = #"{"kind":"x","note":""#
    let padding = InputLimits.jsonLineSizeBytesMax - prefix.utf8.count - 2
    let text = prefix + "\"}" + String(repeating: " ", count: padding) + "\r\n"
    XCTAssertEqual(InputTest.jsonRows(text), [InputRow(line: 1, fields: ["kind": "x"])])
  }

  func testJSONLinesCapsIssuesAndCountsTheRest() {
    let text = String(repeating: "{}\n", count: 1_001)
    let issues = InputTest.jsonIssues(text)
    XCTAssertEqual(issues.count, InputLimits.issueCountMax + 1)
    XCTAssertEqual(issues[999], InputTest.jsonIssue(1000, nil, "missing required key 'kind'"))
    XCTAssertEqual(issues.last, InputTest.jsonIssue(nil, nil, "… and 1 more issue"))
  }

  func testJSONLinesLineFullOfBadEscapesIsRejectedQuickly() {
    let text = #"{"kind":"x","note":""# + String(repeating: #"\q"#, count: 500_000) + #""}"#
    var issues: [InputIssue] = []
    let elapsed = seconds { issues = InputTest.jsonIssues(text) }
    XCTAssertEqual(issues.count, InputLimits.issueCountMax + 1)
    XCTAssertEqual(
      issues.first,
      InputTest.jsonIssue(
        1, "note",
        "invalid escape: backslash "
          + "before 'q' at column 21"))
    // 500 000 escapes, then the value's size: 500 000 "q" bytes are over the field limit.
    XCTAssertEqual(issues.last, InputTest.jsonIssue(nil, nil, "… and 499001 more issues"))
    XCTAssertLessThan(elapsed, 10)
  }

  func testCSVRecordFullOfStrayQuotesIsRejectedQuickly() {
    let text = "kind\n" + String(repeating: "a\",", count: 300_000) + "\n"
    var issues: [InputIssue] = []
    let elapsed = seconds { issues = InputTest.csvIssues(text) }
    XCTAssertEqual(issues.count, InputLimits.issueCountMax + 1)
    // Problems are kept for the first 1024 cells only, then the cell count: 1025 issues.
    XCTAssertEqual(issues.last, InputTest.csvIssue(nil, nil, "… and 25 more issues"))
    XCTAssertLessThan(elapsed, 10)
  }

  func testLimitsAreTheDocumentedValues() {
    XCTAssertEqual(InputLimits.fieldSizeBytesMax, 65_536)
    XCTAssertEqual(InputLimits.rowCountMax, 10_000_000)
    XCTAssertEqual(InputLimits.fileSizeBytesMax, 4_294_967_296)
    XCTAssertEqual(InputLimits.jsonLineSizeBytesMax, 1_048_576)
    XCTAssertEqual(InputLimits.issueCountMax, 1000)
    XCTAssertEqual(InputLimits.cellCountMax, 1024)
  }
}
