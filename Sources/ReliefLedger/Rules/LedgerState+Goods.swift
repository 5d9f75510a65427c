/// How one goods entry changes one stock; negated by a reversal.
private struct GoodsDelta {
  var received: Int64 = 0
  var allocatedIn: Int64 = 0
  var allocatedOut: Int64 = 0
  var distributed: Int64 = 0
  var value: Int64 = 0
}

/// The rules of goods in kind (docs/FORMAT.md, "The rules"): no union's stock of an item in
/// a unit in a program may go below zero, at any point; goods never change a money balance.
extension LedgerState {
  /// The stock of `key` (zero if nothing happened to it).
  public func stock(_ key: GoodsKey) -> GoodsTotals { goods[key] ?? GoodsTotals() }

  /// Applies a goods action (`sign` 1) or its reversal (−1).
  ///
  /// Checks every stock it touches first, then writes them all, so a violation changes
  /// nothing. Other actions: no change.
  mutating func applyGoods(of action: Action, sign: Int64) throws(RuleViolation) {
    let deltas = try Self.goodsDeltas(of: action)
    var updated: [(GoodsKey, GoodsTotals)] = []
    for (key, delta) in deltas {
      guard unions[key.union] != nil else { throw .unknownUnion(key.union) }
      guard programs[key.program] != nil else { throw .unknownProgram(key.program) }
      let current = stock(key)
      let next = try Self.adding(delta, sign: sign, to: current, key)
      guard next.inStockQuantity >= 0 else {
        throw .stockWouldGoNegative(
          key, inStock: current.inStockQuantity,
          quantity: current.inStockQuantity &- next.inStockQuantity)
      }
      updated.append((key, next))
    }
    for (key, totals) in updated {
      assert(totals.isConsistent, "stock must equal inflows minus outflows")
      goods[key] = totals
    }
  }

  private static func adding(
    _ delta: GoodsDelta, sign: Int64, to totals: GoodsTotals, _ key: GoodsKey
  ) throws(RuleViolation) -> GoodsTotals {
    func add(_ value: Int64, _ change: Int64) throws(RuleViolation) -> Int64 {
      let (result, overflow) = value.addingReportingOverflow(change * sign)
      guard !overflow else { throw .amountOverflow(union: key.union, program: key.program) }
      return result
    }
    var next = totals
    next.receivedQuantity = try add(totals.receivedQuantity, delta.received)
    next.allocatedInQuantity = try add(totals.allocatedInQuantity, delta.allocatedIn)
    next.allocatedOutQuantity = try add(totals.allocatedOutQuantity, delta.allocatedOut)
    next.distributedQuantity = try add(totals.distributedQuantity, delta.distributed)
    let inflow = delta.received + delta.allocatedIn
    let outflow = delta.allocatedOut + delta.distributed
    next.inStockQuantity = try add(totals.inStockQuantity, inflow - outflow)
    next.receivedValue = Money(fen: try add(totals.receivedValue.fen, delta.value))
    return next
  }

  /// The stocks a goods action touches and how; none for other actions.
  ///
  /// Quantities are positive and at most `FieldRules.quantityMax`, so the sums here cannot
  /// overflow.
  private static func goodsDeltas(
    of action: Action
  ) throws(RuleViolation) -> [(GoodsKey, GoodsDelta)] {
    switch action {
    case .genesis, .union, .program, .receipt, .allocation, .refund, .subsidy, .disbursement,
      .commitment, .reversal, .key, .keyRevocation, .close, .reviewThreshold:
      return []
    case .goodsReceipt(let receipt):
      let key = GoodsKey(
        union: receipt.union, program: receipt.program, item: receipt.goods.item,
        unit: receipt.goods.unit)
      let delta = GoodsDelta(
        received: receipt.goods.quantity, value: receipt.goods.value?.fen ?? 0)
      return [(key, delta)]
    case .goodsDistribution(let distribution):
      let key = GoodsKey(
        union: distribution.union, program: distribution.program,
        item: distribution.goods.item, unit: distribution.goods.unit)
      return [(key, GoodsDelta(distributed: distribution.goods.quantity))]
    case .goodsAllocation(let allocation):
      guard allocation.union != allocation.to else {
        throw .allocationToSameUnion(allocation.union)
      }
      let (item, unit) = (allocation.goods.item, allocation.goods.unit)
      return [
        (
          GoodsKey(union: allocation.union, program: allocation.program, item: item, unit: unit),
          GoodsDelta(allocatedOut: allocation.goods.quantity)
        ),
        (
          GoodsKey(union: allocation.to, program: allocation.program, item: item, unit: unit),
          GoodsDelta(allocatedIn: allocation.goods.quantity)
        ),
      ]
    }
  }
}
