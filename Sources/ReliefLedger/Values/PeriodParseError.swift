/// Why text is not a `YYYY-MM` month or a `YYYY-MM..YYYY-MM` period.
public enum PeriodParseError: Error, Equatable, CustomStringConvertible {
  /// The text is not shaped `YYYY-MM`.
  case malformedMonth(String)
  /// The text is shaped neither `YYYY-MM` nor `YYYY-MM..YYYY-MM`.
  case malformedPeriod(String)
  /// A year is outside 1900–9999.
  case yearOutOfRange(Int)
  /// A month is not 01–12.
  case monthOutOfRange(Int)
  /// The period's last month precedes its first.
  case endBeforeStart(start: YearMonth, end: YearMonth)

  /// A message for people, quoting the text, saying what is wrong and what is accepted.
  public var description: String {
    switch self {
    case .malformedMonth(let text):
      return "month \(ErrorText.quoted(text)) is not written as YYYY-MM; "
        + "use a four-digit year and a two-digit month, e.g. 2020-01"
    case .malformedPeriod(let text):
      return "period \(ErrorText.quoted(text)) is not written as YYYY-MM or "
        + "YYYY-MM..YYYY-MM; e.g. 2020-01 for one month or 2020-01..2022-12 for a range"
    case .yearOutOfRange(let year):
      return "period has year \(year), but only years 1900 to 9999 are accepted"
    case .monthOutOfRange(let month):
      return "period has month \(ASCIIDigits.padded(month, width: 2)), "
        + "but months run from 01 to 12"
    case .endBeforeStart(let start, let end):
      return "period \"\(start)..\(end)\" ends before it starts; "
        + "put the earlier month first: \(end)..\(start)"
    }
  }
}
