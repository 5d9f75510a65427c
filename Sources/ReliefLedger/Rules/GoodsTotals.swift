/// A union's stock of one item in one unit in one program: the unit that may not go
/// below zero.
public struct GoodsKey: Hashable, Sendable {
  /// The union's id.
  public let union: String
  /// The program's id.
  public let program: String
  /// The item, as entries name it (exact text: 口罩 and 医用口罩 are different items).
  public let item: String
  /// The unit the quantities count.
  public let unit: GoodsUnit

  /// Creates the key of `union`'s stock of `item` in `unit` in `program`.
  public init(union: String, program: String, item: String, unit: GoodsUnit) {
    self.union = union
    self.program = program
    self.item = item
    self.unit = unit
  }
}

/// One stock's totals, net of reversals: quantities in the key's unit.
public struct GoodsTotals: Equatable, Sendable {
  /// Received by goods receipts.
  public var receivedQuantity: Int64 = 0
  /// Allocated in from other unions.
  public var allocatedInQuantity: Int64 = 0
  /// Allocated out to other unions.
  public var allocatedOutQuantity: Int64 = 0
  /// Handed out by goods distributions.
  public var distributedQuantity: Int64 = 0
  /// Held: received and allocated in, minus allocated out and distributed; never negative.
  public var inStockQuantity: Int64 = 0
  /// The valuations stated on the receipts (informational; never part of a money balance).
  public var receivedValue = Money.zero

  /// Creates the totals of a stock nothing has happened to: all zero.
  public init() {}

  /// True when the stock equals inflows minus outflows (it always must).
  ///
  /// Wrapping arithmetic suffices: every stored total was computed with overflow checks.
  public var isConsistent: Bool {
    receivedQuantity &+ allocatedInQuantity &- allocatedOutQuantity &- distributedQuantity
      == inStockQuantity
  }
}
