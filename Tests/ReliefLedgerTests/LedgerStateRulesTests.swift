import XCTest

@testable import ReliefLedger

final class LedgerStateRulesTests: XCTestCase {
  // MARK: Balances

  func testBalancesAfterAKnownSequence() throws {
    var fixture = try RulesFixture.standard()
    try fixture.apply(Make.receipt("prov", 100_000))
    try fixture.apply(Make.allocation("prov", to: "city", 30_000))
    try fixture.apply(Make.refund("city", 5000, dues: 8000))
    try fixture.apply(Make.subsidy("city", 2000, headcount: 3))
    try fixture.apply(Make.disbursement("city", 10_000, headcount: 12))
    let state = fixture.state

    let prov = state.totals(union: "prov", program: "covid")
    XCTAssertEqual(prov.received, fen(100_000))
    XCTAssertEqual(prov.allocatedIn, fen(0))
    XCTAssertEqual(prov.allocatedOut, fen(30_000))
    XCTAssertEqual(prov.refunded, fen(0))
    XCTAssertEqual(prov.subsidized, fen(0))
    XCTAssertEqual(prov.disbursed, fen(0))
    XCTAssertEqual(prov.balance, fen(70_000))
    XCTAssertEqual(prov.beneficiaries[.person], 0)
    XCTAssertTrue(prov.isConsistent)

    let city = state.totals(union: "city", program: "covid")
    XCTAssertEqual(city.received, fen(0))
    XCTAssertEqual(city.allocatedIn, fen(30_000))
    XCTAssertEqual(city.allocatedOut, fen(0))
    XCTAssertEqual(city.refunded, fen(5000))
    XCTAssertEqual(city.subsidized, fen(2000))
    XCTAssertEqual(city.disbursed, fen(10_000))
    XCTAssertEqual(city.balance, fen(13_000))
    XCTAssertEqual(city.beneficiaries[.person], 15)
    XCTAssertTrue(city.isConsistent)

    XCTAssertEqual(state.totals(union: "town", program: "covid"), AccountTotals())
    XCTAssertNil(state.accounts[AccountKey(union: "town", program: "covid")])
    XCTAssertEqual(state.accounts.count, 2)
    XCTAssertEqual(state.entryCount, 10)
    XCTAssertEqual(state.lastSeq, 9)
    XCTAssertEqual(state.businessesRefunded, 1)
    XCTAssertEqual(state.origin, "test.example/l")
    XCTAssertEqual(state.unionOrder, ["prov", "city", "town"])
    XCTAssertEqual(state.programOrder, ["covid"])
    XCTAssertEqual(
      state.unions["city"], UnionInfo(id: "city", name: "南通市总工会", parent: "prov", seq: 2))
    XCTAssertEqual(
      state.programs["covid"],
      ProgramInfo(id: "covid", name: "2020 epidemic special fund", seq: 4))
    XCTAssertTrue(state.reversedBy.isEmpty)
  }

  func testConservationAcrossAccounts() throws {
    var fixture = try RulesFixture.standard()
    try fixture.apply(Make.receipt("prov", 50_000))
    try fixture.apply(Make.receipt("city", 7_000))
    try fixture.apply(Make.allocation("prov", to: "town", 20_000))
    try fixture.apply(Make.allocation("town", to: "city", 5_000))
    try fixture.apply(Make.disbursement("city", 11_000, headcount: 2))
    let accounts = fixture.state.accounts.values
    let balances = accounts.reduce(0) { $0 + $1.balance.fen }
    let received = accounts.reduce(0) { $0 + $1.received.fen }
    let spent = accounts.reduce(0) { $0 + $1.disbursed.fen + $1.refunded.fen + $1.subsidized.fen }
    XCTAssertEqual(balances, received - spent)
    XCTAssertEqual(balances, 46_000)
  }

  func testRequestIDsAreRecorded() throws {
    var fixture = try RulesFixture.standard()
    let seq = try fixture.apply(Make.receipt("prov", 1, requestID: "r-1"))
    XCTAssertEqual(fixture.state.requestIDs, ["r-1": seq])
  }

  // MARK: One test per violation

  func testGenesisMissing() {
    var fixture = RulesFixture()
    assertViolation(.genesisMissing) { try fixture.apply(Make.union("prov")) }
    XCTAssertEqual(RuleViolation.genesisMissing.code, "genesis-missing")
  }

  func testGenesisNotFirst() throws {
    var fixture = try RulesFixture.standard()
    assertViolation(.genesisNotFirst) { try fixture.apply(Make.genesis()) }
    var late = RulesFixture()
    late.nextSeq = 1
    assertViolation(.genesisNotFirst) { try late.apply(Make.genesis()) }
  }

  func testUnknownUnion() throws {
    var fixture = try RulesFixture.standard()
    assertViolation(.unknownUnion("nowhere")) { try fixture.apply(Make.receipt("nowhere", 1)) }
    assertViolation(.unknownUnion("nowhere")) {
      try fixture.apply(Make.union("new", parent: "nowhere"))
    }
    try fixture.apply(Make.receipt("prov", 10))
    assertViolation(.unknownUnion("nowhere")) {
      try fixture.apply(Make.allocation("prov", to: "nowhere", 1))
    }
    XCTAssertEqual(RuleViolation.unknownUnion("x").code, "unknown-union")
  }

  func testUnknownProgram() throws {
    var fixture = try RulesFixture.standard()
    assertViolation(.unknownProgram("other")) {
      try fixture.apply(Make.receipt("prov", 1, program: "other"))
    }
  }

  func testUnionAlreadyRegistered() throws {
    var fixture = try RulesFixture.standard()
    assertViolation(.unionAlreadyRegistered("city")) {
      try fixture.apply(Make.union("city", parent: "prov"))
    }
  }

  func testProgramAlreadyRegistered() throws {
    var fixture = try RulesFixture.standard()
    assertViolation(.programAlreadyRegistered("covid")) {
      try fixture.apply(Make.program("covid", name: "another name"))
    }
  }

  func testAllocationToSameUnion() throws {
    var fixture = try RulesFixture.standard()
    try fixture.apply(Make.receipt("prov", 100))
    assertViolation(.allocationToSameUnion("prov")) {
      try fixture.apply(Make.allocation("prov", to: "prov", 1))
    }
  }

  func testBalanceWouldGoNegative() throws {
    var fixture = try RulesFixture.standard()
    try fixture.apply(Make.receipt("city", 10_000))
    let expected = RuleViolation.balanceWouldGoNegative(
      union: "city", program: "covid", balance: fen(10_000), amount: fen(15_000))
    assertViolation(expected) { try fixture.apply(Make.disbursement("city", 15_000)) }
    XCTAssertEqual(expected.code, "balance-would-go-negative")
    XCTAssertEqual(
      expected.description,
      "balance of union 'city' in program 'covid' is 100.00 yuan, less than 150.00 yuan "
        + "(no overdraft: money stays in its program)")
    assertViolation(
      .balanceWouldGoNegative(union: "town", program: "covid", balance: fen(0), amount: fen(1))
    ) { try fixture.apply(Make.refund("town", 1, dues: 1)) }
    assertViolation(
      .balanceWouldGoNegative(
        union: "city", program: "covid", balance: fen(10_000), amount: fen(10_001))
    ) { try fixture.apply(Make.allocation("city", to: "town", 10_001)) }
  }

  func testSpendingExactlyTheBalanceIsAllowed() throws {
    var fixture = try RulesFixture.standard()
    try fixture.apply(Make.receipt("city", 10_000))
    try fixture.apply(Make.subsidy("city", 10_000))
    XCTAssertEqual(fixture.state.totals(union: "city", program: "covid").balance, fen(0))
  }

  func testMoneyStaysInItsProgram() throws {
    var fixture = try RulesFixture.standard()
    try fixture.apply(Make.program("flood"))
    try fixture.apply(Make.receipt("city", 10_000, program: "flood"))
    assertViolation(
      .balanceWouldGoNegative(union: "city", program: "covid", balance: fen(0), amount: fen(1))
    ) { try fixture.apply(Make.disbursement("city", 1)) }
  }

  func testAmountOverflow() throws {
    var fixture = try RulesFixture.standard()
    try fixture.apply(Make.receipt("prov", Int64.max))
    assertViolation(.amountOverflow(union: "prov", program: "covid")) {
      try fixture.apply(Make.receipt("prov", 1))
    }
    XCTAssertEqual(fixture.state.totals(union: "prov", program: "covid").balance, fen(Int64.max))
    try fixture.apply(Make.receipt("city", 1))
    assertViolation(.amountOverflow(union: "city", program: "covid")) {
      try fixture.apply(Make.allocation("prov", to: "city", Int64.max))
    }
  }

  func testRefundExceedsDuesPaid() throws {
    var fixture = try RulesFixture.standard()
    try fixture.apply(Make.receipt("city", 100_000))
    assertViolation(.refundExceedsDuesPaid(amount: fen(8001), duesPaid: fen(8000))) {
      try fixture.apply(Make.refund("city", 8001, dues: 8000))
    }
    try fixture.apply(Make.refund("city", 8000, dues: 8000))
  }

  func testRefundPeriodOverlaps() throws {
    var fixture = try RulesFixture.standard()
    try fixture.apply(Make.receipt("city", 100_000))
    let first = try fixture.apply(Make.refund("city", 100, dues: 200, period: "2020-01..2020-03"))
    let expected = RuleViolation.refundPeriodOverlaps(
      code: codeA, period: "2020-03..2020-05", existingSeq: first,
      existingPeriod: "2020-01..2020-03")
    assertViolation(expected) {
      try fixture.apply(Make.refund("city", 100, dues: 200, period: "2020-03..2020-05"))
    }
    XCTAssertEqual(expected.code, "refund-period-overlaps")
  }

  func testRefundOverlapAppliesAcrossUnionsAndPrograms() throws {
    var fixture = try RulesFixture.standard()
    try fixture.apply(Make.program("flood"))
    try fixture.apply(Make.receipt("city", 100_000))
    try fixture.apply(Make.receipt("town", 100_000, program: "flood"))
    let first = try fixture.apply(Make.refund("city", 100, dues: 200, period: "2020-02"))
    assertViolation(
      .refundPeriodOverlaps(
        code: codeA, period: "2020-01..2020-12", existingSeq: first, existingPeriod: "2020-02")
    ) {
      try fixture.apply(
        Make.refund("town", 100, dues: 200, period: "2020-01..2020-12", program: "flood"))
    }
  }

  func testDateInFuture() throws {
    var fixture = try RulesFixture.standard()
    let expected = RuleViolation.dateInFuture(
      date: day("2020-06-02"), appendDate: day("2020-06-01"))
    assertViolation(expected) { try fixture.apply(Make.receipt("prov", 1, date: "2020-06-02")) }
    XCTAssertEqual(expected.code, "date-in-future")
    try fixture.apply(Make.receipt("prov", 1, date: "2020-06-01"))
  }

  func testDateInFutureUsesChinaTimeAtTheDayBoundary() throws {
    var fixture = try RulesFixture.standard()
    // 2020-05-31T15:59:59.999Z is 23:59:59.999 on 2020-05-31 in China.
    fixture.timeMillis = 1_590_940_799_999
    assertViolation(.dateInFuture(date: day("2020-06-01"), appendDate: day("2020-05-31"))) {
      try fixture.apply(Make.receipt("prov", 1, date: "2020-06-01"))
    }
    try fixture.apply(Make.receipt("prov", 1, date: "2020-05-31"))
    // One millisecond later it is 2020-06-01 in China, still 2020-05-31 in UTC.
    fixture.timeMillis = 1_590_940_800_000
    try fixture.apply(Make.receipt("prov", 1, date: "2020-06-01"))
    assertViolation(.dateInFuture(date: day("2020-06-02"), appendDate: day("2020-06-01"))) {
      try fixture.apply(Make.receipt("prov", 1, date: "2020-06-02"))
    }
  }

  func testAppendTimeOutOfRange() throws {
    var fixture = try RulesFixture.standard()
    fixture.timeMillis = Int64.max
    assertViolation(.appendTimeOutOfRange(Int64.max)) {
      try fixture.apply(Make.receipt("prov", 1))
    }
    // 10000-01-01T00:00:00Z, already in the year 10000 in China.
    fixture.timeMillis = 253_402_300_800_000
    assertViolation(.appendTimeOutOfRange(253_402_300_800_000)) {
      try fixture.apply(Make.receipt("prov", 1))
    }
    // 1899-12-31T00:00:00Z.
    fixture.timeMillis = -2_209_075_200_000
    assertViolation(.appendTimeOutOfRange(-2_209_075_200_000)) {
      try fixture.apply(Make.receipt("prov", 1))
    }
  }

  func testRequestIDAlreadyUsed() throws {
    var fixture = try RulesFixture.standard()
    let seq = try fixture.apply(Make.receipt("prov", 1, requestID: "r-1"))
    assertViolation(.requestIDAlreadyUsed("r-1", seq: seq)) {
      try fixture.apply(Make.receipt("prov", 2, requestID: "r-1"))
    }
    var union = Make.union("other")
    union.requestID = "r-1"
    assertViolation(.requestIDAlreadyUsed("r-1", seq: seq)) { try fixture.apply(union) }
  }

  func testReversalOfUnknownEntry() throws {
    var fixture = try RulesFixture.standard()
    let seq = fixture.nextSeq
    assertViolation(.reversalOfUnknownEntry(seq)) {
      try fixture.apply(Make.reversal(of: seq, Make.receipt("prov", 1)))
    }
    assertViolation(.reversalOfUnknownEntry(seq + 5)) {
      try fixture.apply(Make.reversal(of: seq + 5, Make.receipt("prov", 1)))
    }
  }

  func testReversalOfNonReversible() throws {
    var fixture = try RulesFixture.standard()
    assertViolation(.reversalOfNonReversible(seq: 1, kind: .union)) {
      try fixture.apply(Make.reversal(of: 1, Make.union("prov", name: "江苏省总工会")))
    }
  }

  func testAlreadyReversed() throws {
    var fixture = try RulesFixture.standard()
    let receipt = Make.receipt("prov", 100)
    let seq = try fixture.apply(receipt)
    let reversal = try fixture.apply(Make.reversal(of: seq, receipt))
    assertViolation(.alreadyReversed(seq: seq, bySeq: reversal)) {
      try fixture.apply(Make.reversal(of: seq, receipt))
    }
  }

  func testReversalDoesNotMatchOriginalHasItsCode() {
    // The rules alone cannot see the original line; the verifier raises this one (see
    // VerifierTests.testReversalWithAlteredCopyOfOriginalIsInvalid).
    let violation = RuleViolation.reversalDoesNotMatchOriginal(seq: 7)
    XCTAssertEqual(violation.code, "reversal-does-not-match-original")
    XCTAssertEqual(
      violation.description,
      "the copy of the original in this reversal differs from the entry at seq 7")
  }

  // MARK: Failed applies change nothing

  func testFailedApplyLeavesStateUnchanged() throws {
    var fixture = try RulesFixture.standard()
    try fixture.apply(Make.receipt("prov", 100_000, requestID: "r-1"))
    try fixture.apply(Make.allocation("prov", to: "city", 30_000))
    try fixture.apply(Make.refund("city", 100, dues: 200))
    let before = fixture.state
    let failing: [Entry] = [
      {
        var entry = Make.disbursement("city", 1_000_000)
        entry.requestID = "new-id"
        return entry
      }(),
      Make.allocation("city", to: "prov", 30_001),
      Make.refund("city", 100, dues: 200, code: codeA, period: "2020-02"),
      Make.refund("city", 300, dues: 200, code: codeB),
      Make.union("city"),
      Make.union("x", parent: "nope"),
      Make.program("covid"),
      Make.receipt("prov", 1, date: "2021-01-01"),
      Make.receipt("prov", 1, requestID: "r-1"),
      Make.reversal(of: 1, Make.union("prov")),
      Make.reversal(of: 99, Make.receipt("prov", 1)),
      Make.genesis(),
    ]
    for entry in failing {
      XCTAssertThrowsError(try fixture.apply(entry), "\(entry)")
      assertSameState(fixture.state, before)
    }
    XCTAssertNil(fixture.state.requestIDs["new-id"])
  }

  func testFailedAllocationReversalChangesNeitherAccount() throws {
    var fixture = try RulesFixture.standard()
    try fixture.apply(Make.receipt("prov", 30_000))
    let allocation = Make.allocation("prov", to: "city", 30_000)
    let seq = try fixture.apply(allocation)
    try fixture.apply(Make.disbursement("city", 30_000))
    let before = fixture.state
    // Undoing the allocation credits prov (fine) but debits city, which has spent it.
    assertViolation(
      .balanceWouldGoNegative(union: "city", program: "covid", balance: fen(0), amount: fen(30_000))
    ) { try fixture.apply(Make.reversal(of: seq, allocation)) }
    assertSameState(fixture.state, before)
    XCTAssertEqual(fixture.state.totals(union: "prov", program: "covid").balance, fen(0))
  }
}
