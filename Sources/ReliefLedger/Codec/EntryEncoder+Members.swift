import ReliefLog

/// Takes an entry's members, dates and periods among them as they are.
///
/// A `JSONObject` takes a date as its text; a batch's `CanonicalMemberWriter` writes the
/// digits straight into the line, without building the text first: a large import writes a
/// date (and a refund a period) on every line.
public protocol EntryMemberSink: JSONMemberSink {
  /// Takes the member `key` whose value is `date` as text (`YYYY-MM-DD`).
  mutating func append(_ key: String, date: BusinessDate)
  /// Takes the member `key` whose value is `period` as text (`YYYY-MM..YYYY-MM`).
  mutating func append(_ key: String, period: MonthPeriod)
}

extension EntryMemberSink {
  /// Takes `date` as the string member `key`.
  public mutating func append(_ key: String, date: BusinessDate) {
    append(key, .string(date.description))
  }

  /// Takes `period` as the string member `key`.
  public mutating func append(_ key: String, period: MonthPeriod) {
    append(key, .string(period.description))
  }
}

extension JSONObject: EntryMemberSink {}

extension CanonicalMemberWriter: EntryMemberSink {
  /// Writes `,"key":"YYYY-MM-DD"`: the bytes of the date's description as a string.
  public mutating func append(_ key: String, date: BusinessDate) {
    openMember(key)
    Self.appendPadded(date.year, width: 4, to: &bytes)
    bytes.append(UInt8(ascii: "-"))
    Self.appendPadded(date.month, width: 2, to: &bytes)
    bytes.append(UInt8(ascii: "-"))
    Self.appendPadded(date.day, width: 2, to: &bytes)
    bytes.append(UInt8(ascii: "\""))
  }

  /// Writes `,"key":"YYYY-MM..YYYY-MM"` (one month alone when the period has one): the
  /// bytes of the period's description as a string.
  public mutating func append(_ key: String, period: MonthPeriod) {
    openMember(key)
    appendMonth(period.start)
    if period.start != period.end {
      bytes.append(contentsOf: [UInt8(ascii: "."), UInt8(ascii: ".")])
      appendMonth(period.end)
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Writes `,"key":"`, the start of a string member.
  private mutating func openMember(_ key: String) {
    bytes.append(UInt8(ascii: ","))
    CanonicalEncoder.appendString(key, to: &bytes)
    bytes.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: "\"")])
  }

  private mutating func appendMonth(_ month: YearMonth) {
    Self.appendPadded(month.year, width: 4, to: &bytes)
    bytes.append(UInt8(ascii: "-"))
    Self.appendPadded(month.month, width: 2, to: &bytes)
  }

  /// `value` as at least `width` decimal digits, zero-padded, as `ASCIIDigits.padded`
  /// writes it (which no escaping changes: digits and `-` only).
  static func appendPadded(_ value: Int, width: Int, to bytes: inout [UInt8]) {
    var count = 1
    var rest = value.magnitude / 10
    while rest > 0 {
      count += 1
      rest /= 10
    }
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: max(0, width - count)))
    // The digits are written from the last, into room made for them.
    let start = bytes.count
    bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count))
    var magnitude = value.magnitude
    for index in (start..<bytes.count).reversed() {
      bytes[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
      magnitude /= 10
    }
  }
}
