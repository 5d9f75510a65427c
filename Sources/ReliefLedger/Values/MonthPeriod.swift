/// A run of whole calendar months from `start` through `end`, both included, such as
/// the period a dues refund covers.
public struct MonthPeriod: Hashable, Sendable, CustomStringConvertible {
  /// The first month of the period.
  public let start: YearMonth
  /// The last month of the period; never before `start`.
  public let end: YearMonth

  /// The period, or `nil` if `end` is before `start`.
  public init?(start: YearMonth, end: YearMonth) {
    guard start <= end else { return nil }
    self.init(checkedStart: start, end: end)
  }

  /// The period consisting of `month` alone.
  public init(month: YearMonth) {
    self.init(checkedStart: month, end: month)
  }

  private init(checkedStart start: YearMonth, end: YearMonth) {
    self.start = start
    self.end = end
  }

  /// Reads `YYYY-MM` (one month) or `YYYY-MM..YYYY-MM` (first and last month, both
  /// included; the end may equal the start but not precede it).
  public init(parsing text: String) throws(PeriodParseError) {
    let bytes = Array(text.utf8)
    let malformed = PeriodParseError.malformedPeriod(text)
    if bytes.count == 7 {
      self.init(month: try YearMonth.parse(bytes[...], malformed: malformed))
      return
    }
    let dot = UInt8(ascii: ".")
    guard bytes.count == 16, bytes[7] == dot, bytes[8] == dot else { throw malformed }
    let start = try YearMonth.parse(bytes[0..<7], malformed: malformed)
    let end = try YearMonth.parse(bytes[9..<16], malformed: malformed)
    guard start <= end else { throw .endBeforeStart(start: start, end: end) }
    self.init(checkedStart: start, end: end)
  }

  /// The number of months in the period, at least 1.
  public var monthCount: Int { end.ordinal - start.ordinal + 1 }

  /// Whether the two periods share at least one month; periods that touch in a
  /// common month overlap, while consecutive ones (…-03 and -04…) do not.
  public func overlaps(_ other: MonthPeriod) -> Bool {
    start <= other.end && other.start <= end
  }

  /// Whether `month` lies within the period.
  public func contains(_ month: YearMonth) -> Bool {
    start <= month && month <= end
  }

  /// `YYYY-MM` for a single month, else `YYYY-MM..YYYY-MM`; parsing it gives back the
  /// same period.
  public var description: String {
    start == end ? start.description : "\(start)..\(end)"
  }
}
