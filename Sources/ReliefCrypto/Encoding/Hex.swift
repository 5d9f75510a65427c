/// Lowercase hexadecimal digits for the text forms of digests and key hashes.
enum Hex {
  /// The lowercase ASCII hex digit for a nibble in 0...15, chosen without a branch or a
  /// table so that encoding secret bytes leaks nothing through timing.
  @inline(__always)
  static func digit(_ nibble: UInt8) -> UInt8 {
    // Nibbles above 9 get an extra 0x27 to move from ":" (0x3a) to "a" (0x61).
    let isLetter = (9 &- nibble) >> 7
    return nibble &+ 0x30 &+ isLetter &* 0x27
  }

  /// The value of a lowercase ASCII hex digit, or nil if `ascii` is not one (uppercase
  /// digits included).
  @inline(__always)
  static func value(_ ascii: UInt8) -> UInt8? {
    switch ascii {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return ascii &- UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return ascii &- UInt8(ascii: "a") &+ 10
    default: return nil
    }
  }

  /// `bytes` as lowercase hexadecimal text, two digits per byte.
  static func encode(_ bytes: UnsafeRawBufferPointer) -> String {
    String(unsafeUninitializedCapacity: 2 &* bytes.count) { text in
      for index in 0..<bytes.count {
        text[2 &* index] = digit(bytes[index] >> 4)
        text[2 &* index &+ 1] = digit(bytes[index] & 0x0f)
      }
      return 2 &* bytes.count
    }
  }
}
