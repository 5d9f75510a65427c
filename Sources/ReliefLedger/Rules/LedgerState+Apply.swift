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
}
