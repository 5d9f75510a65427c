/// What a reported figure is, as an entry kind of the ledger.
enum FigureKind: String, CaseIterable {
  case receipt, allocation, refund, subsidy, disbursement

  /// Whether the figure takes money out of its union's balance.
  var isOutflow: Bool { self != .receipt }

  /// The kinds, for messages: `receipt, allocation, ...`.
  static let listed = allCases.map(\.rawValue).joined(separator: ", ")
}
