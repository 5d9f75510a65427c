/// China Standard Time, in which business dates are compared with append times.
let chinaUTCOffsetSeconds = BusinessDate.chinaStandardTimeOffsetSeconds

/// How one entry changes one account; negated by a reversal.
struct AccountDelta {
  var received: Int64 = 0
  var allocatedIn: Int64 = 0
  var allocatedOut: Int64 = 0
  var refunded: Int64 = 0
  var subsidized: Int64 = 0
  var disbursed: Int64 = 0
  var beneficiaries: Beneficiaries?
  var committed: Int64 = 0
  var committedPaid: Int64 = 0
}

extension LedgerState {
  /// Applies `entry`, appended as line `seq` at `timeMillis`, or throws the first rule it
  /// breaks and leaves the state unchanged.
  public mutating func apply(
    _ entry: Entry, seq: Int64, timeMillis: Int64
  ) throws(RuleViolation) {
    assert(seq > lastSeq, "entries are applied in journal order")
    precondition(!refundsOmitted.omitted, "a state loaded without its refunds is read-only")
    if case .genesis(let genesis) = entry.action {
      guard entryCount == 0, seq == 0 else { throw .genesisNotFirst }
      // The genesis's date obeys the same rule as every entry's (docs/FORMAT.md).
      try Self.checkDate(of: entry, timeMillis: timeMillis)
      origin = genesis.origin
      try registerKey(KeyRegistration(key: genesis.adminKey, role: .admin), seq: seq)
      finish(entry, seq: seq)
      return
    }
    guard entryCount > 0 else { throw .genesisMissing }
    try Self.checkDate(of: entry, timeMillis: timeMillis)
    try checkPeriodOpen(entry.date)
    if tracksRequestIDs, let requestID = entry.requestID, let existing = requestIDs[requestID] {
      throw .requestIDAlreadyUsed(requestID, seq: existing)
    }
    switch entry.action {
    case .genesis:
      preconditionFailure("handled above")
    case .union(let union):
      guard unions[union.id] == nil else { throw .unionAlreadyRegistered(union.id) }
      if let parent = union.parent, unions[parent] == nil { throw .unknownUnion(parent) }
      unions[union.id] = UnionInfo(id: union.id, name: union.name, parent: union.parent, seq: seq)
      unionOrder.append(union.id)
    case .program(let program):
      guard programs[program.id] == nil else { throw .programAlreadyRegistered(program.id) }
      programs[program.id] = ProgramInfo(id: program.id, name: program.name, seq: seq)
      programOrder.append(program.id)
    case .receipt, .allocation, .refund, .subsidy, .disbursement:
      try checkRefundRules(entry.action, seq: seq)
      try checkCommitmentPayment(entry.action)
      try applyEffects(of: entry.action, sign: 1)
      recordRefund(entry.action, seq: seq)
      recordCommitmentPayment(entry.action, sign: 1)
    case .commitment(let commitment):
      try applyEffects(of: entry.action, sign: 1)
      recordCommitment(commitment, seq: seq)
    case .goodsReceipt, .goodsDistribution, .goodsAllocation:
      try applyGoods(of: entry.action, sign: 1)
    case .key(let registration):
      try registerKey(registration, seq: seq)
    case .keyRevocation(let revocation):
      try revokeKey(revocation, seq: seq)
    case .close(let close):
      try closePeriod(close, date: entry.date)
    case .reviewThreshold(let threshold):
      try setReviewThreshold(threshold)
    case .reversal(let reversal):
      try checkReversal(reversal, seq: seq)
      // A reversal's original moves money or goods, never both: one of these two is a no-op.
      try applyEffects(of: reversal.original.action, sign: -1)
      try applyGoods(of: reversal.original.action, sign: -1)
      reversedBy[reversal.reverses] = seq
      if checksRefundOverlaps, case .refund(let refund) = reversal.original.action {
        precondition(hasRefundsLoaded(refund.code), "load the refunds an entry names first")
        refunds[refund.code]?.removeAll { $0.seq == reversal.reverses }
      }
      recordCommitmentPayment(reversal.original.action, sign: -1)
    }
    finish(entry, seq: seq)
  }

  /// The append time is within the years 1900-9999 and the entry's date is not after
  /// its calendar date in China Standard Time.
  private static func checkDate(of entry: Entry, timeMillis: Int64) throws(RuleViolation) {
    guard
      let appendDate = BusinessDate(unixMillis: timeMillis, utcOffsetSeconds: chinaUTCOffsetSeconds)
    else { throw .appendTimeOutOfRange(timeMillis) }
    guard entry.date <= appendDate else {
      throw .dateInFuture(date: entry.date, appendDate: appendDate)
    }
  }

  private mutating func finish(_ entry: Entry, seq: Int64) {
    if tracksRequestIDs, let requestID = entry.requestID { requestIDs[requestID] = seq }
    entryCount += 1
    lastSeq = seq
  }

  private mutating func checkRefundRules(_ action: Action, seq: Int64) throws(RuleViolation) {
    guard case .refund(let refund) = action else { return }
    precondition(hasRefundsLoaded(refund.code), "load the refunds an entry names first")
    guard refund.amount <= refund.duesPaid else {
      throw .refundExceedsDuesPaid(amount: refund.amount, duesPaid: refund.duesPaid)
    }
    guard checksRefundOverlaps else {
      refundAtOverlapCheck = (refund.code, refund.period)
      return
    }
    for record in refunds[refund.code] ?? [] where record.period.overlaps(refund.period) {
      throw .refundPeriodOverlaps(
        code: refund.code.description, period: refund.period.description,
        existingSeq: record.seq, existingPeriod: record.period.description)
    }
  }

  private mutating func recordRefund(_ action: Action, seq: Int64) {
    guard checksRefundOverlaps, case .refund(let refund) = action else { return }
    refunds[refund.code, default: []].append(RefundRecord(seq: seq, period: refund.period))
  }

  private func checkReversal(_ reversal: Reversal, seq: Int64) throws(RuleViolation) {
    guard reversal.reverses < seq else {
      throw .reversalOfUnknownEntry(reversal.reverses)
    }
    switch reversal.original.action {
    case .receipt, .allocation, .refund, .subsidy, .disbursement, .commitment, .goodsReceipt,
      .goodsDistribution, .goodsAllocation:
      break
    case .genesis, .union, .program, .reversal, .key, .keyRevocation, .close, .reviewThreshold:
      throw .reversalOfNonReversible(seq: reversal.reverses, kind: reversal.original.kind)
    }
    if let bySeq = reversedBy[reversal.reverses] {
      throw .alreadyReversed(seq: reversal.reverses, bySeq: bySeq)
    }
    try checkCommitmentReversal(reversal)
  }

  /// Checks every affected account first, then writes them all, so a violation changes
  /// nothing.
  private mutating func applyEffects(of action: Action, sign: Int64) throws(RuleViolation) {
    let deltas = try Self.deltas(of: action)
    typealias Update = (
      index: [AccountKey: AccountTotals].Index?, key: AccountKey, totals: AccountTotals
    )
    var updates: [Update] = []
    updates.reserveCapacity(deltas.count)
    for (key, delta) in deltas {
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
      let next = try Self.adding(delta, sign: sign, to: current, key)
      guard next.balance.fen >= 0 else {
        throw .balanceWouldGoNegative(
          union: key.union, program: key.program, balance: current.balance,
          amount: Money(fen: current.balance.fen &- next.balance.fen))
      }
      updates.append((index, key, next))
    }
    // Existing accounts by the positions found above, before any insertion moves them.
    for update in updates {
      assert(update.totals.isConsistent, "balance must equal inflows minus outflows")
      if let index = update.index { accounts.values[index] = update.totals }
    }
    for update in updates where update.index == nil { accounts[update.key] = update.totals }
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
  private static func deltas(of action: Action) throws(RuleViolation) -> [(
    AccountKey, AccountDelta
  )] {
    switch action {
    case .genesis, .union, .program, .reversal, .key, .keyRevocation, .close, .reviewThreshold,
      .goodsReceipt, .goodsDistribution, .goodsAllocation:
      return []
    case .receipt(let receipt):
      return [
        (
          AccountKey(union: receipt.union, program: receipt.program),
          AccountDelta(received: receipt.amount.fen)
        )
      ]
    case .allocation(let allocation):
      guard allocation.union != allocation.to else {
        throw .allocationToSameUnion(allocation.union)
      }
      return [
        (
          AccountKey(union: allocation.union, program: allocation.program),
          AccountDelta(allocatedOut: allocation.amount.fen)
        ),
        (
          AccountKey(union: allocation.to, program: allocation.program),
          AccountDelta(allocatedIn: allocation.amount.fen)
        ),
      ]
    case .refund(let refund):
      return [
        (
          AccountKey(union: refund.union, program: refund.program),
          AccountDelta(
            refunded: refund.amount.fen, committedPaid: paid(refund.commitment, refund.amount))
        )
      ]
    case .subsidy(let subsidy):
      return [
        (
          AccountKey(union: subsidy.union, program: subsidy.program),
          AccountDelta(
            subsidized: subsidy.amount.fen, beneficiaries: subsidy.beneficiaries,
            committedPaid: paid(subsidy.commitment, subsidy.amount))
        )
      ]
    case .disbursement(let disbursement):
      return [
        (
          AccountKey(union: disbursement.union, program: disbursement.program),
          AccountDelta(
            disbursed: disbursement.amount.fen, beneficiaries: disbursement.beneficiaries,
            committedPaid: paid(disbursement.commitment, disbursement.amount))
        )
      ]
    case .commitment(let commitment):
      return [
        (
          AccountKey(union: commitment.union, program: commitment.program),
          AccountDelta(committed: commitment.amount.fen)
        )
      ]
    }
  }
}
