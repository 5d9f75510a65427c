/// One account and how an entry changes it.
struct AccountChange {
  let key: AccountKey
  let delta: AccountDelta
}

/// The accounts one entry changes: one, or two different ones for an allocation.
///
/// Not an array: the verifier works out these for every money entry it replays.
struct AccountDeltas {
  let first: AccountChange
  var second: AccountChange?
}

extension LedgerState {
  /// Checks every affected account first, then writes them all, so a violation changes
  /// nothing.
  mutating func applyEffects(of action: Action, sign: Int64) throws(RuleViolation) {
    guard let deltas = try Self.deltas(of: action) else { return }
    let first = try update(deltas.first, sign: sign)
    guard let change = deltas.second else {
      if let index = first.index {
        accounts.values[index] = first.totals
      } else {
        accounts[first.key] = first.totals
      }
      return
    }
    let second = try update(change, sign: sign)
    // Existing accounts by the positions found above, before an insertion moves them.
    if let index = first.index { accounts.values[index] = first.totals }
    if let index = second.index { accounts.values[index] = second.totals }
    if first.index == nil { accounts[first.key] = first.totals }
    if second.index == nil { accounts[second.key] = second.totals }
  }

  /// An account's totals after a change, and where the account is (nil: a new one).
  private struct AccountUpdate {
    let index: [AccountKey: AccountTotals].Index?
    let key: AccountKey
    let totals: AccountTotals
  }

  /// The account's totals after `change`, or the rule the change breaks.
  private func update(_ change: AccountChange, sign: Int64) throws(RuleViolation) -> AccountUpdate {
    let key = change.key
    // An account exists only once its union and program are registered (neither can be
    // removed), so only a new account needs those two lookups.
    let index = accounts.index(forKey: key)
    let current: AccountTotals
    if let index {
      current = accounts.values[index]
    } else {
      guard unions[key.union] != nil else { throw .unknownUnion(key.union) }
      guard programs[key.program] != nil else { throw .unknownProgram(key.program) }
      current = AccountTotals()
    }
    let next = try Self.adding(change.delta, sign: sign, to: current, key)
    guard next.balance.fen >= 0 else {
      throw .balanceWouldGoNegative(
        union: key.union, program: key.program, balance: current.balance,
        amount: Money(fen: current.balance.fen &- next.balance.fen))
    }
    assert(next.isConsistent, "balance must equal inflows minus outflows")
    return AccountUpdate(index: index, key: key, totals: next)
  }

  private static func adding(
    _ delta: AccountDelta, sign: Int64, to totals: AccountTotals, _ key: AccountKey
  ) throws(RuleViolation) -> AccountTotals {
    func add(_ value: Money, _ change: Int64) throws(RuleViolation) -> Money {
      let (result, overflow) = value.fen.addingReportingOverflow(change * sign)
      guard !overflow else { throw .amountOverflow(union: key.union, program: key.program) }
      return Money(fen: result)
    }
    var next = totals
    next.received = try add(totals.received, delta.received)
    next.allocatedIn = try add(totals.allocatedIn, delta.allocatedIn)
    next.allocatedOut = try add(totals.allocatedOut, delta.allocatedOut)
    next.refunded = try add(totals.refunded, delta.refunded)
    next.subsidized = try add(totals.subsidized, delta.subsidized)
    next.disbursed = try add(totals.disbursed, delta.disbursed)
    next.committed = try add(totals.committed, delta.committed)
    next.committedPaid = try add(totals.committedPaid, delta.committedPaid)
    let inflow = delta.received + delta.allocatedIn
    let outflow = delta.allocatedOut + delta.refunded + delta.subsidized + delta.disbursed
    next.balance = try add(totals.balance, inflow - outflow)
    guard let reached = totals.beneficiaries.adding(delta.beneficiaries, sign: sign) else {
      throw .amountOverflow(union: key.union, program: key.program)
    }
    next.beneficiaries = reached
    return next
  }

  /// What a payment adds to its account's paid-against-commitments total.
  private static func paid(_ commitment: Int64?, _ amount: Money) -> Int64 {
    commitment == nil ? 0 : amount.fen
  }

  /// The accounts an action touches and how.
  ///
  /// Amounts are positive and bounded by the input checks, so the sums here cannot overflow.
  static func deltas(of action: Action) throws(RuleViolation) -> AccountDeltas? {
    switch action {
    case .genesis, .union, .program, .reversal, .key, .keyRevocation, .close, .reviewThreshold,
      .goodsReceipt, .goodsDistribution, .goodsAllocation:
      return nil
    case .receipt(let receipt):
      return AccountDeltas(
        first: AccountChange(
          key: AccountKey(union: receipt.union, program: receipt.program),
          delta: AccountDelta(received: receipt.amount.fen)))
    case .allocation(let allocation):
      guard allocation.union != allocation.to else {
        throw .allocationToSameUnion(allocation.union)
      }
      return AccountDeltas(
        first: AccountChange(
          key: AccountKey(union: allocation.union, program: allocation.program),
          delta: AccountDelta(allocatedOut: allocation.amount.fen)),
        second: AccountChange(
          key: AccountKey(union: allocation.to, program: allocation.program),
          delta: AccountDelta(allocatedIn: allocation.amount.fen)))
    case .refund(let refund):
      return AccountDeltas(
        first: AccountChange(
          key: AccountKey(union: refund.union, program: refund.program),
          delta: AccountDelta(
            refunded: refund.amount.fen, committedPaid: paid(refund.commitment, refund.amount))))
    case .subsidy(let subsidy):
      return AccountDeltas(
        first: AccountChange(
          key: AccountKey(union: subsidy.union, program: subsidy.program),
          delta: AccountDelta(
            subsidized: subsidy.amount.fen, beneficiaries: subsidy.beneficiaries,
            committedPaid: paid(subsidy.commitment, subsidy.amount))))
    case .disbursement(let disbursement):
      return AccountDeltas(
        first: AccountChange(
          key: AccountKey(union: disbursement.union, program: disbursement.program),
          delta: AccountDelta(
            disbursed: disbursement.amount.fen, beneficiaries: disbursement.beneficiaries,
            committedPaid: paid(disbursement.commitment, disbursement.amount))))
    case .commitment(let commitment):
      return AccountDeltas(
        first: AccountChange(
          key: AccountKey(union: commitment.union, program: commitment.program),
          delta: AccountDelta(committed: commitment.amount.fen)))
    }
  }
}
