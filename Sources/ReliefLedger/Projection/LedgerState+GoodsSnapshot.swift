/// The stocks of goods in a projection snapshot, after everything else (snapshot version 6).
extension LedgerState {
  /// The stocks in a fixed order, so equal states write equal bytes.
  var sortedGoods: [(key: GoodsKey, totals: GoodsTotals)] {
    goods.map { ($0.key, $0.value) }.sorted { lhs, rhs in
      (lhs.key.union, lhs.key.program, lhs.key.item, lhs.key.unit.rawValue)
        < (rhs.key.union, rhs.key.program, rhs.key.item, rhs.key.unit.rawValue)
    }
  }

  func writeGoods(to writer: inout SnapshotWriter) {
    let stocks = sortedGoods
    writer.count(stocks.count)
    for (key, totals) in stocks {
      writer.string(key.union)
      writer.string(key.program)
      writer.string(key.item)
      writer.string(key.unit.rawValue)
      for value in [
        totals.receivedQuantity, totals.allocatedInQuantity, totals.allocatedOutQuantity,
        totals.distributedQuantity, totals.inStockQuantity, totals.receivedValue.fen,
      ] {
        writer.int64(value)
      }
    }
  }

  mutating func readGoods(from reader: inout SnapshotReader) throws(SnapshotFormatError) {
    for _ in 0..<(try reader.count()) {
      let union = try reader.string()
      let program = try reader.string()
      let item = try reader.string()
      let unitText = try reader.string()
      guard let unit = GoodsUnit(rawValue: unitText) else {
        throw SnapshotFormatError(reason: "a goods unit '\(unitText)'")
      }
      var totals = GoodsTotals()
      totals.receivedQuantity = try reader.int64()
      totals.allocatedInQuantity = try reader.int64()
      totals.allocatedOutQuantity = try reader.int64()
      totals.distributedQuantity = try reader.int64()
      totals.inStockQuantity = try reader.int64()
      totals.receivedValue = Money(fen: try reader.int64())
      guard totals.isConsistent, totals.inStockQuantity >= 0 else {
        throw SnapshotFormatError(reason: "stock \(union)/\(program)/\(item) does not add up")
      }
      goods[GoodsKey(union: union, program: program, item: item, unit: unit)] = totals
    }
  }
}
