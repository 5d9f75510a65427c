import ReliefLog
import XCTest

@testable import ReliefLedger

/// Closed periods (结账): a `close` entry refuses every later entry dated in a closed month,
/// in appends and in the verifier alike.
final class ClosedPeriodTests: LedgerTestCase {
  private func close(_ period: String, date: String = "2020-05-31") -> [String: String] {
    ["kind": "close", "period": period, "date": date]
  }

  func testEntryDatedInAClosedMonthIsRefusedNamingTheDate() throws {
    try createStandardLedger()
    try append([Row.receipt("city", "100", date: "2020-04-10")])
    try append([close("2020-04")])
    XCTAssertEqual(try loadState().closedThrough, YearMonth(year: 2020, month: 4))
    let issues = rejection([Row.receipt("city", "5", date: "2020-04-30")])
    XCTAssertEqual(
      issues.map(\.description),
      [
        "rows.csv:2: field 'date': date 2020-04-30 is in a closed period (the books are closed "
          + "through 2020-04); correct a closed period with a reversal dated after it"
      ])
    // Every earlier month is closed too: closing is cumulative.
    XCTAssertEqual(rejection([Row.receipt("city", "5", date: "2019-12-31")]).count, 1)
    XCTAssertEqual(try append([Row.receipt("city", "5", date: "2020-05-01")]).appended.count, 1)
  }

  func testReversalDatedInAnOpenMonthReversesAnEntryOfAClosedOne() throws {
    try createStandardLedger()
    let receipt = try append([Row.receipt("city", "100", date: "2020-04-10")])
    try append([close("2020-04")])
    let seq = try XCTUnwrap(receipt.appended.first?.seq)
    XCTAssertEqual(rejection([Row.reversal(seq: seq, date: "2020-04-30")]).first?.field, "date")
    try append([Row.reversal(seq: seq, date: "2020-05-20")])
    XCTAssertEqual(try loadState().totals(union: "city", program: "covid").balance, fen(0))
    XCTAssertEqual(try verify().verdict, .valid)
  }

  func testCloseNeverGoesBackwardsNorRepeats() throws {
    try createStandardLedger()
    try append([close("2020-04")])
    let reason =
      "the books are already closed through 2020-04: closing 2020-03 would not move the close "
      + "forward (a close never reopens a period)"
    XCTAssertEqual(
      rejection([close("2020-03")]).map(\.description), ["rows.csv:2: field 'period': \(reason)"])
    XCTAssertEqual(rejection([close("2020-04")]).first?.field, "period")
    try append([close("2020-05")])
    XCTAssertEqual(try loadState().closedThrough, YearMonth(year: 2020, month: 5))
  }

  func testCloseMayNotCloseAMonthAfterItsOwnDate() throws {
    try createStandardLedger()
    XCTAssertEqual(
      rejection([close("2020-06", date: "2020-05-31")]).map(\.description),
      [
        "rows.csv:2: field 'period': a close dated 2020-05-31 cannot close 2020-06, which has "
          + "not begun by then"
      ])
  }

  func testOnlyAdministratorsClose() throws {
    try createStandardLedger()
    try append([
      [
        "kind": "key", "key": TestKeys.other.verifierKey.encoded, "role": "accountant",
        "union": "city",
      ]
    ])
    var accountant = LedgerWriter(
      journal: journal, nowMillis: { fixedMillis }, signer: CommitSigner(TestKeys.other),
      stateDirectory: stateDirectory)
    accountant.projectionSaveLagBytes = 0
    do {
      _ = try accountant.append(rows: inputRows([close("2020-04")]), source: "rows.csv")
      XCTFail("an accountant closed the books")
    } catch .rejected(let issues) {
      XCTAssertEqual(
        issues.map(\.description),
        [
          "rows.csv:2: field 'key': key 'test-other+\(Self.otherHash)' (accountant of union "
            + "'city') may not append seq 9: only administrators append close entries"
        ])
    }
  }

  private static var otherHash: String {
    String(LedgerState.keyID(of: TestKeys.other.verifierKey.encoded).split(separator: "+")[1])
  }

  func testVerifierRefusesAHandMadeEntryInAClosedPeriod() throws {
    try createStandardLedger()
    try append([Row.receipt("city", "100", date: "2020-04-10"), close("2020-04")])
    let size = Int64(try journalBytes().count)
    var forged = try forgedBatch()
    forged.append(Make.receipt("city", 500, date: "2020-04-30"))
    forged.commitSigned()
    try appendToJournal(forged.bytes)
    let report = try verify()
    XCTAssertEqual(report.verdict, .invalid)
    XCTAssertEqual(report.failure?.code, "period-closed")
    XCTAssertEqual(report.failure?.seq, 10)
    XCTAssertEqual(report.failure?.line, 11)
    XCTAssertEqual(report.failure?.offset, size)
    XCTAssertEqual(
      report.failure?.found,
      "date 2020-04-30 is in a closed period (the books are closed through 2020-04); correct a "
        + "closed period with a reversal dated after it")
  }

  func testCloseRoundTripsThroughTheCodec() throws {
    try createStandardLedger()
    try append([close("2020-04")])
    let last = try XCTUnwrap(
      String(decoding: try journalBytes(), as: UTF8.self).split(separator: "\n").dropLast().last)
    XCTAssertTrue(
      last.hasSuffix(#""kind":"close","date":"2020-05-31","period":"2020-04"}"#), String(last))
  }
}

/// One entry of each control kind, for the codec's every-kind round trip.
let controlEntrySamples = [
  Entry(
    date: day("2020-05-31"),
    action: .close(PeriodClose(period: YearMonth(uncheckedYear: 2020, month: 4)))),
  Entry(
    date: day("2020-05-31"),
    action: .reviewThreshold(ReviewThreshold(union: "a", amount: fen(1_000_000)))),
]
