import ReliefText

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
      return Text.current(.dateMalformed, ["text": ErrorText.quoted(text)])
    case .yearOutOfRange(let year):
      return Text.current(.dateYearOutOfRange, ["year": String(year)])
    case .monthOutOfRange(let month):
      return Text.current(.dateMonthOutOfRange, ["month": ASCIIDigits.padded(month, width: 2)])
    case .dayOutOfRange(let year, let month, let day):
      let text =
        ASCIIDigits.padded(year, width: 4) + "-" + ASCIIDigits.padded(month, width: 2)
        + "-" + ASCIIDigits.padded(day, width: 2)
      // Parsing never produces a bad month here, but the case can be built by hand.
      guard (1...12).contains(month) else { return Self.monthOutOfRange(month).description }
      let days = CivilCalendar.daysInMonth(month, of: year)
      let monthName =
        Text.current.language == .zh ? "\(month)月" : CivilCalendar.monthNames[month - 1]
      return Text.current(
        .dateNotInCalendar,
        ["date": text, "month": monthName, "year": String(year), "days": String(days)])
    }
  }
}
