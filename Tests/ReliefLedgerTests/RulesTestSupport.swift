import XCTest

@testable import ReliefLedger

// MARK: Rules fixture

/// A ledger state with seqs handed out in order, as the journal would (commit lines are
/// left out: they do not reach the rules).
struct RulesFixture {
  var state = LedgerState()
  var nextSeq: Int64 = 0
  var timeMillis = fixedMillis

  /// Applies `entry` at the next seq; the seq is used up only if the entry is accepted.
  @discardableResult
  mutating func apply(_ entry: Entry) throws -> Int64 {
    let seq = nextSeq
    try state.apply(entry, seq: seq, timeMillis: timeMillis)
    nextSeq += 1
    return seq
  }

  /// Genesis; unions `prov` and `city` (child of `prov`) and `town` (child of `city`);
  /// program `covid`.
  static func standard() throws -> RulesFixture {
    var fixture = RulesFixture()
    try fixture.apply(Make.genesis())
    try fixture.apply(Make.union("prov", name: "江苏省总工会"))
    try fixture.apply(Make.union("city", name: "南通市总工会", parent: "prov"))
    try fixture.apply(Make.union("town", parent: "city"))
    try fixture.apply(Make.program("covid"))
    return fixture
  }
}

/// Asserts that `body` throws exactly `expected`.
func assertViolation(
  _ expected: RuleViolation, file: StaticString = #filePath, line: UInt = #line,
  _ body: () throws -> Void
) {
  do {
    try body()
    XCTFail("no violation; expected \(expected)", file: file, line: line)
  } catch {
    XCTAssertEqual(error as? RuleViolation, expected, file: file, line: line)
  }
}

/// Asserts that two states hold the same data.
func assertSameState(
  _ lhs: LedgerState, _ rhs: LedgerState, file: StaticString = #filePath, line: UInt = #line
) {
  XCTAssertEqual(lhs.origin, rhs.origin, "origin", file: file, line: line)
  XCTAssertEqual(lhs.unions, rhs.unions, "unions", file: file, line: line)
  XCTAssertEqual(lhs.unionOrder, rhs.unionOrder, "unionOrder", file: file, line: line)
  XCTAssertEqual(lhs.programs, rhs.programs, "programs", file: file, line: line)
  XCTAssertEqual(lhs.programOrder, rhs.programOrder, "programOrder", file: file, line: line)
  XCTAssertEqual(lhs.accounts, rhs.accounts, "accounts", file: file, line: line)
  XCTAssertEqual(lhs.reversedBy, rhs.reversedBy, "reversedBy", file: file, line: line)
  XCTAssertEqual(lhs.requestIDs, rhs.requestIDs, "requestIDs", file: file, line: line)
  XCTAssertEqual(lhs.entryCount, rhs.entryCount, "entryCount", file: file, line: line)
  XCTAssertEqual(lhs.lastSeq, rhs.lastSeq, "lastSeq", file: file, line: line)
  XCTAssertEqual(lhs.refunds, rhs.refunds, "refunds", file: file, line: line)
  XCTAssertEqual(lhs.goods, rhs.goods, "goods", file: file, line: line)
}
