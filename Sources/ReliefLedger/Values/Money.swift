/// An exact amount of renminbi, counted in fen (1 yuan = 100 fen).
///
/// Arithmetic is checked and never traps: every operation that could leave the
/// `Int64` range returns `nil` instead, so a ledger can refuse the entry.
public struct Money: Hashable, Comparable, Sendable {
  /// The amount in fen; negative for outflows and red-ink reversals.
  public let fen: Int64

  /// Creates an amount of `fen` fen.
  public init(fen: Int64) {
    self.fen = fen
  }

  /// Zero yuan.
  public static let zero = Money(fen: 0)

  /// Whether the amount is below zero.
  public var isNegative: Bool { fen < 0 }

  /// Returns whether `lhs` is a smaller amount than `rhs`.
  public static func < (lhs: Money, rhs: Money) -> Bool {
    lhs.fen < rhs.fen
  }

  /// The sum of the two amounts, or `nil` if it does not fit in `Int64` fen.
  public func adding(_ other: Money) -> Money? {
    let (result, overflow) = fen.addingReportingOverflow(other.fen)
    return overflow ? nil : Money(fen: result)
  }

  /// The difference `self - other`, or `nil` if it does not fit in `Int64` fen.
  public func subtracting(_ other: Money) -> Money? {
    let (result, overflow) = fen.subtractingReportingOverflow(other.fen)
    return overflow ? nil : Money(fen: result)
  }

  /// The opposite amount, or `nil` for `Int64.min` fen, which has no positive twin.
  public func negated() -> Money? {
    Money.zero.subtracting(self)
  }

  /// The amount times `factor`, or `nil` if the product does not fit in `Int64` fen.
  ///
  /// For example, a per-person grant times a headcount.
  public func multiplied(by factor: Int64) -> Money? {
    let (result, overflow) = fen.multipliedReportingOverflow(by: factor)
    return overflow ? nil : Money(fen: result)
  }

  /// The total of `amounts` (zero when empty), or `nil` if any partial sum overflows.
  public static func sum(_ amounts: some Sequence<Money>) -> Money? {
    var total = Money.zero
    for amount in amounts {
      guard let next = total.adding(amount) else { return nil }
      total = next
    }
    return total
  }
}
