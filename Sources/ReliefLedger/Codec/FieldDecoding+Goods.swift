import ReliefLog
import ReliefText

/// Members of the goods kinds (format version 2): `item`, `quantity`, `unit`, and the
/// optional `value_fen`, after the account members; then a receipt's or distribution's
/// `counterparty` and `counterparty_id`.
extension FieldDecoding {
  static func goodsReceipt(_ cursor: inout MemberCursor) throws(EntryDecodeError) -> GoodsReceipt {
    let (union, program) = try goodsAccount(&cursor)
    let goods = try goodsLot(&cursor)
    let (name, id) = try counterparty(&cursor)
    return GoodsReceipt(
      union: union, program: program, goods: goods, counterparty: name, counterpartyID: id)
  }

  static func goodsDistribution(
    _ cursor: inout MemberCursor
  ) throws(EntryDecodeError) -> GoodsDistribution {
    let (union, program) = try goodsAccount(&cursor)
    let goods = try goodsLot(&cursor)
    let reached = try beneficiaries(&cursor, headcountMinimum: nil)
    let (name, id) = try counterparty(&cursor)
    return GoodsDistribution(
      union: union, program: program, goods: goods, beneficiaries: reached, counterparty: name,
      counterpartyID: id)
  }

  static func goodsAllocation(
    _ cursor: inout MemberCursor
  ) throws(EntryDecodeError) -> GoodsAllocation {
    let union = try identifier("union", try cursor.string("union"))
    let to = try identifier("to", try cursor.string("to"))
    let program = try identifier("program", try cursor.string("program"))
    return GoodsAllocation(union: union, to: to, program: program, goods: try goodsLot(&cursor))
  }

  private static func goodsAccount(
    _ cursor: inout MemberCursor
  ) throws(EntryDecodeError) -> (String, String) {
    let union = try identifier("union", try cursor.string("union"))
    return (union, try identifier("program", try cursor.string("program")))
  }

  private static func goodsLot(_ cursor: inout MemberCursor) throws(EntryDecodeError) -> GoodsLot {
    let item = try cursor.string("item")
    try check("item", FieldRules.checkItem(item))
    let quantity = try cursor.integer("quantity")
    try check("quantity", FieldRules.checkQuantity(quantity))
    let unitText = try cursor.string("unit")
    guard let unit = GoodsUnit(rawValue: unitText) else {
      throw EntryDecodeError(
        member: "unit",
        reason: Text.current(.notOneOf, ["value": unitText, "known": GoodsUnit.listed]))
    }
    let value = try cursor.optionalInteger("value_fen").map { (fen) throws(EntryDecodeError) in
      try positiveMoney("value_fen", fen)
    }
    return GoodsLot(item: item, quantity: quantity, unit: unit, value: value)
  }
}
