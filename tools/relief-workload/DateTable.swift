import ReliefLedger

/// The business dates of the workload, 2020-01-01 through 2022-12-31, as ready-made bytes,
/// with the calendar quarter each falls in (quarter 0 is 2020 Q1, quarter 11 is 2022 Q4).
struct DateTable {
  static let firstYear = 2020
  static let yearCount = 3
  static let quarterCount = yearCount * 4

  /// Number of days covered.
  let dayCount: Int
  /// `YYYY-MM-DD` of each day, 10 bytes each.
  private let dateBytes: [UInt8]
  private let quarters: [Int]
  /// `YYYY-MM..YYYY-MM` of each quarter.
  private let periodBytes: [[UInt8]]

  init() {
    let first = BusinessDate(year: Self.firstYear, month: 1, day: 1)?.daysSinceUnixEpoch ?? 0
    let last =
      BusinessDate(year: Self.firstYear + Self.yearCount - 1, month: 12, day: 31)?
      .daysSinceUnixEpoch ?? 0
    var dateBytes: [UInt8] = []
    var quarters: [Int] = []
    for day in first...last {
      guard let date = BusinessDate(daysSinceUnixEpoch: day) else { continue }
      dateBytes += Array(date.description.utf8)
      quarters.append((date.year - Self.firstYear) * 4 + (date.month - 1) / 3)
    }
    self.dayCount = quarters.count
    self.dateBytes = dateBytes
    self.quarters = quarters
    self.periodBytes = (0..<Self.quarterCount).map { quarter in
      let year = Self.firstYear + quarter / 4
      let firstMonth = quarter % 4 * 3 + 1
      var text: [UInt8] = []
      ByteFormat.appendUnsigned(UInt64(year), width: 4, to: &text)
      text.append(ByteFormat.minus)
      ByteFormat.appendUnsigned(UInt64(firstMonth), width: 2, to: &text)
      text += Array("..".utf8)
      ByteFormat.appendUnsigned(UInt64(year), width: 4, to: &text)
      text.append(ByteFormat.minus)
      ByteFormat.appendUnsigned(UInt64(firstMonth + 2), width: 2, to: &text)
      return text
    }
  }

  /// Appends the date of `day` (0 is 2020-01-01).
  func appendDate(_ day: Int, to out: inout [UInt8]) {
    out.append(contentsOf: dateBytes[(day * 10)..<(day * 10 + 10)])
  }

  /// The quarter `day` falls in.
  func quarter(ofDay day: Int) -> Int {
    quarters[day]
  }

  /// Appends the refund period covering `quarter`.
  func appendPeriod(_ quarter: Int, to out: inout [UInt8]) {
    out.append(contentsOf: periodBytes[quarter])
  }
}
