import ReliefLog
import XCTest

@testable import ReliefLedger

final class LedgerWriterTests: LedgerTestCase {
  // MARK: initialize

  func testInitializeWritesTheWorkedExampleOfTheFormat() throws {
    try writer().initialize(origin: "test.example/l")
    let genesis =
      #"{"seq":0,"prev":""# + zeroHex
      + #"","time_ms":1590969600000,"kind":"genesis","date":"2020-06-01","format":1,"#
      + #""origin":"test.example/l","admin_key":"\#(TestKeys.adminVerifierKey)"}"#
    let commit = TestKeys.signed(
      #"{"seq":1,"prev":"\#(sha256Hex(genesis))","#
        + #""time_ms":1590969600000,"kind":"commit","entries":1,"#
        + #""signer":"\#(TestKeys.adminSigner.keyID)","sig":""}"#)
    XCTAssertEqual(text(try journalBytes()), genesis + "\n" + commit + "\n")
    XCTAssertEqual(try verify().verdict, .valid)
  }

  func testInitializeUsesTheChinaDateOfTheClock() throws {
    // 2020-05-31T16:00:00Z is already 2020-06-01 in China.
    try writer(nowMillis: 1_590_940_800_000).initialize(origin: "o")
    XCTAssertTrue(text(try journalBytes()).contains(#""date":"2020-06-01""#))
  }

  func testInitializeRefusesExistingLedger() throws {
    try writer().initialize(origin: "test.example/l")
    let before = try journalBytes()
    XCTAssertThrowsError(try writer().initialize(origin: "other")) { error in
      guard case .journal(let journalError) = error as? AppendError else {
        return XCTFail("unexpected \(error)")
      }
      XCTAssertEqual(journalError, .ledgerAlreadyExists(directory: ledgerDirectory))
    }
    XCTAssertEqual(try journalBytes(), before)
  }

  func testInitializeRejectsBadOrigin() throws {
    XCTAssertThrowsError(try writer().initialize(origin: "has space")) { error in
      guard case .rejected(let issues) = error as? AppendError else {
        return XCTFail("unexpected \(error)")
      }
      XCTAssertEqual(
        issues,
        [
          InputIssue(
            file: "init", line: nil, field: "origin",
            reason: "'has space' must be printable ASCII without spaces")
        ])
    }
    XCTAssertFalse(FileManager.default.fileExists(atPath: journal.journalPath))
  }

  func testAppendToMissingLedgerFails() {
    XCTAssertThrowsError(try append([Row.program("covid")])) { error in
      guard case .journal(let journalError) = error as? AppendError else {
        return XCTFail("unexpected \(error)")
      }
      XCTAssertEqual(journalError, .ledgerNotFound(directory: ledgerDirectory))
    }
  }

  // MARK: append

  func testAppendedRowsVerify() throws {
    try createStandardLedger()
    let result = try append([
      Row.receipt("prov", "1000.00", counterparty: "某慈善基金会", requestID: "r-1"),
      Row.allocation("prov", to: "city", "300.00"),
      Row.refund("city", "50.00", dues: "80.00"),
      Row.subsidy("city", "20.00", headcount: "3"),
      Row.disbursement("city", "0.01万", headcount: "12"),
    ])
    // Lines 0-1: genesis batch; 2-6: registrations and commit; then this batch.
    XCTAssertEqual(result.appended.map(\.line), [2, 3, 4, 5, 6])
    XCTAssertEqual(result.appended.map(\.seq), [7, 8, 9, 10, 11])
    XCTAssertEqual(result.commitSeq, 12)
    XCTAssertTrue(result.duplicates.isEmpty)
    let report = try verify()
    XCTAssertEqual(report.verdict, .valid, "\(String(describing: report.failure))")
    XCTAssertEqual(report.entryCount, 10)
    XCTAssertEqual(report.commitCount, 3)
    let state = try loadState()
    XCTAssertEqual(state.totals(union: "prov", program: "covid").balance, fen(70_000))
    XCTAssertEqual(state.totals(union: "city", program: "covid").balance, fen(13_000))
    XCTAssertEqual(state.totals(union: "city", program: "covid").disbursed, fen(10_000))
    XCTAssertEqual(state.totals(union: "city", program: "covid").beneficiaries[.person], 15)
  }

  func testAppendWritesTheCanonicalLinesOfTheRows() throws {
    try createStandardLedger()
    let before = try journalBytes()
    try append([Row.receipt("prov", "1,234.56", requestID: "r-1")])
    let added = text(try journalBytes().dropFirst(before.count))
    let lines = added.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.count, 2)
    let prev = sha256Hex(String(text(before).split(separator: "\n").last ?? ""))
    XCTAssertEqual(
      lines[0],
      #"{"seq":7,"prev":"\#(prev)","time_ms":1590969600000,"kind":"receipt","date":"2020-05-02","#
        + #""union":"prov","program":"covid","amount_fen":123456,"request_id":"r-1"}"#)
    XCTAssertEqual(
      lines[1],
      TestKeys.signed(
        #"{"seq":8,"prev":"\#(sha256Hex(lines[0]))","time_ms":1590969600000,"kind":"commit","#
          + #""entries":1,"signer":"\#(TestKeys.adminSigner.keyID)","sig":""}"#))
  }

  func testEmptyInputWritesNothing() throws {
    try createStandardLedger()
    let before = try journalBytes()
    let result = try append([])
    XCTAssertEqual(result, AppendResult(appended: [], duplicates: [], commitSeq: nil))
    XCTAssertEqual(try journalBytes(), before)
  }

  func testClockGoingBackwardsKeepsTimesNonDecreasing() throws {
    try createStandardLedger()
    try append([Row.receipt("prov", "1.00")], nowMillis: fixedMillis - 60_000)
    let last = text(try journalBytes()).split(separator: "\n").last.map(String.init) ?? ""
    XCTAssertTrue(last.contains(#""time_ms":1590969600000,"#), last)
    XCTAssertEqual(try verify().verdict, .valid)
  }

  // MARK: rejected batches

  func testBatchWithBadRowsWritesNothingAndReportsEveryRow() throws {
    try createStandardLedger()
    let before = try journalBytes()
    let issues = rejection([
      Row.receipt("prov", "100.00"),
      Row.receipt("prov", "abc"),
      Row.allocation("prov", to: "city", "10.00"),
      Row.receipt("prov", "5.00", date: "2020-13-01"),
      ["kind": "receipt", "date": "2020-05-02", "union": "prov", "program": "covid"],
      Row.disbursement("city", "1.00", headcount: "0"),
    ])
    XCTAssertEqual(try journalBytes(), before)
    XCTAssertEqual(issues.map(\.line), [3, 5, 6, 7])
    XCTAssertEqual(issues.map(\.field), ["amount", "date", "amount", "headcount"])
    XCTAssertEqual(Set(issues.map(\.file)), ["rows.csv"])
    XCTAssertEqual(issues[2].reason, "is required for receipt entries")
    XCTAssertEqual(issues[3].reason, "must be a whole number from 1 to 100000000, not 0")
  }

  func testBatchBreakingRulesReportsEveryRow() throws {
    try createStandardLedger()
    let before = try journalBytes()
    let issues = rejection([
      Row.receipt("prov", "100.00"),
      Row.receipt("nowhere", "1.00"),
      Row.receipt("prov", "1.00", program: "flood"),
      Row.allocation("prov", to: "prov", "1.00"),
      Row.receipt("prov", "1.00", date: "2020-06-02"),
      Row.union("city", parent: "prov"),
      Row.refund("prov", "90.00", dues: "80.00"),
    ])
    XCTAssertEqual(try journalBytes(), before)
    XCTAssertEqual(
      issues,
      [
        InputIssue(
          file: "rows.csv", line: 3, field: "union",
          reason: RuleViolation.unknownUnion("nowhere").description),
        InputIssue(
          file: "rows.csv", line: 4, field: "program",
          reason: RuleViolation.unknownProgram("flood").description),
        InputIssue(
          file: "rows.csv", line: 5, field: "to",
          reason: RuleViolation.allocationToSameUnion("prov").description),
        InputIssue(
          file: "rows.csv", line: 6, field: "date",
          reason: RuleViolation.dateInFuture(date: day("2020-06-02"), appendDate: day("2020-06-01"))
            .description),
        InputIssue(
          file: "rows.csv", line: 7, field: "id",
          reason: RuleViolation.unionAlreadyRegistered("city").description),
        InputIssue(
          file: "rows.csv", line: 8, field: "amount",
          reason: RuleViolation.refundExceedsDuesPaid(amount: fen(9000), duesPaid: fen(8000))
            .description),
      ])
  }

  func testOverdraftInTheMiddleRejectsTheWholeBatch() throws {
    try createStandardLedger()
    try append([Row.receipt("city", "100.00")])
    let before = try journalBytes()
    let issues = rejection([
      Row.receipt("city", "10.00"),
      Row.disbursement("city", "150.00"),
      Row.receipt("city", "50.00"),
    ])
    XCTAssertEqual(
      issues,
      [
        InputIssue(
          file: "rows.csv", line: 3, field: "amount",
          reason: RuleViolation.balanceWouldGoNegative(
            union: "city", program: "covid", balance: fen(11_000), amount: fen(15_000)
          ).description)
      ])
    XCTAssertEqual(try journalBytes(), before)
    XCTAssertEqual(try loadState().totals(union: "city", program: "covid").balance, fen(10_000))
  }

  func testRowsInABatchSeeEarlierRowsOfTheSameBatch() throws {
    try createStandardLedger()
    let result = try append([
      Row.union("village", parent: "town"),
      Row.program("flood"),
      Row.receipt("village", "10.00", program: "flood"),
      Row.disbursement("village", "10.00", program: "flood"),
    ])
    XCTAssertEqual(result.appended.count, 4)
    XCTAssertEqual(try verify().verdict, .valid)
  }

  // MARK: request ids

  func testReimportWithRequestIDsAppendsNothing() throws {
    try createStandardLedger()
    let rows = [
      Row.receipt("prov", "1000.00", requestID: "r-1"),
      Row.allocation("prov", to: "city", "300.00", requestID: "r-2"),
      Row.union("village", parent: "town", requestID: "r-3"),
    ]
    let first = try append(rows)
    XCTAssertEqual(first.appended.map(\.seq), [7, 8, 9])
    let before = try journalBytes()
    let second = try append(rows)
    XCTAssertEqual(try journalBytes(), before)
    XCTAssertTrue(second.appended.isEmpty)
    XCTAssertNil(second.commitSeq)
    XCTAssertEqual(second.duplicates.map(\.line), [2, 3, 4])
    XCTAssertEqual(second.duplicates.map(\.requestID), ["r-1", "r-2", "r-3"])
    XCTAssertEqual(second.duplicates.map(\.seq), [7, 8, 9])
  }

  func testReimportWithNewRowsAppendsOnlyTheNewOnes() throws {
    try createStandardLedger()
    try append([Row.receipt("prov", "1000.00", requestID: "r-1")])
    let result = try append([
      Row.receipt("prov", "1000.00", requestID: "r-1"),
      Row.receipt("prov", "5.00", requestID: "r-2"),
      Row.receipt("prov", "6.00"),
    ])
    XCTAssertEqual(result.duplicates.map(\.line), [2])
    XCTAssertEqual(result.duplicates.map(\.seq), [7])
    XCTAssertEqual(result.appended.map(\.line), [3, 4])
    XCTAssertEqual(result.appended.map(\.seq), [9, 10])
    XCTAssertEqual(result.commitSeq, 11)
    XCTAssertEqual(try loadState().totals(union: "prov", program: "covid").received, fen(101_100))
  }

  func testSameRequestIDWithDifferentContentIsRejected() throws {
    try createStandardLedger()
    try append([Row.receipt("prov", "1000.00", requestID: "r-1")])
    let before = try journalBytes()
    let issues = rejection([
      Row.receipt("prov", "5.00"),
      Row.receipt("prov", "1000.01", requestID: "r-1"),
    ])
    XCTAssertEqual(
      issues,
      [
        InputIssue(
          file: "rows.csv", line: 3, field: "request_id",
          reason: "'r-1' is already used by seq 7 for a different entry")
      ])
    XCTAssertEqual(try journalBytes(), before)
  }

  func testRepeatedRequestIDInOneBatchIsRejected() throws {
    try createStandardLedger()
    let before = try journalBytes()
    let issues = rejection([
      Row.receipt("prov", "1.00", requestID: "r-1"),
      Row.receipt("prov", "2.00"),
      Row.receipt("prov", "1.00", requestID: "r-1"),
    ])
    XCTAssertEqual(
      issues,
      [
        InputIssue(
          file: "rows.csv", line: 4, field: "request_id",
          reason: "'r-1' repeats the request id of line 2")
      ])
    XCTAssertEqual(try journalBytes(), before)
  }

  // MARK: torn tails

  func testAppendRefusesTornTail() throws {
    try createStandardLedger()
    var forged = try forgedBatch()
    forged.append(Make.receipt("prov", 1))
    try appendToJournal(forged.bytes)
    XCTAssertThrowsError(try append([Row.receipt("prov", "1.00")])) { error in
      guard case .journal(.tornTail) = error as? AppendError else {
        return XCTFail("unexpected \(error)")
      }
    }
  }
}
