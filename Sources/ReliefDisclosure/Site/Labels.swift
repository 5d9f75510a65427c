import ReliefLedger

/// Chinese labels and number formats for the site.
public enum Labels {
  /// The label of a flow.
  /// (The kind's displayed name in `ChineseValues`, the table input reads too.)
  public static func flow(_ flow: Flow) -> String {
    EntryKind(rawValue: flow.rawValue).flatMap(ChineseValues.displayName(of:)) ?? flow.rawValue
  }

  /// Labels of receipt, subsidy and disbursement categories (`ChineseValues`).
  public static let categories: [String: String] = Dictionary(
    uniqueKeysWithValues: ChineseValues.categories.compactMap { entry in
      entry.names.first.map { (entry.category, $0) }
    })

  /// The label of a category-chart key such as `disbursement:consolation`.
  public static func categoryKey(_ key: String) -> String {
    let parts = key.split(separator: ":").map(String.init)
    guard let first = parts.first, let flow = Flow(rawValue: first) else { return key }
    guard parts.count > 1 else { return Labels.flow(flow) }
    return Labels.flow(flow) + "·" + (categories[parts[1]] ?? parts[1])
  }

  /// A badge saying a figure is approximate as its source says (`约`, `余`, `多`, `近`), with
  /// a tooltip naming what (`金额为约数（约）`); empty when the figure is exact.
  static func approxMark(_ mark: Approximation?, of what: String) -> String {
    guard let mark else { return "" }
    return "<span class=\"mark\" title=\"\(what)为约数（\(mark.rawValue)）\">\(mark.rawValue)</span>"
  }

  /// A badge saying the date is assumed, not given by the source; empty when it is given.
  static func dateMark(_ marks: EntryMarks) -> String {
    marks.dateAssumed ? "<span class=\"mark\" title=\"报道未给出日期，此为推定\">推定</span>" : ""
  }

  /// Yuan with thousands separators and two decimals, for example `1,234.56`.
  public static func yuan(_ fen: Int64) -> String { Money(fen: fen).groupedYuanString }

  /// A short axis label: `12.3万` or `850`.
  public static func axis(_ fen: Int64) -> String {
    let yuan = fen / 100
    if yuan.magnitude >= 10_000 {
      let tenths = (yuan * 10) / 10_000
      return "\(tenths / 10).\(tenths.magnitude % 10)万"
    }
    return String(yuan)
  }

  /// A POSIX timestamp in seconds as UTC, `2022-12-01T00:00:00Z`; beyond the year 9999,
  /// the seconds themselves.
  public static func utcTime(seconds: UInt64) -> String {
    guard seconds <= UInt64(Int64.max / 1000),
      let date = BusinessDate(unixMillis: Int64(seconds) * 1000, utcOffsetSeconds: 0)
    else { return "\(seconds) seconds after 1970-01-01T00:00:00Z" }
    let ofDay = Int(seconds % 86_400)
    let clock = [ofDay / 3600, ofDay / 60 % 60, ofDay % 60].map { value in
      value < 10 ? "0\(value)" : String(value)
    }
    return "\(date)T" + clock.joined(separator: ":") + "Z"
  }
}
