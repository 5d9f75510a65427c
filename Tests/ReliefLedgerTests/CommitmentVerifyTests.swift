import ReliefLog
import XCTest

@testable import ReliefLedger

/// Hand-made batches that break a commitment rule, signed and chained correctly: only the
/// replayed rules catch them, with the exact code.
final class CommitmentVerifyTests: VerifierTestCase {
  /// The standard ledger, 1,000.00 received by `city` (seq 7), a commitment of 600.00
  /// (seq 9) and a payment of 500.00 against it (seq 11); 13 lines.
  private func ledger() throws {
    try createStandardLedger()
    try append([Row.receipt("city", "1000.00")])
    try append([Row.commitment("city", "600.00")])
    try append([Row.paying(9, Row.subsidy("city", "500.00"))])
  }

  private func assertForged(
    _ entries: [Entry], code: String, found violation: RuleViolation,
    file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let size = Int64(try journalBytes().count)
    let count = Int64(try lines().count)
    var forged = try forgedBatch()
    for entry in entries { forged.append(entry) }
    forged.commitSigned()
    try appendToJournal(forged.bytes)
    let broken = count + Int64(entries.count) - 1
    let offset =
      size + Int64(forged.bytes.count) - Int64(forgedLineSizes(forged).suffix(2).reduce(0, +))
    assertFailure(
      try verify(), .invalid, line: broken + 1, seq: broken, offset: offset, code: code,
      found: violation.description, file: file, sourceLine: line)
  }

  /// The sizes of the forged batch's lines, newlines included.
  private func forgedLineSizes(_ batch: BatchBuilder) -> [Int] {
    splitLines(batch.bytes).map { $0.count + 1 }
  }

  func testValidLedgerWithCommitmentsVerifies() throws {
    try ledger()
    XCTAssertEqual(try verify().verdict, .valid)
  }

  func testForgedOverpaymentIsCommitmentOverpaid() throws {
    try ledger()
    var payment = Make.subsidy("city", 10_001)
    payment.action = payment.action.paying(commitment: 9) ?? payment.action
    try assertForged(
      [payment], code: "commitment-overpaid",
      found: .commitmentOverpaid(
        seq: 9, amount: fen(10_001), paid: fen(50_000), committed: fen(60_000)))
  }

  func testForgedPaymentOfANonCommitmentIsUnknownCommitment() throws {
    try ledger()
    var payment = Make.disbursement("city", 1)
    payment.action = payment.action.paying(commitment: 7) ?? payment.action
    try assertForged([payment], code: "unknown-commitment", found: .unknownCommitment(7))
  }

  func testForgedPaymentFromAnotherUnionIsCommitmentAccountMismatch() throws {
    try ledger()
    var payment = Make.refund("prov", 1, dues: 1)
    payment.action = payment.action.paying(commitment: 9) ?? payment.action
    try assertForged(
      [Make.receipt("prov", 1), payment], code: "commitment-account-mismatch",
      found: .commitmentAccountMismatch(
        seq: 9, commitment: AccountKey(union: "city", program: "covid"),
        payment: AccountKey(union: "prov", program: "covid")))
  }

  func testForgedReversalOfAPaidCommitmentIsCommitmentHasPayments() throws {
    try ledger()
    try assertForged(
      [Make.reversal(of: 9, try decodedEntry(try lines()[9]))], code: "commitment-has-payments",
      found: .commitmentHasPayments(seq: 9, paid: fen(50_000)))
  }

  func testForgedPaymentAfterTheCommitmentsReversalIsCommitmentReversed() throws {
    try createStandardLedger()
    try append([Row.receipt("city", "1000.00")])
    try append([Row.commitment("city", "600.00")])
    try append([Row.reversal(seq: 9)])  // seq 11
    var payment = Make.subsidy("city", 1)
    payment.action = payment.action.paying(commitment: 9) ?? payment.action
    try assertForged(
      [payment], code: "commitment-reversed", found: .commitmentReversed(seq: 9, bySeq: 11))
  }
}
