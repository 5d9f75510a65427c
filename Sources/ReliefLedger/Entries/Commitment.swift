/// What a union decided or pledged to pay out of a program.
///
/// An amount for a purpose, optionally over a period. It moves no money; payments name it
/// by its seq.
public struct Commitment: Equatable, Sendable {
  /// The id of the union that decided or pledged.
  public var union: String
  /// The id of the program the money is to come from.
  public var program: String
  /// The amount committed; payments against it may not exceed it in total.
  public var amount: Money
  /// What the money is for, in words.
  public var purpose: String
  /// The months the commitment covers, if stated.
  public var period: MonthPeriod?
  /// Who it is to reach (a target), if stated.
  public var beneficiaries: Beneficiaries?

  /// Creates a commitment of `amount` out of `union`'s account in `program` for `purpose`.
  public init(
    union: String, program: String, amount: Money, purpose: String, period: MonthPeriod? = nil,
    beneficiaries: Beneficiaries? = nil
  ) {
    self.union = union
    self.program = program
    self.amount = amount
    self.purpose = purpose
    self.period = period
    self.beneficiaries = beneficiaries
  }
}

extension Action {
  /// The commitment a payment names, if it names one.
  public var commitmentSeq: Int64? {
    switch self {
    case .refund(let refund): return refund.commitment
    case .subsidy(let subsidy): return subsidy.commitment
    case .disbursement(let disbursement): return disbursement.commitment
    case .genesis, .union, .program, .receipt, .allocation, .commitment, .reversal, .key,
      .keyRevocation, .close, .reviewThreshold, .goodsReceipt, .goodsDistribution,
      .goodsAllocation:
      return nil
    }
  }

  /// The same action naming commitment `seq`, for the kinds that may pay against one
  /// (refund, subsidy, disbursement); nil for other kinds.
  public func paying(commitment seq: Int64) -> Action? {
    switch self {
    case .refund(var refund):
      refund.commitment = seq
      return .refund(refund)
    case .subsidy(var subsidy):
      subsidy.commitment = seq
      return .subsidy(subsidy)
    case .disbursement(var disbursement):
      disbursement.commitment = seq
      return .disbursement(disbursement)
    case .genesis, .union, .program, .receipt, .allocation, .commitment, .reversal, .key,
      .keyRevocation, .close, .reviewThreshold, .goodsReceipt, .goodsDistribution,
      .goodsAllocation:
      return nil
    }
  }
}
