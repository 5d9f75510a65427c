/// The closing of the books (结账) up to and including a month: afterwards no entry may be
/// dated in that month or any earlier one.
///
/// Closing is cumulative, like a lock date: closing 2022-03 closes every month up to it.
public struct PeriodClose: Equatable, Sendable {
  /// The last month closed.
  public var period: YearMonth

  /// Creates the closing of every month up to and including `period`.
  public init(period: YearMonth) {
    self.period = period
  }
}

/// The amount above which a batch acting in a union's subtree needs a maker's and a
/// reviewer's signature (制单/审核).
///
/// A later threshold for the same union replaces the earlier one.
public struct ReviewThreshold: Equatable, Sendable {
  /// The union whose subtree the threshold covers.
  public var union: String
  /// The most a batch may move in the subtree without review.
  public var amount: Money

  /// Creates the threshold `amount` for the subtree of `union`.
  public init(union: String, amount: Money) {
    self.union = union
    self.amount = amount
  }
}
