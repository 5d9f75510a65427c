import XCTest

@testable import ReliefLedger

/// Reversals appended through the writer: by seq or request id, and the ones it refuses.
final class LedgerWriterReversalTests: LedgerTestCase {
  // MARK: reversals

  func testReversalBySeqCopiesTheOriginal() throws {
    try createStandardLedger()
    try append([Row.receipt("prov", "1000.00", memo: "拨款")])
    let result = try append([Row.reversal(seq: 7, requestID: "rev-1")])
    XCTAssertEqual(result.appended.map(\.seq), [9])
    let last = text(try journalBytes()).split(separator: "\n").dropLast().last.map(String.init)
    XCTAssertEqual(
      last.map { String($0.drop { $0 != "k" }) },
      #"kind":"reversal","date":"2020-05-20","reverses":7,"original":{"kind":"receipt","#
        + #""date":"2020-05-02","union":"prov","program":"covid","amount_fen":100000,"#
        + #""memo":"拨款"},"request_id":"rev-1"}"#)
    let state = try loadState()
    XCTAssertEqual(state.totals(union: "prov", program: "covid"), AccountTotals())
    XCTAssertEqual(state.reversedBy, [7: 9])
    XCTAssertEqual(try verify().verdict, .valid)
  }

  func testReversalByRequestID() throws {
    try createStandardLedger()
    try append([
      Row.receipt("prov", "1000.00"),
      Row.allocation("prov", to: "city", "300.00", requestID: "alloc-1"),
    ])
    let result = try append([Row.reversal(request: "alloc-1")])
    XCTAssertEqual(result.appended.map(\.seq), [10])
    let state = try loadState()
    XCTAssertEqual(state.reversedBy, [8: 10])
    XCTAssertEqual(state.totals(union: "prov", program: "covid").balance, fen(100_000))
    XCTAssertEqual(state.totals(union: "city", program: "covid").balance, fen(0))
    XCTAssertEqual(try verify().verdict, .valid)
  }

  func testReversalOfAnEntryEarlierInTheSameBatch() throws {
    try createStandardLedger()
    let result = try append([
      Row.receipt("prov", "1000.00", requestID: "r-1"),
      Row.receipt("prov", "7.00", requestID: "r-2"),
      Row.reversal(request: "r-1"),
      Row.reversal(seq: 8),
    ])
    XCTAssertEqual(result.appended.map(\.seq), [7, 8, 9, 10])
    let state = try loadState()
    XCTAssertEqual(state.reversedBy, [7: 9, 8: 10])
    XCTAssertEqual(state.totals(union: "prov", program: "covid"), AccountTotals())
    XCTAssertEqual(try verify().verdict, .valid)
  }

  func testReversalOfMissingTargetsIsRejected() throws {
    try createStandardLedger()
    try append([Row.receipt("prov", "1.00")])
    let before = try journalBytes()
    let issues = rejection([
      Row.reversal(request: "nope"),
      Row.reversal(seq: 8),
      Row.reversal(seq: 50),
      Row.reversal(seq: 2),
    ])
    XCTAssertEqual(
      issues,
      [
        InputIssue(
          file: "rows.csv", line: 2, field: "reverses_request",
          reason: "no entry has request_id 'nope'"),
        InputIssue(
          file: "rows.csv", line: 3, field: "reverses",
          reason: "there is no entry at seq 8 to reverse"),
        InputIssue(
          file: "rows.csv", line: 4, field: "reverses",
          reason: "there is no entry at seq 50 to reverse"),
        InputIssue(
          file: "rows.csv", line: 5, field: "reverses",
          reason: RuleViolation.reversalOfNonReversible(seq: 2, kind: .union).description),
      ])
    XCTAssertEqual(try journalBytes(), before)
  }

  func testSecondReversalAndOverdrawingReversalAreRejected() throws {
    try createStandardLedger()
    try append([
      Row.receipt("prov", "100.00", requestID: "r-1"),
      Row.receipt("city", "5.00", requestID: "r-2"),
    ])
    try append([Row.reversal(request: "r-2")])
    try append([Row.allocation("prov", to: "city", "100.00")])
    let before = try journalBytes()
    let issues = rejection([Row.reversal(request: "r-2"), Row.reversal(seq: 7)])
    XCTAssertEqual(
      issues,
      [
        InputIssue(
          file: "rows.csv", line: 2, field: "reverses_request",
          reason: RuleViolation.alreadyReversed(seq: 8, bySeq: 10).description),
        InputIssue(
          file: "rows.csv", line: 3, field: "reverses",
          reason: RuleViolation.balanceWouldGoNegative(
            union: "prov", program: "covid", balance: fen(0), amount: fen(10_000)
          ).description),
      ])
    XCTAssertEqual(try journalBytes(), before)
  }
}
