/// One row of the stock report: a union's stock of one item in one unit in one program.
public struct GoodsRow: Equatable, Sendable {
  /// The union's id.
  public let union: String
  /// The program's id.
  public let program: String
  /// The item.
  public let item: String
  /// The unit every quantity of the row counts.
  public let unit: GoodsUnit
  /// The stock's totals (summed over the union's subtree when asked for).
  public let totals: GoodsTotals
}

/// Stock per union, program, item and unit.
///
/// Unions and programs in registration order, items and units in code-point order.
/// Quantities in different units are never added.
public enum GoodsReport {
  /// One row per stock that has seen any goods entry; with `subtree`, each union's row sums
  /// the stocks of the union and all unions below it.
  public static func rows(_ state: LedgerState, subtree: Bool) -> [GoodsRow] {
    let children = BalanceReport.childrenByUnion(state)
    let items = Set(state.goods.keys.map { GoodsItem(item: $0.item, unit: $0.unit) }).sorted()
    var rows: [GoodsRow] = []
    for union in state.unionOrder {
      let members =
        subtree ? BalanceReport.subtreeMembers(of: union, children: children) : [union]
      for program in state.programOrder {
        for goods in items {
          var sum = GoodsTotals()
          var seen = false
          for member in members {
            let key = GoodsKey(union: member, program: program, item: goods.item, unit: goods.unit)
            guard let totals = state.goods[key] else { continue }
            seen = true
            sum = sum.adding(totals)
          }
          if seen {
            rows.append(
              GoodsRow(
                union: union, program: program, item: goods.item, unit: goods.unit, totals: sum))
          }
        }
      }
    }
    return rows
  }
}

/// An item in a unit, ordered by code points.
private struct GoodsItem: Hashable, Comparable {
  let item: String
  let unit: GoodsUnit

  static func < (lhs: GoodsItem, rhs: GoodsItem) -> Bool {
    (lhs.item, lhs.unit.rawValue) < (rhs.item, rhs.unit.rawValue)
  }
}

extension GoodsTotals {
  /// Field-wise sum, wrapping, for reports that add stocks up (each stock's totals are
  /// overflow-checked when entries are applied).
  public func adding(_ other: GoodsTotals) -> GoodsTotals {
    var total = GoodsTotals()
    total.receivedQuantity = receivedQuantity &+ other.receivedQuantity
    total.allocatedInQuantity = allocatedInQuantity &+ other.allocatedInQuantity
    total.allocatedOutQuantity = allocatedOutQuantity &+ other.allocatedOutQuantity
    total.distributedQuantity = distributedQuantity &+ other.distributedQuantity
    total.inStockQuantity = inStockQuantity &+ other.inStockQuantity
    total.receivedValue = Money(fen: receivedValue.fen &+ other.receivedValue.fen)
    return total
  }

  /// The quantities in report order: received, allocated in, allocated out, distributed,
  /// in stock.
  public var quantities: [Int64] {
    [
      receivedQuantity, allocatedInQuantity, allocatedOutQuantity, distributedQuantity,
      inStockQuantity,
    ]
  }
}
