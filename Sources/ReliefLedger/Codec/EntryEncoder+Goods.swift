import ReliefLog

/// The members of the goods kinds (docs/FORMAT.md, "Entry kinds"), after `date`.
extension EntryEncoder {
  static func appendGoods<Sink: EntryMemberSink>(_ object: inout Sink, _ action: Action) {
    switch action {
    case .goodsReceipt(let receipt):
      object.append("union", .string(receipt.union))
      object.append("program", .string(receipt.program))
      appendLot(&object, receipt.goods)
      appendOptional(&object, "counterparty", receipt.counterparty)
      appendOptional(&object, "counterparty_id", receipt.counterpartyID)
    case .goodsDistribution(let distribution):
      object.append("union", .string(distribution.union))
      object.append("program", .string(distribution.program))
      appendLot(&object, distribution.goods)
      appendBeneficiaries(&object, distribution.beneficiaries)
      appendOptional(&object, "counterparty", distribution.counterparty)
      appendOptional(&object, "counterparty_id", distribution.counterpartyID)
    case .goodsAllocation(let allocation):
      object.append("union", .string(allocation.union))
      object.append("to", .string(allocation.to))
      object.append("program", .string(allocation.program))
      appendLot(&object, allocation.goods)
    case .genesis, .union, .program, .receipt, .allocation, .refund, .subsidy, .disbursement,
      .commitment, .reversal, .key, .keyRevocation, .close, .reviewThreshold:
      preconditionFailure("only goods actions have goods members")
    }
  }

  private static func appendLot<Sink: EntryMemberSink>(_ object: inout Sink, _ goods: GoodsLot) {
    object.append("item", .string(goods.item))
    object.append("quantity", .integer(goods.quantity))
    object.append("unit", .string(goods.unit.rawValue))
    appendOptional(&object, "value_fen", goods.value?.fen)
  }
}
