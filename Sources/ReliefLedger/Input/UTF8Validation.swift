/// Strict UTF-8 checking, done by hand so that overlong forms, surrogates and code points
/// above U+10FFFF are refused exactly as RFC 3629 says, whatever the stdlib tolerates.
enum UTF8Validation {
  /// The index of the first byte of the first invalid sequence, or nil if all are valid.
  ///
  /// Complexity: O(n).
  static func firstInvalidIndex(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length = sequenceLength(bytes, at: index)
      if length == 0 { return index }
      index += length
    }
    return nil
  }

  /// The length of the valid sequence starting at `index` (a non-ASCII lead byte), or 0.
  private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let lead = bytes[index]
    // The allowed range of the second byte depends on the lead byte: that is where
    // overlongs (E0, F0), surrogates (ED) and values past U+10FFFF (F4) are excluded.
    let length: Int
    var secondLow: UInt8 = 0x80
    var secondHigh: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      secondLow = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      secondHigh = 0x9F
    case 0xF0:
      length = 4
      secondLow = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      secondHigh = 0x8F
    default: return 0
    }
    guard index + length <= bytes.count else { return 0 }
    let second = bytes[index + 1]
    guard second >= secondLow && second <= secondHigh else { return 0 }
    var offset = 2
    while offset < length {
      guard bytes[index + offset] & 0xC0 == 0x80 else { return 0 }
      offset += 1
    }
    return length
  }
}
