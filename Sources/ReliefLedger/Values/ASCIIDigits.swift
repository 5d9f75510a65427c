/// Reads and writes fixed-width runs of ASCII digits, as found in dates and months.
enum ASCIIDigits {
  /// The decimal value of `bytes`, or `nil` unless every byte is `0`–`9`.
  ///
  /// Callers pass at most four bytes, so the value cannot overflow.
  static func value(of bytes: ArraySlice<UInt8>) -> Int? {
    var value = 0
    for byte in bytes {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return bytes.isEmpty ? nil : value
  }

  /// `value` as at least `width` decimal digits, zero-padded.
  static func padded(_ value: Int, width: Int) -> String {
    let digits = String(value.magnitude)
    let zeros = String(repeating: "0", count: max(0, width - digits.count))
    return (value < 0 ? "-" : "") + zeros + digits
  }

  static let hyphen = UInt8(ascii: "-")
}
