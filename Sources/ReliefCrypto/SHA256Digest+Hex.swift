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
    // Eight characters at a time, as the bytes of one word: every journal line's `prev` is
    // parsed on the verifier's busiest thread, where a byte loop measured 4% of its time.
    var invalid = false
    self.init { digest in
      for index in 0..<8 {
        let word = UInt64(
          littleEndian: hexUTF8.loadUnaligned(fromByteOffset: 8 &* index, as: UInt64.self))
        let (bytes, isValid) = decodeHexWord(word)
        invalid = invalid || !isValid
        digest.storeBytes(of: bytes.littleEndian, toByteOffset: 4 &* index, as: UInt32.self)
      }
    }
    guard !invalid else { return nil }
  }
}

/// Decodes eight lowercase ASCII hex digits, the bytes of `word` from least significant up,
/// into four bytes, likewise from least significant up; `isValid` is false if any byte is
/// not a lowercase hex digit.
///
/// Each test works on all eight bytes at once: for a byte b below 0x80, b + (0x80 - lo) has
/// its top bit set exactly when b >= lo, and b + (0x7f - hi) exactly when b > hi; no sum
/// carries into the next byte.
@inline(__always)
private func decodeHexWord(_ word: UInt64) -> (bytes: UInt32, isValid: Bool) {
  let ones: UInt64 = 0x0101_0101_0101_0101
  let tops: UInt64 = 0x8080_8080_8080_8080
  let isDigit = (word &+ ones &* 0x50) & ~(word &+ ones &* 0x46)
  let isLetter = (word &+ ones &* 0x1f) & ~(word &+ ones &* 0x19)
  let isValid = (word & tops) == 0 && ((isDigit | isLetter) & tops) == tops
  // '0'...'9' end in 0...9 and 'a'...'f' in 1...6, which need 9 more.
  let nibbles = (word & (ones &* 0x0f)) &+ ((isLetter & tops) >> 7) &* 9
  // Each 16-bit lane: first digit << 4 | second digit, in its low byte.
  var packed = ((nibbles &<< 4) | (nibbles &>> 8)) & 0x00ff_00ff_00ff_00ff
  packed = (packed | (packed &>> 8)) & 0x0000_ffff_0000_ffff
  packed = (packed | (packed &>> 16)) & 0x0000_0000_ffff_ffff
  return (UInt32(truncatingIfNeeded: packed), isValid)
}

/// The lowercase ASCII hex digit for a nibble in 0...15.
@inline(__always)
private func hexDigit(_ nibble: UInt8) -> UInt8 {
  // 0x30 is "0"; nibbles above 9 get an extra 0x27 to land on "a" (0x61).
  let isLetter = (9 &- nibble) >> 7
  return nibble &+ 0x30 &+ isLetter &* 0x27
}
