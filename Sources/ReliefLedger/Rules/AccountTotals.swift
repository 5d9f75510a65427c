/// One union's totals in one program, net of reversals.
public struct AccountTotals: Equatable, Sendable {
  public var received = Money.zero
  public var allocatedIn = Money.zero
  public var allocatedOut = Money.zero
  public var refunded = Money.zero
  public var subsidized = Money.zero
  public var disbursed = Money.zero
  public var balance = Money.zero
  /// People reached by disbursements and subsidies (sum of headcounts).
  public var headcount: Int64 = 0

  public init() {}

  /// True when the balance equals inflows minus outflows (it always must). Wrapping
  /// arithmetic suffices: every stored total was computed with overflow checks.
  public var isConsistent: Bool {
    let inflow = received.fen &+ allocatedIn.fen
    let outflow = allocatedOut.fen &+ refunded.fen &+ subsidized.fen &+ disbursed.fen
    return inflow &- outflow == balance.fen
  }
}

/// A union and a program: the unit that holds a balance (restricted funds).
public struct AccountKey: Hashable, Sendable {
  public let union: String
  public let program: String

  public init(union: String, program: String) {
    self.union = union
    self.program = program
  }
}
