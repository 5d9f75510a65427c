/// What a reported figure is, as an entry kind of the ledger.
enum FigureKind: String, CaseIterable {
  case receipt, allocation, refund, subsidy, disbursement, commitment
  /// Goods in kind received, and handed out: they move no money.
  case goodsReceipt = "goods-receipt"
  case goodsDistribution = "goods-distribution"

  /// Whether the figure counts goods in kind rather than money.
  var isGoods: Bool { self == .goodsReceipt || self == .goodsDistribution }

  /// Whether the figure takes money out of its union's balance.
  var isOutflow: Bool { self != .receipt && self != .commitment && !isGoods }

  /// Whether the figure may pay against a commitment (`pays`).
  var isPayment: Bool { self == .refund || self == .subsidy || self == .disbursement }

  /// The kinds, for messages: `receipt, allocation, ...`.
  static let listed = allCases.map(\.rawValue).joined(separator: ", ")
}
