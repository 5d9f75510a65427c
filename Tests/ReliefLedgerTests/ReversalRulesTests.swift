import XCTest

@testable import ReliefLedger

final class ReversalRulesTests: XCTestCase {
  /// A standard fixture with money in every union: prov 100,000 fen, city 50,000,
  /// town 20,000.
  private func funded() throws -> RulesFixture {
    var fixture = try RulesFixture.standard()
    try fixture.apply(Make.receipt("prov", 170_000))
    try fixture.apply(Make.allocation("prov", to: "city", 70_000))
    try fixture.apply(Make.allocation("city", to: "town", 20_000))
    return fixture
  }

  /// Applies `entry`, then its reversal, and checks every account is back where it was.
  private func assertReversalRestoresTotals(
    _ entry: Entry, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    var fixture = try funded()
    let before = fixture.state
    let seq = try fixture.apply(entry)
    XCTAssertNotEqual(fixture.state.accounts, before.accounts, file: file, line: line)
    let reversal = try fixture.apply(Make.reversal(of: seq, entry))
    XCTAssertEqual(fixture.state.accounts, before.accounts, file: file, line: line)
    XCTAssertEqual(fixture.state.reversedBy, [seq: reversal], file: file, line: line)
    XCTAssertTrue(fixture.state.isReversed(seq), file: file, line: line)
    XCTAssertFalse(fixture.state.isReversed(reversal), file: file, line: line)
    XCTAssertEqual(fixture.state.entryCount, before.entryCount + 2, file: file, line: line)
    for totals in fixture.state.accounts.values {
      XCTAssertTrue(totals.isConsistent, file: file, line: line)
    }
  }

  func testReversingReceiptRestoresTotals() throws {
    try assertReversalRestoresTotals(Make.receipt("town", 12_345))
  }

  func testReversingAllocationRestoresTotals() throws {
    try assertReversalRestoresTotals(Make.allocation("prov", to: "town", 40_000))
  }

  func testReversingRefundRestoresTotals() throws {
    try assertReversalRestoresTotals(Make.refund("city", 5000, dues: 8000))
  }

  func testReversingSubsidyRestoresTotalsAndHeadcount() throws {
    try assertReversalRestoresTotals(Make.subsidy("town", 2000, category: .purchase, headcount: 7))
  }

  func testReversingDisbursementRestoresTotalsAndHeadcount() throws {
    try assertReversalRestoresTotals(Make.disbursement("city", 10_000, headcount: 12))
  }

  func testReversalTotalsAreExact() throws {
    var fixture = try funded()
    let disbursement = Make.disbursement("town", 15_000, headcount: 30)
    let seq = try fixture.apply(disbursement)
    var town = fixture.state.totals(union: "town", program: "covid")
    XCTAssertEqual(town.disbursed, fen(15_000))
    XCTAssertEqual(town.balance, fen(5_000))
    XCTAssertEqual(town.beneficiaries[.person], 30)
    try fixture.apply(Make.reversal(of: seq, disbursement))
    town = fixture.state.totals(union: "town", program: "covid")
    XCTAssertEqual(town.allocatedIn, fen(20_000))
    XCTAssertEqual(town.disbursed, fen(0))
    XCTAssertEqual(town.balance, fen(20_000))
    XCTAssertEqual(town.beneficiaries[.person], 0)
  }

  func testReversingTheSameEntryTwiceIsRefused() throws {
    var fixture = try funded()
    let receipt = Make.receipt("town", 500)
    let seq = try fixture.apply(receipt)
    let first = try fixture.apply(Make.reversal(of: seq, receipt))
    let before = fixture.state
    assertViolation(.alreadyReversed(seq: seq, bySeq: first)) {
      try fixture.apply(Make.reversal(of: seq, receipt, date: "2020-05-21"))
    }
    assertSameState(fixture.state, before)
  }

  func testReversalThatWouldOverdrawIsRefused() throws {
    var fixture = try RulesFixture.standard()
    let receipt = Make.receipt("prov", 10_000)
    let seq = try fixture.apply(receipt)
    try fixture.apply(Make.allocation("prov", to: "city", 10_000))
    let before = fixture.state
    assertViolation(
      .balanceWouldGoNegative(union: "prov", program: "covid", balance: fen(0), amount: fen(10_000))
    ) { try fixture.apply(Make.reversal(of: seq, receipt)) }
    assertSameState(fixture.state, before)
    XCTAssertFalse(fixture.state.isReversed(seq))
  }

  func testReversalOfRegistrationIsRefused() throws {
    var fixture = try RulesFixture.standard()
    assertViolation(.reversalOfNonReversible(seq: 0, kind: .genesis)) {
      try fixture.apply(Make.reversal(of: 0, Make.genesis()))
    }
    assertViolation(.reversalOfNonReversible(seq: 3, kind: .union)) {
      try fixture.apply(Make.reversal(of: 3, Make.union("town", parent: "city")))
    }
    assertViolation(.reversalOfNonReversible(seq: 4, kind: .program)) {
      try fixture.apply(Make.reversal(of: 4, Make.program("covid")))
    }
    XCTAssertEqual(
      RuleViolation.reversalOfNonReversible(seq: 3, kind: .union).description,
      "seq 3 is a union entry, which cannot be reversed")
  }

  func testReversalOfReversalIsRefused() throws {
    var fixture = try funded()
    let receipt = Make.receipt("town", 500)
    let seq = try fixture.apply(receipt)
    let reversal = Make.reversal(of: seq, receipt)
    let reversalSeq = try fixture.apply(reversal)
    assertViolation(.reversalOfNonReversible(seq: reversalSeq, kind: .reversal)) {
      try fixture.apply(Make.reversal(of: reversalSeq, reversal))
    }
  }

  func testReversalOfLaterOrSameSeqIsRefused() throws {
    var fixture = try funded()
    let next = fixture.nextSeq
    assertViolation(.reversalOfUnknownEntry(next)) {
      try fixture.apply(Make.reversal(of: next, Make.receipt("prov", 1)))
    }
  }

  func testRefundOverlapRefusedThenAllowedAfterReversal() throws {
    var fixture = try funded()
    let refund = Make.refund("city", 5000, dues: 8000, period: "2020-01..2020-06")
    let seq = try fixture.apply(refund)
    XCTAssertEqual(fixture.state.businessesRefunded, 1)
    let overlapping = Make.refund("town", 3000, dues: 8000, period: "2020-06..2020-12")
    assertViolation(
      .refundPeriodOverlaps(
        code: codeA, period: "2020-06..2020-12", existingSeq: seq,
        existingPeriod: "2020-01..2020-06")
    ) { try fixture.apply(overlapping) }
    try fixture.apply(Make.reversal(of: seq, refund))
    XCTAssertEqual(fixture.state.businessesRefunded, 0)
    let again = try fixture.apply(overlapping)
    XCTAssertEqual(
      fixture.state.refunds[code(codeA)],
      [RefundRecord(seq: again, period: period("2020-06..2020-12"))])
    XCTAssertEqual(fixture.state.businessesRefunded, 1)
  }

  func testRefundsForDisjointPeriodsAreAllowed() throws {
    var fixture = try funded()
    let first = try fixture.apply(Make.refund("city", 100, dues: 100, period: "2020-01..2020-03"))
    let second = try fixture.apply(Make.refund("city", 100, dues: 100, period: "2020-04..2020-06"))
    let third = try fixture.apply(Make.refund("town", 100, dues: 100, period: "2019-12"))
    let other = try fixture.apply(
      Make.refund("city", 100, dues: 100, code: codeB, period: "2020-01..2020-03"))
    XCTAssertEqual(
      fixture.state.refunds[code(codeA)],
      [
        RefundRecord(seq: first, period: period("2020-01..2020-03")),
        RefundRecord(seq: second, period: period("2020-04..2020-06")),
        RefundRecord(seq: third, period: period("2019-12")),
      ])
    XCTAssertEqual(
      fixture.state.refunds[code(codeB)],
      [RefundRecord(seq: other, period: period("2020-01..2020-03"))])
    XCTAssertEqual(fixture.state.businessesRefunded, 2)
    XCTAssertEqual(fixture.state.totals(union: "city", program: "covid").refunded, fen(300))
  }

  func testReversingOneRefundKeepsTheOthers() throws {
    var fixture = try funded()
    let first = Make.refund("city", 100, dues: 100, period: "2020-01")
    let firstSeq = try fixture.apply(first)
    let secondSeq = try fixture.apply(Make.refund("city", 100, dues: 100, period: "2020-02"))
    try fixture.apply(Make.reversal(of: firstSeq, first))
    XCTAssertEqual(
      fixture.state.refunds[code(codeA)],
      [RefundRecord(seq: secondSeq, period: period("2020-02"))])
    assertViolation(
      .refundPeriodOverlaps(
        code: codeA, period: "2020-01..2020-02", existingSeq: secondSeq,
        existingPeriod: "2020-02")
    ) { try fixture.apply(Make.refund("city", 1, dues: 1, period: "2020-01..2020-02")) }
  }

  func testReversalIsCheckedForFutureDateAndRequestID() throws {
    var fixture = try funded()
    let receipt = Make.receipt("town", 5, requestID: "r-1")
    let seq = try fixture.apply(receipt)
    assertViolation(.dateInFuture(date: day("2020-06-02"), appendDate: day("2020-06-01"))) {
      try fixture.apply(Make.reversal(of: seq, receipt, date: "2020-06-02"))
    }
    var reversal = Make.reversal(of: seq, receipt)
    reversal.requestID = "r-1"
    assertViolation(.requestIDAlreadyUsed("r-1", seq: seq)) { try fixture.apply(reversal) }
  }
}
