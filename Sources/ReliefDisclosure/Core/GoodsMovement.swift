import ReliefLedger

/// What a goods entry does, in the terms the exports and the site share.
public enum GoodsFlow: String, CaseIterable, Sendable {
  /// Goods received into a union's stock.
  case receipt
  /// Goods handed out of a union's stock.
  case distribution
  /// Goods moved from one union's stock to another's.
  case allocation
}

/// A goods entry reduced to its flow, stock and quantity.
///
/// It moves no money.
/// A reversal is the movement of its original with `sign` −1.
public struct GoodsMovement: Equatable, Sendable {
  /// What kind of flow it is.
  public var flow: GoodsFlow
  /// The acting union: the receiving union of a receipt, the giving union otherwise.
  public var union: String
  /// The receiving union of an allocation.
  public var to: String?
  /// The program (fund) the goods belong to.
  public var program: String
  /// The item, quantity (always positive), unit and valuation.
  public var goods: GoodsLot
  /// 1 for an entry, −1 for the reversal of one.
  public var sign: Int64 = 1
  /// The giver of a receipt or the recipient of a distribution, if recorded.
  public var counterparty: String?
  /// Who a distribution reached, if recorded.
  public var beneficiaries: Beneficiaries?

  /// The quantity with the sign applied.
  public var signedQuantity: Int64 { goods.quantity &* sign }

  /// The movement of a goods action, or nil for any other action.
  public static func of(_ action: Action) -> GoodsMovement? {
    switch action {
    case .goodsReceipt(let value):
      return GoodsMovement(
        flow: .receipt, union: value.union, program: value.program, goods: value.goods,
        counterparty: value.counterparty)
    case .goodsDistribution(let value):
      return GoodsMovement(
        flow: .distribution, union: value.union, program: value.program, goods: value.goods,
        counterparty: value.counterparty, beneficiaries: value.beneficiaries)
    case .goodsAllocation(let value):
      return GoodsMovement(
        flow: .allocation, union: value.union, to: value.to, program: value.program,
        goods: value.goods)
    case .genesis, .union, .program, .receipt, .allocation, .refund, .subsidy, .disbursement,
      .commitment, .reversal, .key, .keyRevocation, .close, .reviewThreshold:
      return nil
    }
  }
}
