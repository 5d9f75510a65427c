import ReliefLedger
import ReliefText

/// Shows how far a long command has got on a terminal: items done, the share of the
/// work, the rate and the time left, on one line of standard error redrawn in place.
///
/// It draws at most five times a second and nothing at all when `enabled` is false (not a
/// terminal, or machine-readable output asked for).
final class ProgressMeter {
  private let label: String
  private let unit: String
  private let describeTotal: (Int64) -> String
  private let enabled: Bool
  private let clockMillis: () -> Int64
  private let write: (String) -> Void
  private let startMillis: Int64
  private var lastDrawMillis: Int64?
  private var drawn = false

  /// A meter counting `unit` items, whose total work (bytes or rows) `describeTotal`
  /// spells.
  init(
    label: String, unit: String, describeTotal: @escaping (Int64) -> String, enabled: Bool,
    clockMillis: @escaping () -> Int64, write: @escaping (String) -> Void
  ) {
    self.label = label
    self.unit = unit
    self.describeTotal = describeTotal
    self.enabled = enabled
    self.clockMillis = clockMillis
    self.write = write
    self.startMillis = clockMillis()
  }

  /// Records that `items` items and `done` of `total` units of work are done.
  func update(items: Int64, done: Int64, total: Int64) {
    guard enabled else { return }
    let now = clockMillis()
    if let last = lastDrawMillis, now - last < 200 { return }
    lastDrawMillis = now
    let text = line(items: items, done: done, total: total, elapsedMillis: now - startMillis)
    write("\r" + text + "\u{1B}[K")
    drawn = true
  }

  /// Ends the meter's line, so that what follows starts on a fresh one.
  func finish() {
    guard enabled, drawn else { return }
    write("\r\u{1B}[K")
  }

  /// The text of one line.
  ///
  /// For example: `verify: 1,234,567 lines, 40.1% of 322.7 MiB, 212,345 lines/s, ETA 0:12`.
  func line(items: Int64, done: Int64, total: Int64, elapsedMillis: Int64) -> String {
    let share = total > 0 ? Double(done) / Double(total) : 0
    let words = Text.current
    var text = words(
      .progressLine,
      [
        "label": label, "items": Money.groupedCount(items), "unit": unit,
        "percent": Self.percent(share), "total": describeTotal(total),
      ])
    guard elapsedMillis > 0 else { return text }
    let rate = Double(items) * 1000 / Double(elapsedMillis)
    text += words(.progressRate, ["rate": Money.groupedCount(Int64(rate)), "unit": unit])
    if share > 0 {
      let leftSeconds = Int64(Double(elapsedMillis) / 1000 * (1 - share) / share)
      let time = "\(leftSeconds / 60):" + Self.twoDigits(leftSeconds % 60)
      text += words(.progressETA, ["time": time])
    }
    return text
  }

  static func percent(_ share: Double) -> String {
    let tenths = Int64((share * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }

  static func size(_ bytes: Int64) -> String {
    let tenths = Int64((Double(bytes) / 1_048_576 * 10).rounded())
    return "\(tenths / 10).\(tenths % 10) MiB"
  }

  static func twoDigits(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
