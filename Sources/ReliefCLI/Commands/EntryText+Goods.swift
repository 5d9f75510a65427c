import ReliefLedger

extension EntryText {
  /// The union, program and details of a goods entry: the amount column stays empty, since
  /// goods move no money (a valuation is a detail).
  static func goodsCells(_ action: Action) -> (union: String, program: String, details: [String]) {
    switch action {
    case .goodsReceipt(let receipt):
      var details = ["goods received: " + lotText(receipt.goods)]
      if let giver = receipt.counterparty { details.append("from \(giver)") }
      if let id = receipt.counterpartyID { details.append(id) }
      return (receipt.union, receipt.program, details)
    case .goodsDistribution(let distribution):
      var details = ["goods distributed: " + lotText(distribution.goods)]
      if let recipient = distribution.counterparty { details.append("to \(recipient)") }
      if let id = distribution.counterpartyID { details.append(id) }
      if let reached = distribution.beneficiaries { details.append(reached.description) }
      return (distribution.union, distribution.program, details)
    case .goodsAllocation(let allocation):
      return (
        "\(allocation.union) → \(allocation.to)", allocation.program,
        ["goods allocated: " + lotText(allocation.goods)]
      )
    case .genesis, .union, .program, .receipt, .allocation, .refund, .subsidy, .disbursement,
      .commitment, .reversal, .key, .keyRevocation, .close, .reviewThreshold:
      return ("", "", [])
    }
  }

  /// `口罩 2,000 个 (valued 10,000.00 yuan)`.
  private static func lotText(_ goods: GoodsLot) -> String {
    let value = goods.value.map { " (valued \($0.groupedYuanString) yuan)" } ?? ""
    return "\(goods.item) \(goods.quantityText)\(value)"
  }
}
