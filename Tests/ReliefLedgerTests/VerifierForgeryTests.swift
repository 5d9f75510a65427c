import ReliefLog
import XCTest

@testable import ReliefLedger

/// Batches forged with a correct hash chain, which only the replayed rules can catch.
final class VerifierForgeryTests: VerifierTestCase {
  // MARK: Forged batches with a correct chain

  func testForgedOverdraftIsInvalid() throws {
    try buildSampleLedger()
    let balance = try loadState().totals(union: "sz", program: "covid").balance
    XCTAssertEqual(balance, fen(66_000))
    let size = Int64(try journalBytes().count)
    var forged = try forgedBatch()
    forged.append(Make.disbursement("sz", balance.fen + 1))
    forged.commitSigned()
    try appendToJournal(forged.bytes)
    let violation = RuleViolation.balanceWouldGoNegative(
      union: "sz", program: "covid", balance: balance, amount: fen(balance.fen + 1))
    let report = try verify()
    assertFailure(
      report, .invalid, line: 38, seq: 37, offset: size, code: "balance-would-go-negative",
      expected: "an entry that keeps the rules", found: violation.description)
    XCTAssertEqual(report.failure?.message, "rule broken: \(violation)")
  }

  func testForgedBatchThatKeepsTheRulesIsValid() throws {
    try buildSampleLedger()
    var forged = try forgedBatch()
    forged.append(Make.disbursement("sz", 66_000))
    forged.commitSigned()
    try appendToJournal(forged.bytes)
    XCTAssertEqual(try verify().verdict, .valid)
  }

  func testReversalWithAlteredCopyOfOriginalIsInvalid() throws {
    try buildSampleLedger()
    let size = Int64(try journalBytes().count)
    var altered = try decodedEntry(try lines()[10])
    guard case .receipt(var receipt) = altered.action else { return XCTFail("not a receipt") }
    receipt.amount = fen(receipt.amount.fen - 1)
    altered.action = .receipt(receipt)
    var forged = try forgedBatch()
    forged.append(Make.reversal(of: 10, altered))
    forged.commitSigned()
    try appendToJournal(forged.bytes)
    assertFailure(
      try verify(), .invalid, line: 38, seq: 37, offset: size,
      code: "reversal-does-not-match-original",
      found: RuleViolation.reversalDoesNotMatchOriginal(seq: 10).description)
  }

  func testReversalWithExactCopyOfOriginalIsValid() throws {
    try buildSampleLedger()
    var forged = try forgedBatch()
    let original = try decodedEntry(try lines()[10])
    XCTAssertEqual(original.kind, .receipt)
    forged.append(Make.reversal(of: 10, original))
    forged.commitSigned()
    try appendToJournal(forged.bytes)
    let report = try verify()
    XCTAssertEqual(report.verdict, .valid, "\(String(describing: report.failure))")
  }

  func testReversalOfCommitLineIsInvalid() throws {
    try buildSampleLedger()
    let size = Int64(try journalBytes().count)
    var forged = try forgedBatch()
    forged.append(Make.reversal(of: 8, Make.receipt("national", 1)))
    forged.commitSigned()
    try appendToJournal(forged.bytes)
    assertFailure(
      try verify(), .invalid, line: 38, seq: 37, offset: size,
      code: "reversal-of-unknown-entry")
  }

  func testForgedSecondReversalIsInvalid() throws {
    try buildSampleLedger()
    var forged = try forgedBatch()
    let original = try decodedEntry(try lines()[16])
    forged.append(Make.reversal(of: 16, original))
    forged.commitSigned()
    try appendToJournal(forged.bytes)
    let report = try verify()
    XCTAssertEqual(report.verdict, .invalid)
    XCTAssertEqual(report.failure?.code, "already-reversed")
    XCTAssertEqual(
      report.failure?.found, RuleViolation.alreadyReversed(seq: 16, bySeq: 24).description)
  }

  func testTimeGoingBackwardsIsInvalid() throws {
    try buildSampleLedger()
    let size = Int64(try journalBytes().count)
    var head = try journal.openSnapshot().committed.head
    head.lastTimeMillis = 0
    var forged = BatchBuilder(after: head, nowMillis: fixedMillis - 1)
    forged.append(Make.receipt("sz", 1))
    forged.commitSigned()
    try appendToJournal(forged.bytes)
    assertFailure(
      try verify(), .invalid, line: 38, seq: 37, offset: size, code: "time-went-backwards",
      expected: "time_ms at least 1590969600000", found: "time_ms 1590969599999")
  }

  func testForgedCommitWithWrongCountIsInvalid() throws {
    try buildSampleLedger()
    var forged = try forgedBatch()
    forged.append(Make.receipt("sz", 1))
    forged.append(Make.receipt("sz", 2))
    forged.commitSigned()
    let forgedLines = splitLines(forged.bytes)
    let commit = tamper(forgedLines, line: 2, #""entries":2,"#, #""entries":1,"#)
    try appendToJournal(joinLines(commit))
    let report = try verify()
    XCTAssertEqual(report.verdict, .invalid)
    XCTAssertEqual(report.failure?.code, "commit-count-mismatch")
    XCTAssertEqual(report.failure?.line, 40)
  }

  func testJournalNotStartingWithGenesisIsInvalid() throws {
    var forged = BatchBuilder(after: .empty, nowMillis: fixedMillis)
    forged.append(Make.union("prov"))
    forged.commitSigned()
    try journal.create(firstBatch: forged.bytes)
    assertFailure(
      try verify(), .invalid, line: 1, seq: 0, offset: 0, code: "genesis-missing")
  }
}
