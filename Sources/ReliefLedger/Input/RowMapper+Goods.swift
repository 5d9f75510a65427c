import ReliefText

/// The goods kinds: an account, then `item`, `quantity`, `unit` and an optional `value`.
extension RowMapper {
  mutating func goods(_ kind: EntryKind) -> Action? {
    let union = identifier("union")
    let to = kind == .goodsAllocation ? identifier("to") : nil
    let program = identifier("program")
    let lot = goodsLot()
    let (counterparty, counterpartyID) = counterpartyFields()
    let reached = kind == .goodsDistribution ? beneficiaryFields(headcountMinimum: nil) : .some(nil)
    guard let union, let program, let lot, let reached else { return nil }
    switch kind {
    case .goodsReceipt:
      return .goodsReceipt(
        GoodsReceipt(
          union: union, program: program, goods: lot, counterparty: counterparty,
          counterpartyID: counterpartyID))
    case .goodsDistribution:
      return .goodsDistribution(
        GoodsDistribution(
          union: union, program: program, goods: lot, beneficiaries: reached,
          counterparty: counterparty, counterpartyID: counterpartyID))
    case .goodsAllocation:
      guard let to else { return nil }
      return .goodsAllocation(GoodsAllocation(union: union, to: to, program: program, goods: lot))
    case .genesis, .union, .program, .receipt, .allocation, .refund, .subsidy, .disbursement,
      .commitment, .reversal, .key, .keyRevoke, .close, .reviewThreshold:
      return nil
    }
  }

  /// The goods a row names, or nil with a problem for each field that is wrong.
  private mutating func goodsLot() -> GoodsLot? {
    let item = text("item", FieldRules.checkItem)
    let quantity = goodsQuantity()
    let unit = parse("unit") { (text: String) throws in
      guard let unit = GoodsUnit(rawValue: text) else {
        throw FieldProblem(
          field: nil, reason: Text.current(.notOneOf, ["value": text, "known": GoodsUnit.listed]))
      }
      return unit
    }
    let value = fields["value"] == nil ? nil : money("value")
    guard let item, let quantity, let unit else { return nil }
    if fields["value"] != nil && value == nil { return nil }
    return GoodsLot(item: item, quantity: quantity, unit: unit, value: value)
  }

  /// `quantity`: a whole number from 1 to `FieldRules.quantityMax`, digits only (no
  /// separators, no decimals: a fraction of a unit is written in a smaller unit).
  private mutating func goodsQuantity() -> Int64? {
    guard let value = count("quantity", minimum: 1) else { return nil }
    if let problem = FieldRules.checkQuantity(value) {
      problems.append(FieldProblem(field: "quantity", reason: problem))
      return nil
    }
    return value
  }
}
