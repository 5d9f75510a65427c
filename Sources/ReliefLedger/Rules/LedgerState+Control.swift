/// The rules of the control entries: closed periods (结账) and review thresholds (审核).
extension LedgerState {
  /// An entry dated in a closed month is refused: corrections of a closed period are
  /// reversals dated in an open one.
  func checkPeriodOpen(_ date: BusinessDate) throws(RuleViolation) {
    guard let closed = closedThrough else { return }
    let month = YearMonth(uncheckedYear: date.year, month: date.month)
    guard month > closed else { throw .periodClosed(date: date, closedThrough: closed) }
  }

  /// Closes the books through `close.period`: only forwards, and not past the month of the
  /// closing entry's own date (a month is closed once it has begun, never in advance).
  mutating func closePeriod(_ close: PeriodClose, date: BusinessDate) throws(RuleViolation) {
    if let closed = closedThrough, close.period <= closed {
      throw .periodAlreadyClosed(period: close.period, closedThrough: closed)
    }
    let month = YearMonth(uncheckedYear: date.year, month: date.month)
    guard close.period <= month else {
      throw .closeAfterItsDate(period: close.period, date: date)
    }
    closedThrough = close.period
  }

  /// Sets the review threshold of a registered union's subtree, replacing an earlier one.
  mutating func setReviewThreshold(_ threshold: ReviewThreshold) throws(RuleViolation) {
    guard unions[threshold.union] != nil else { throw .unknownUnion(threshold.union) }
    reviewThresholds[threshold.union] = threshold.amount
  }
}
