/// A commitment the ledger holds: its account, its amount and what is paid against it.
struct CommitmentRecord: Equatable, Sendable {
  let union: String
  let program: String
  let amount: Money
  /// The total of the payments naming it, net of their reversals; never above `amount`.
  var paid: Money
}

/// The rules of commitments (docs/FORMAT.md, "The rules"): a payment names a commitment of
/// its own union and program that is not reversed, and never takes the total paid against
/// it beyond its amount; a commitment is reversed only while nothing is paid against it.
extension LedgerState {
  /// What is paid against the commitment at `seq`, or nil if `seq` holds no commitment.
  public func paidAgainstCommitment(_ seq: Int64) -> Money? { commitments[seq]?.paid }

  /// Refuses a payment whose `commitment` member breaks a rule.
  func checkCommitmentPayment(_ action: Action) throws(RuleViolation) {
    guard let seq = action.commitmentSeq, let payment = Self.payment(action) else { return }
    guard let record = commitments[seq] else { throw .unknownCommitment(seq) }
    if let bySeq = reversedBy[seq] { throw .commitmentReversed(seq: seq, bySeq: bySeq) }
    let committedTo = AccountKey(union: record.union, program: record.program)
    guard committedTo == payment.key else {
      throw .commitmentAccountMismatch(seq: seq, commitment: committedTo, payment: payment.key)
    }
    // `paid` never exceeds `amount`, so the difference cannot overflow.
    guard payment.amount.fen <= record.amount.fen - record.paid.fen else {
      throw .commitmentOverpaid(
        seq: seq, amount: payment.amount, paid: record.paid, committed: record.amount)
    }
  }

  /// Refuses the reversal of a commitment that has payments against it.
  func checkCommitmentReversal(_ reversal: Reversal) throws(RuleViolation) {
    guard case .commitment = reversal.original.action,
      let record = commitments[reversal.reverses], record.paid.fen > 0
    else { return }
    throw .commitmentHasPayments(seq: reversal.reverses, paid: record.paid)
  }

  mutating func recordCommitment(_ commitment: Commitment, seq: Int64) {
    commitments[seq] = CommitmentRecord(
      union: commitment.union, program: commitment.program, amount: commitment.amount,
      paid: .zero)
  }

  /// Adds a payment (`sign` 1) or its reversal (−1) to the commitment it names.
  mutating func recordCommitmentPayment(_ action: Action, sign: Int64) {
    guard let seq = action.commitmentSeq, let payment = Self.payment(action) else { return }
    // Checked before it was applied: the sum stays within 0 and the commitment's amount.
    guard var record = commitments[seq] else { return }
    record.paid = Money(fen: record.paid.fen &+ payment.amount.fen * sign)
    commitments[seq] = record
  }

  /// The account a payment comes out of and its amount, for the kinds that may name a
  /// commitment.
  private static func payment(_ action: Action) -> (key: AccountKey, amount: Money)? {
    switch action {
    case .refund(let value):
      return (AccountKey(union: value.union, program: value.program), value.amount)
    case .subsidy(let value):
      return (AccountKey(union: value.union, program: value.program), value.amount)
    case .disbursement(let value):
      return (AccountKey(union: value.union, program: value.program), value.amount)
    case .genesis, .union, .program, .receipt, .allocation, .commitment, .reversal, .key,
      .keyRevocation, .close, .reviewThreshold, .goodsReceipt, .goodsDistribution,
      .goodsAllocation:
      return nil
    }
  }
}
