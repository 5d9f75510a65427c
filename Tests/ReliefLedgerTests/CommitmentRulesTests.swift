import XCTest

@testable import ReliefLedger

/// Commitments through appends: they move no money, payments name them, and the rules
/// refuse overpaying, mismatched, unknown and reversed commitments.
final class CommitmentRulesTests: LedgerTestCase {
  /// The standard ledger (seqs 0-6), a receipt of 1,000.00 to `city` (seq 7, commit 8)
  /// and a commitment of 600.00 by `city` (seq 9, commit 10).
  private func ledgerWithCommitment() throws {
    try createStandardLedger()
    try append([Row.receipt("city", "1000.00")])
    try append([Row.commitment("city", "600.00", requestID: "plan-1")])
  }

  func testCommitmentMovesNoMoney() throws {
    try ledgerWithCommitment()
    let city = try loadState().totals(union: "city", program: "covid")
    XCTAssertEqual(city.balance, fen(100_000))
    XCTAssertEqual(city.received, fen(100_000))
    XCTAssertEqual(city.committed, fen(60_000))
    XCTAssertEqual(city.committedPaid, fen(0))
    XCTAssertEqual(city.committedRemaining, fen(60_000))
  }

  func testCommitmentMayExceedTheBalance() throws {
    try ledgerWithCommitment()
    try append([Row.commitment("town", "5000.00")])
    let town = try loadState().totals(union: "town", program: "covid")
    XCTAssertEqual(town.balance, fen(0))
    XCTAssertEqual(town.committed, fen(500_000))
  }

  func testPaymentsBySeqAndByRequestIDCountAsPaid() throws {
    try ledgerWithCommitment()
    try append([
      Row.paying(9, Row.subsidy("city", "100.00")),
      Row.paying(request: "plan-1", Row.disbursement("city", "200.00")),
      Row.paying(9, Row.refund("city", "50.00", dues: "50.00")),
      Row.disbursement("city", "10.00"),
    ])
    let state = try loadState()
    let city = state.totals(union: "city", program: "covid")
    XCTAssertEqual(city.committed, fen(60_000))
    XCTAssertEqual(city.committedPaid, fen(35_000))
    XCTAssertEqual(city.committedRemaining, fen(25_000))
    XCTAssertEqual(city.balance, fen(100_000 - 36_000))
    XCTAssertEqual(state.paidAgainstCommitment(9), fen(35_000))
    XCTAssertNil(state.paidAgainstCommitment(7))
  }

  func testCommitmentNamedInTheSameBatchByRequestID() throws {
    try createStandardLedger()
    try append([
      Row.receipt("city", "1000.00"),
      Row.commitment("city", "600.00", requestID: "plan-2"),
      Row.paying(request: "plan-2", Row.subsidy("city", "600.00")),
    ])
    let city = try loadState().totals(union: "city", program: "covid")
    XCTAssertEqual(city.committedPaid, fen(60_000))
    XCTAssertEqual(city.committedRemaining, fen(0))
  }

  func testOverpayingACommitmentIsRefusedAndWritesNothing() throws {
    try ledgerWithCommitment()
    try append([Row.paying(9, Row.subsidy("city", "500.00"))])
    let before = try journalBytes()
    let issues = rejection([Row.paying(9, Row.disbursement("city", "100.01"))])
    XCTAssertEqual(
      issues.map(\.description),
      [
        "rows.csv:2: field 'commitment': paying 100.01 yuan against commitment seq 9 would "
          + "exceed it: 500.00 of 600.00 yuan is paid already"
      ])
    XCTAssertEqual(try journalBytes(), before)
  }

  func testOverpayingWithinOneBatchIsRefused() throws {
    try ledgerWithCommitment()
    let issues = rejection([
      Row.paying(9, Row.subsidy("city", "400.00")),
      Row.paying(request: "plan-1", Row.subsidy("city", "200.01")),
    ])
    XCTAssertEqual(issues.map(\.line), [3])
    XCTAssertEqual(issues.map(\.field), ["commitment_request"])
  }

  func testPaymentNamingAnotherUnionsOrProgramsCommitmentIsRefused() throws {
    try ledgerWithCommitment()
    try append([Row.program("relief"), Row.receipt("town", "10.00")])
    try append([Row.receipt("city", "10.00", program: "relief")])
    XCTAssertEqual(
      rejection([Row.paying(9, Row.subsidy("town", "1.00"))]).map(\.reason),
      [
        "commitment seq 9 is union 'city' in program 'covid', not union 'town' in program "
          + "'covid'"
      ])
    XCTAssertEqual(
      rejection([Row.paying(9, Row.subsidy("city", "1.00", program: "relief"))]).map(\.reason),
      [
        "commitment seq 9 is union 'city' in program 'covid', not union 'city' in program "
          + "'relief'"
      ])
  }

  func testPaymentNamingANonCommitmentIsRefused() throws {
    try ledgerWithCommitment()
    XCTAssertEqual(
      rejection([Row.paying(7, Row.subsidy("city", "1.00"))]).map(\.description),
      [
        "rows.csv:2: field 'commitment': seq 7 is not a commitment (a payment names the seq of "
          + "a commitment entry)"
      ])
    XCTAssertEqual(
      rejection([Row.paying(request: "nope", Row.subsidy("city", "1.00"))]).map(\.description),
      ["rows.csv:2: field 'commitment_request': no entry has request_id 'nope'"])
  }

  func testBadCommitmentFieldsAreRefusedWithTheirField() throws {
    try ledgerWithCommitment()
    let both = Row.paying(request: "plan-1", Row.paying(9, Row.subsidy("city", "1.00")))
    XCTAssertEqual(
      rejection([both]).map(\.description),
      ["rows.csv:2: field 'commitment': and commitment_request cannot both be given"])
    XCTAssertEqual(
      rejection([Row.paying(9, Row.receipt("city", "1.00"))]).map(\.description),
      ["rows.csv:2: field 'commitment': does not apply to receipt entries"])
    XCTAssertEqual(
      rejection([Row.paying(-1, Row.subsidy("city", "1.00"))]).map(\.description),
      ["rows.csv:2: field 'commitment': '-1' is not a whole number"])
    var noPurpose = Row.commitment("city", "1.00")
    noPurpose["purpose"] = nil
    noPurpose["period"] = "2020-13"
    XCTAssertEqual(
      rejection([noPurpose]).map(\.field), ["purpose", "period"])
  }

  func testReversedCommitmentTakesNoPayments() throws {
    try ledgerWithCommitment()
    try append([Row.reversal(seq: 9)])  // seq 11
    let city = try loadState().totals(union: "city", program: "covid")
    XCTAssertEqual(city.committed, fen(0))
    XCTAssertEqual(
      rejection([Row.paying(9, Row.subsidy("city", "1.00"))]).map(\.reason),
      ["commitment seq 9 was reversed by seq 11; nothing more is paid against it"])
  }

  func testCommitmentWithPaymentsCannotBeReversedUntilTheyAre() throws {
    try ledgerWithCommitment()
    try append([Row.paying(9, Row.subsidy("city", "100.00"))])  // seq 11
    XCTAssertEqual(
      rejection([Row.reversal(seq: 9)]).map(\.description),
      [
        "rows.csv:2: field 'reverses': commitment seq 9 has 100.00 yuan paid against it; "
          + "reverse those payments first"
      ])
    try append([Row.reversal(seq: 11)])  // frees the 100.00
    var city = try loadState().totals(union: "city", program: "covid")
    XCTAssertEqual(city.committedPaid, fen(0))
    XCTAssertEqual(city.committedRemaining, fen(60_000))
    XCTAssertEqual(city.balance, fen(100_000))
    try append([Row.paying(9, Row.subsidy("city", "600.00"))])  // the freed amount is payable
    try append([Row.reversal(seq: 15)])
    try append([Row.reversal(seq: 9)])
    city = try loadState().totals(union: "city", program: "covid")
    XCTAssertEqual(city.committed, fen(0))
    XCTAssertEqual(city.committedPaid, fen(0))
  }

  func testCommitmentRoundTripsThroughTheCodec() throws {
    try ledgerWithCommitment()
    try append([Row.paying(9, Row.disbursement("city", "1.00"))])
    let lines = splitLines(try journalBytes()).map(text)
    XCTAssertTrue(
      lines[9].hasSuffix(
        #""kind":"commitment","date":"2020-05-01","union":"city","program":"covid","#
          + #""amount_fen":60000,"purpose":"饶工贷贴息","period":"2020-01..2020-12","#
          + #""request_id":"plan-1"}"#), lines[9])
    XCTAssertTrue(
      lines[11].hasSuffix(
        #""category":"consolation","beneficiaries":1,"beneficiary_unit":"人","commitment":9}"#),
      lines[11])
    XCTAssertEqual(try verify().verdict, .valid)
  }

  func testProjectionKeepsCommitmentsAcrossSavedSnapshots() throws {
    try ledgerWithCommitment()
    try append([Row.paying(9, Row.subsidy("city", "500.00"))])
    // The second writer starts from the saved projection, which must remember seq 9.
    XCTAssertEqual(
      rejection([Row.paying(9, Row.subsidy("city", "100.01"))]).map(\.field), ["commitment"])
    try append([Row.paying(9, Row.subsidy("city", "100.00"))])
    XCTAssertEqual(try loadState().paidAgainstCommitment(9), fen(60_000))
  }
}
