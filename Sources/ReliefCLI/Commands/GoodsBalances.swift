import ReliefLedger
import ReliefText

/// The goods part of `relief balances`: stock per union, program, item and unit.
enum GoodsBalances {
  static let quantityNames = [
    "received", "allocated_in", "allocated_out", "distributed", "in_stock",
  ]

  /// The `goods` member: one object per stock row.
  static func write(_ rows: [GoodsRow], to writer: inout JSONWriter) {
    writer.key("goods")
    writer.beginArray()
    for row in rows {
      writer.beginObject()
      writer.member("union", row.union)
      writer.member("program", row.program)
      writer.member("item", row.item)
      writer.member("unit", row.unit.rawValue)
      for (name, quantity) in zip(quantityNames, row.totals.quantities) {
        writer.member(name, quantity)
      }
      if row.totals.receivedValue.fen != 0 {
        writer.member("value_fen", row.totals.receivedValue.fen)
      }
      writer.endObject()
    }
    writer.endArray()
  }

  /// A table of the stock rows, or nothing when no goods were ever recorded.
  static func text(_ rows: [GoodsRow]) -> String {
    guard !rows.isEmpty else { return "" }
    let columns: [MessageID] = [
      .columnUnion, .columnProgram, .goodsColumnItem, .goodsColumnUnit, .goodsColumnReceived,
      .columnAllocatedIn, .columnAllocatedOut, .goodsColumnDistributed, .goodsColumnInStock,
      .goodsColumnValued,
    ]
    var table = TextTable(headers: columns.map { Text.current($0) }, rightAligned: Set(4...9))
    for row in rows {
      let value =
        row.totals.receivedValue.fen == 0 ? "" : row.totals.receivedValue.groupedYuanString
      table.rows.append(
        [row.union, row.program, row.item, row.unit.rawValue]
          + row.totals.quantities.map(Money.groupedCount) + [value])
    }
    return "\n" + table.text + Text.current(.goodsFooter) + "\n"
  }
}
