/// Appends numbers, dates and amounts to a byte buffer as ASCII text, without building
/// intermediate strings (the generator writes millions of them).
enum ByteFormat {
  static let comma = UInt8(ascii: ",")
  static let newline = UInt8(ascii: "\n")
  static let space = UInt8(ascii: " ")
  static let minus = UInt8(ascii: "-")
  private static let zero = UInt8(ascii: "0")

  /// Appends `value` in decimal, with a leading `-` if negative.
  static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
    if value < 0 { out.append(minus) }
    appendUnsigned(value.magnitude, width: 1, to: &out)
  }

  /// Appends `value` in decimal, left-padded with zeros to at least `width` digits.
  static func appendUnsigned(_ value: UInt64, width: Int, to out: inout [UInt8]) {
    var digits = 1
    var divisor: UInt64 = 1
    while value / divisor >= 10 {
      divisor *= 10
      digits += 1
    }
    for _ in digits..<max(digits, width) { out.append(zero) }
    var rest = value
    while divisor > 0 {
      out.append(zero + UInt8(truncatingIfNeeded: rest / divisor))
      rest %= divisor
      divisor /= 10
    }
  }

  /// Appends `fen` as yuan with exactly two decimals and no grouping: `-1234.05`.
  static func appendYuan(fen: Int64, to out: inout [UInt8]) {
    if fen < 0 { out.append(minus) }
    let magnitude = fen.magnitude
    appendUnsigned(magnitude / 100, width: 1, to: &out)
    out.append(UInt8(ascii: "."))
    appendUnsigned(magnitude % 100, width: 2, to: &out)
  }

  /// Appends the UTF-8 bytes of `text`.
  static func appendText(_ text: String, to out: inout [UInt8]) {
    out.append(contentsOf: text.utf8)
  }
}
