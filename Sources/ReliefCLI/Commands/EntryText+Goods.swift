import ReliefLedger
import ReliefText

extension EntryText {
  /// The union, program and details of a goods entry: the amount column stays empty, since
  /// goods move no money (a valuation is a detail).
  static func goodsCells(_ action: Action) -> (union: String, program: String, details: [String]) {
    switch action {
    case .goodsReceipt(let receipt):
      var details = [Text.current(.goodsReceived, ["lot": lotText(receipt.goods)])]
      if let giver = receipt.counterparty { details.append(Text.current(.logFrom, ["who": giver])) }
      if let id = receipt.counterpartyID { details.append(id) }
      return (receipt.union, receipt.program, details)
    case .goodsDistribution(let distribution):
      var details = [Text.current(.goodsDistributed, ["lot": lotText(distribution.goods)])]
      if let recipient = distribution.counterparty {
        details.append(Text.current(.logTo, ["who": recipient]))
      }
      if let id = distribution.counterpartyID { details.append(id) }
      if let reached = distribution.beneficiaries { details.append(reached.description) }
      return (distribution.union, distribution.program, details)
    case .goodsAllocation(let allocation):
      return (
        "\(allocation.union) → \(allocation.to)", allocation.program,
        [Text.current(.goodsAllocated, ["lot": lotText(allocation.goods)])]
      )
    case .genesis, .union, .program, .receipt, .allocation, .refund, .subsidy, .disbursement,
      .commitment, .reversal, .key, .keyRevocation, .close, .reviewThreshold:
      return ("", "", [])
    }
  }

  /// `口罩 2,000 个 (valued 10,000.00 yuan)`.
  private static func lotText(_ goods: GoodsLot) -> String {
    let lot = "\(goods.item) \(goods.quantityText)"
    guard let value = goods.value else { return lot }
    return Text.current(.goodsValued, ["lot": lot, "amount": value.groupedYuanString])
  }
}
