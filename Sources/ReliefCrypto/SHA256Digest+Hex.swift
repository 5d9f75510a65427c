extension SHA256Digest {
  /// The digest as 64 lowercase hexadecimal characters.
  public var hex: String {
    String(unsafeUninitializedCapacity: 2 * Self.byteCount) { buffer in
      writeHex(to: UnsafeMutableRawBufferPointer(buffer))
      return 2 * Self.byteCount
    }
  }

  /// The digest as 64 lowercase hexadecimal characters; same as `hex`.
  public var description: String { hex }

  /// Writes the digest as 64 lowercase ASCII hexadecimal bytes to the start of `buffer`.
  ///
  /// - Precondition: `buffer.count >= 64`.
  public func writeHex(to buffer: UnsafeMutableRawBufferPointer) {
    precondition(buffer.count >= 2 * Self.byteCount, "hex output buffer needs 64 bytes")
    withUnsafeBytes { digest in
      for index in 0..<Self.byteCount {
        let byte = digest[index]
        buffer[2 &* index] = hexDigit(byte >> 4)
        buffer[2 &* index &+ 1] = hexDigit(byte & 0x0f)
      }
    }
  }

  /// Parses exactly 64 lowercase hexadecimal characters; returns nil for anything else,
  /// including uppercase digits.
  public init?(hex: String) {
    var text = hex
    let parsed = text.withUTF8 { SHA256Digest(hexUTF8: UnsafeRawBufferPointer($0)) }
    guard let parsed else { return nil }
    self = parsed
  }

  /// Parses exactly 64 lowercase ASCII hexadecimal bytes; returns nil for anything else,
  /// including uppercase digits.
  public init?(hexUTF8: UnsafeRawBufferPointer) {
    guard hexUTF8.count == 2 * Self.byteCount else { return nil }
    var valid = true
    self.init { digest in
      for index in 0..<Self.byteCount {
        guard
          let high = hexValue(hexUTF8[2 &* index]),
          let low = hexValue(hexUTF8[2 &* index &+ 1])
        else {
          valid = false
          return
        }
        digest[index] = high << 4 | low
      }
    }
    guard valid else { return nil }
  }
}

/// The lowercase ASCII hex digit for a nibble in 0...15.
@inline(__always)
private func hexDigit(_ nibble: UInt8) -> UInt8 {
  // 0x30 is "0"; nibbles above 9 get an extra 0x27 to land on "a" (0x61).
  let isLetter = (9 &- nibble) >> 7
  return nibble &+ 0x30 &+ isLetter &* 0x27
}

/// The value of a lowercase ASCII hex digit, or nil if `ascii` is not one.
@inline(__always)
private func hexValue(_ ascii: UInt8) -> UInt8? {
  switch ascii {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): return ascii &- UInt8(ascii: "0")
  case UInt8(ascii: "a")...UInt8(ascii: "f"): return ascii &- UInt8(ascii: "a") &+ 10
  default: return nil
  }
}
