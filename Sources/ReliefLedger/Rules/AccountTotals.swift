/// One union's totals in one program, net of reversals.
public struct AccountTotals: Equatable, Sendable {
  /// Money received by receipts.
  public var received = Money.zero
  /// Money allocated in from other unions.
  public var allocatedIn = Money.zero
  /// Money allocated out to other unions.
  public var allocatedOut = Money.zero
  /// Money paid out as dues refunds.
  public var refunded = Money.zero
  /// Money paid out as subsidies.
  public var subsidized = Money.zero
  /// Money paid out as disbursements.
  public var disbursed = Money.zero
  /// The money held: inflows (received, allocated in) minus outflows (allocated out,
  /// refunded, subsidized, disbursed).
  public var balance = Money.zero
  /// Who disbursements and subsidies reached, per unit (never added across units).
  public var beneficiaries = BeneficiaryCounts()
  /// Money committed by commitments not reversed; never part of the balance.
  public var committed = Money.zero
  /// Money paid by entries that name a commitment of this account (net of reversals).
  public var committedPaid = Money.zero

  /// Creates the totals of an account nothing has happened in: all zero.
  public init() {}

  /// What is committed and not yet paid against the commitments.
  public var committedRemaining: Money { Money(fen: committed.fen &- committedPaid.fen) }

  /// Field-wise sum, for reports that add accounts up.
  ///
  /// Every per-account total is overflow-checked when entries are applied; a sum over many
  /// accounts could only wrap beyond 9.2 × 10^16 yuan, and wrapping (not trapping) keeps
  /// even that from crashing a report.
  public func adding(_ other: AccountTotals) -> AccountTotals {
    func sum(_ a: Money, _ b: Money) -> Money { Money(fen: a.fen &+ b.fen) }
    var total = AccountTotals()
    total.received = sum(received, other.received)
    total.allocatedIn = sum(allocatedIn, other.allocatedIn)
    total.allocatedOut = sum(allocatedOut, other.allocatedOut)
    total.refunded = sum(refunded, other.refunded)
    total.subsidized = sum(subsidized, other.subsidized)
    total.disbursed = sum(disbursed, other.disbursed)
    total.balance = sum(balance, other.balance)
    total.beneficiaries = beneficiaries.adding(other.beneficiaries)
    total.committed = sum(committed, other.committed)
    total.committedPaid = sum(committedPaid, other.committedPaid)
    return total
  }

  /// True when the balance equals inflows minus outflows (it always must).
  ///
  /// Wrapping arithmetic suffices: every stored total was computed with overflow checks.
  public var isConsistent: Bool {
    let inflow = received.fen &+ allocatedIn.fen
    let outflow = allocatedOut.fen &+ refunded.fen &+ subsidized.fen &+ disbursed.fen
    return inflow &- outflow == balance.fen
  }
}

/// A union and a program: the unit that holds a balance (restricted funds).
public struct AccountKey: Hashable, Sendable {
  /// The union's id.
  public let union: String
  /// The program's id.
  public let program: String

  /// Creates the key of `union`'s account in `program`.
  public init(union: String, program: String) {
    self.union = union
    self.program = program
  }
}
