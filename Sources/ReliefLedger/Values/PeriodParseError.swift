import ReliefText

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
      return Text.current(.periodMalformedMonth, ["text": ErrorText.quoted(text)])
    case .malformedPeriod(let text):
      return Text.current(.periodMalformed, ["text": ErrorText.quoted(text)])
    case .yearOutOfRange(let year):
      return Text.current(.periodYearOutOfRange, ["year": String(year)])
    case .monthOutOfRange(let month):
      return Text.current(.periodMonthOutOfRange, ["month": ASCIIDigits.padded(month, width: 2)])
    case .endBeforeStart(let start, let end):
      return Text.current(.periodEndBeforeStart, ["start": "\(start)", "end": "\(end)"])
    }
  }
}
