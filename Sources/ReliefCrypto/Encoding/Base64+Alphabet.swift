// The standard alphabet A–Z, a–z, 0–9, "+", "/" mapped both ways with comparisons turned
// into masks, so no branch or table index depends on the (possibly secret) data.

extension Base64 {
  /// All ones (as a signed value, −1) when lower ≤ x ≤ upper, else zero; for 0...255.
  @inline(__always)
  private static func rangeMask(_ x: Int32, _ lower: Int32, _ upper: Int32) -> Int32 {
    // Each difference is negative exactly when its bound holds; AND keeps the sign bit
    // only when both do.
    ((lower &- 1 &- x) & (x &- upper &- 1)) &>> 31
  }

  /// The ASCII symbol for a 6-bit value.
  @inline(__always)
  static func symbol(for value: UInt32) -> UInt8 {
    let v = Int32(truncatingIfNeeded: value)
    // Start from "A" + v and correct the offset for each later range v has reached.
    var ascii = v &+ 65
    ascii &+= rangeMask(v, 26, 63) & 6  // a–z: v + 71
    ascii &+= rangeMask(v, 52, 63) & -75  // 0–9: v − 4
    ascii &+= rangeMask(v, 62, 63) & -15  // "+": 43
    ascii &+= rangeMask(v, 63, 63) & 3  // "/": 47
    return UInt8(truncatingIfNeeded: ascii)
  }

  /// The 6-bit value of an ASCII symbol, and 1 if it is in the alphabet (else 0, with
  /// value 0).
  @inline(__always)
  static func value(of symbol: UInt8) -> (value: UInt32, valid: UInt32) {
    let c = Int32(symbol)
    let upper = rangeMask(c, 65, 90)
    let lower = rangeMask(c, 97, 122)
    let digit = rangeMask(c, 48, 57)
    let plus = rangeMask(c, 43, 43)
    let slash = rangeMask(c, 47, 47)
    let value =
      (upper & (c &- 65)) | (lower & (c &- 71)) | (digit & (c &+ 4))
      | (plus & 62) | (slash & 63)
    let valid = (upper | lower | digit | plus | slash) & 1
    return (UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: valid))
  }
}
