/// A calendar month of a given year, such as the month a refund covers.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// 1900–9999.
  public let year: Int
  /// 1–12.
  public let month: Int

  /// The month, or `nil` if `year` is outside 1900–9999 or `month` outside 1–12.
  public init?(year: Int, month: Int) {
    guard CivilCalendar.supportedYears.contains(year), (1...12).contains(month) else {
      return nil
    }
    self.init(uncheckedYear: year, month: month)
  }

  /// Reads a month written strictly as `YYYY-MM`, such as `2020-01`, in years 1900–9999.
  public init(parsing text: String) throws(PeriodParseError) {
    self = try Self.parse(Array(text.utf8)[...], malformed: .malformedMonth(text))
  }

  init(uncheckedYear year: Int, month: Int) {
    self.year = year
    self.month = month
  }

  /// `YYYY-MM`.
  public var description: String {
    ASCIIDigits.padded(year, width: 4) + "-" + ASCIIDigits.padded(month, width: 2)
  }

  /// Returns whether `lhs` is an earlier month than `rhs`.
  public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
    lhs.ordinal < rhs.ordinal
  }

  /// Months since January of year 0, so month differences are plain subtraction.
  var ordinal: Int { year * 12 + month - 1 }

  /// Reads `YYYY-MM` from `bytes`, throwing `malformed` when the shape is wrong, so a
  /// period can report its whole text rather than one half.
  static func parse(
    _ bytes: ArraySlice<UInt8>, malformed: PeriodParseError
  ) throws(PeriodParseError) -> YearMonth {
    let base = bytes.startIndex
    guard bytes.count == 7, bytes[base + 4] == ASCIIDigits.hyphen,
      let year = ASCIIDigits.value(of: bytes[base..<(base + 4)]),
      let month = ASCIIDigits.value(of: bytes[(base + 5)..<(base + 7)])
    else { throw malformed }
    guard CivilCalendar.supportedYears.contains(year) else { throw .yearOutOfRange(year) }
    guard (1...12).contains(month) else { throw .monthOutOfRange(month) }
    return YearMonth(uncheckedYear: year, month: month)
  }
}
