/// A calendar date without time or zone, such as a voucher's business date (业务日期).
public struct BusinessDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// China Standard Time (UTC+8), the offset for comparing dates with append times.
  public static let chinaStandardTimeOffsetSeconds = 8 * 3600

  /// 1900–9999.
  public let year: Int
  /// 1–12.
  public let month: Int
  /// 1–31, valid for the month.
  public let day: Int

  /// The date, or `nil` if it is not a calendar date in years 1900–9999.
  public init?(year: Int, month: Int, day: Int) {
    guard CivilCalendar.supportedYears.contains(year), (1...12).contains(month),
      (1...CivilCalendar.daysInMonth(month, of: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Reads a date written strictly as `YYYY-MM-DD`, such as `2020-02-29`.
  ///
  /// The text must be ten ASCII characters forming a real Gregorian date in years
  /// 1900–9999.
  public init(parsing text: String) throws(DateParseError) {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == ASCIIDigits.hyphen, bytes[7] == ASCIIDigits.hyphen,
      let year = ASCIIDigits.value(of: bytes[0..<4]),
      let month = ASCIIDigits.value(of: bytes[5..<7]),
      let day = ASCIIDigits.value(of: bytes[8..<10])
    else { throw .malformed(text) }
    guard CivilCalendar.supportedYears.contains(year) else { throw .yearOutOfRange(year) }
    guard (1...12).contains(month) else { throw .monthOutOfRange(month) }
    guard (1...CivilCalendar.daysInMonth(month, of: year)).contains(day) else {
      throw .dayOutOfRange(year: year, month: month, day: day)
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// The date `days` days after 1970-01-01 (before it when negative), or `nil` outside
  /// years 1900–9999.
  public init?(daysSinceUnixEpoch days: Int) {
    // Checking the range first also keeps the calendar arithmetic far from overflow.
    guard Self.supportedDays.contains(days) else { return nil }
    let date = CivilCalendar.date(daysSinceEpoch: days)
    self.year = date.year
    self.month = date.month
    self.day = date.day
  }

  /// The local calendar date at an instant, given as milliseconds since
  /// 1970-01-01T00:00:00Z, for a zone `utcOffsetSeconds` ahead of UTC (28,800 for China
  /// Standard Time).
  ///
  /// `nil` if that date is outside years 1900–9999.
  public init?(unixMillis: Int64, utcOffsetSeconds: Int) {
    let (offsetMillis, overflow1) = Int64(utcOffsetSeconds).multipliedReportingOverflow(by: 1000)
    let (localMillis, overflow2) = unixMillis.addingReportingOverflow(offsetMillis)
    guard !overflow1, !overflow2 else { return nil }
    let days = CivilCalendar.floorDivide(localMillis, Self.millisPerDay)
    self.init(daysSinceUnixEpoch: Int(days))
  }

  /// Days from 1970-01-01 to this date; negative before it.
  ///
  /// Differences between two dates' values count days between them.
  public var daysSinceUnixEpoch: Int {
    CivilCalendar.daysSinceEpoch(year: year, month: month, day: day)
  }

  /// The month this date falls in.
  public var yearMonth: YearMonth {
    YearMonth(uncheckedYear: year, month: month)
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    ASCIIDigits.padded(year, width: 4) + "-" + ASCIIDigits.padded(month, width: 2) + "-"
      + ASCIIDigits.padded(day, width: 2)
  }

  /// Returns whether `lhs` is an earlier date than `rhs`.
  public static func < (lhs: BusinessDate, rhs: BusinessDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  private static let millisPerDay: Int64 = 86_400_000
  private static let supportedDays =
    CivilCalendar.daysSinceEpoch(
      year: CivilCalendar.supportedYears.lowerBound, month: 1, day: 1)...CivilCalendar
    .daysSinceEpoch(
      year: CivilCalendar.supportedYears.upperBound, month: 12, day: 31)
}
