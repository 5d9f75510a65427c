/// Why text is not a `YYYY-MM-DD` business date.
public enum DateParseError: Error, Equatable, CustomStringConvertible {
  /// The text is not ten ASCII characters shaped `YYYY-MM-DD`.
  case malformed(String)
  /// The year is outside 1900–9999.
  case yearOutOfRange(Int)
  /// The month is not 01–12.
  case monthOutOfRange(Int)
  /// The month has no such day (e.g. February 29 in a common year, or day 00).
  case dayOutOfRange(year: Int, month: Int, day: Int)

  /// A message for people, saying what is wrong with the date and what is accepted.
  public var description: String {
    switch self {
    case .malformed(let text):
      return "date \(ErrorText.quoted(text)) is not written as YYYY-MM-DD; "
        + "use four-digit years and two-digit months and days, e.g. 2020-03-01"
    case .yearOutOfRange(let year):
      return "date has year \(year), but only years 1900 to 9999 are accepted"
    case .monthOutOfRange(let month):
      return "date has month \(ASCIIDigits.padded(month, width: 2)), "
        + "but months run from 01 to 12"
    case .dayOutOfRange(let year, let month, let day):
      let text =
        ASCIIDigits.padded(year, width: 4) + "-" + ASCIIDigits.padded(month, width: 2)
        + "-" + ASCIIDigits.padded(day, width: 2)
      // Parsing never produces a bad month here, but the case can be built by hand.
      guard (1...12).contains(month) else { return Self.monthOutOfRange(month).description }
      let days = CivilCalendar.daysInMonth(month, of: year)
      return "date \"\(text)\" is not a calendar date "
        + "(\(CivilCalendar.monthNames[month - 1]) \(year) has \(days) days)"
    }
  }
}
