/// Base64 in the standard alphabet with padding (RFC 4648 section 4).
///
/// `decode` is strict: it accepts only the one canonical encoding of each byte string, so
/// decoding and re-encoding always gives back the same text. Symbols are mapped with
/// arithmetic rather than table lookups, so decoding secret key material leaks nothing
/// through memory access timing.
public enum Base64 {
  /// `bytes` as base64 text with `=` padding.
  public static func encode(_ bytes: UnsafeRawBufferPointer) -> String {
    let outputCount = (bytes.count &+ 2) / 3 &* 4
    return String(unsafeUninitializedCapacity: outputCount) { text in
      var input = 0
      var output = 0
      while input &+ 3 <= bytes.count {
        let group =
          UInt32(bytes[input]) &<< 16 | UInt32(bytes[input &+ 1]) &<< 8
          | UInt32(bytes[input &+ 2])
        text[output] = symbol(for: group &>> 18 & 0x3f)
        text[output &+ 1] = symbol(for: group &>> 12 & 0x3f)
        text[output &+ 2] = symbol(for: group &>> 6 & 0x3f)
        text[output &+ 3] = symbol(for: group & 0x3f)
        output &+= 4
        input &+= 3
      }
      let remaining = bytes.count &- input
      if remaining > 0 {
        // One or two bytes left: pad them with zero bits to 12 or 18 bits, then `=`.
        let second = remaining == 2 ? UInt32(bytes[input &+ 1]) : 0
        let group = UInt32(bytes[input]) &<< 16 | second &<< 8
        text[output] = symbol(for: group &>> 18 & 0x3f)
        text[output &+ 1] = symbol(for: group &>> 12 & 0x3f)
        text[output &+ 2] = remaining == 2 ? symbol(for: group &>> 6 & 0x3f) : paddingByte
        text[output &+ 3] = paddingByte
        output &+= 4
      }
      return output
    }
  }

  /// `bytes` as base64 text with `=` padding.
  public static func encode(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBytes { encode($0) }
  }

  /// The bytes that `text` encodes.
  ///
  /// - Throws: `Base64DecodingError` unless `text` is canonical base64: a multiple of four
  ///   characters, all from the standard alphabet (no whitespace, no URL-safe `-` or `_`),
  ///   with `=` only as the one or two final characters that the byte count calls for, and
  ///   with the unused low bits of the last symbol zero.
  public static func decode(_ text: String) throws(Base64DecodingError) -> [UInt8] {
    var text = text
    var failure: Base64DecodingError?
    let bytes = text.withUTF8 { utf8 in
      do throws(Base64DecodingError) {
        return try decode(utf8: UnsafeRawBufferPointer(utf8))
      } catch {
        failure = error
        return []
      }
    }
    if let failure { throw failure }
    return bytes
  }

  /// The bytes that the ASCII base64 text `utf8` encodes; as `decode(_:)`.
  public static func decode(
    utf8 text: UnsafeRawBufferPointer
  ) throws(Base64DecodingError) -> [UInt8] {
    guard text.count % 4 == 0 else { throw .lengthNotMultipleOfFour(text.count) }
    guard text.count > 0 else { return [] }
    let paddingCount = try countPadding(text)
    let symbolCount = text.count &- paddingCount
    var output: [UInt8] = []
    output.reserveCapacity(text.count / 4 &* 3 &- paddingCount)
    // Accumulate validity instead of stopping at the first bad symbol, so the time spent
    // does not reveal where in a secret the problem is.
    var allValid: UInt32 = 1
    var group: UInt32 = 0
    for index in 0..<symbolCount {
      let (value, valid) = value(of: text[index])
      allValid &= valid
      group = group &<< 6 | value
      if index & 3 == 3 {
        output.append(UInt8(truncatingIfNeeded: group &>> 16))
        output.append(UInt8(truncatingIfNeeded: group &>> 8))
        output.append(UInt8(truncatingIfNeeded: group))
        group = 0
      }
    }
    guard allValid == 1 else { throw firstInvalidSymbol(text, symbolCount: symbolCount) }
    // A final group of 2 or 3 symbols holds 12 or 18 bits for 1 or 2 bytes; the 4 or 2
    // bits left over must be zero, or several texts would decode to the same bytes.
    if paddingCount == 2 {
      guard group & 0x0f == 0 else { throw .nonZeroTrailingBits }
      output.append(UInt8(truncatingIfNeeded: group &>> 4))
    } else if paddingCount == 1 {
      guard group & 0x03 == 0 else { throw .nonZeroTrailingBits }
      output.append(UInt8(truncatingIfNeeded: group &>> 10))
      output.append(UInt8(truncatingIfNeeded: group &>> 2))
    }
    return output
  }

  static let paddingByte = UInt8(ascii: "=")

  /// How many `=` end the text (0, 1 or 2); a longer run is misplaced padding, reported at
  /// its first `=`.
  private static func countPadding(
    _ text: UnsafeRawBufferPointer
  ) throws(Base64DecodingError) -> Int {
    var count = 0
    while count < text.count && text[text.count &- 1 &- count] == paddingByte {
      count &+= 1
    }
    guard count <= 2 else { throw .misplacedPadding(offset: text.count &- count) }
    return count
  }

  /// The error for the first symbol that is not in the alphabet.
  ///
  /// Runs only on invalid input, so its early exit is harmless.
  private static func firstInvalidSymbol(
    _ text: UnsafeRawBufferPointer, symbolCount: Int
  ) -> Base64DecodingError {
    for index in 0..<symbolCount where value(of: text[index]).valid == 0 {
      if text[index] == paddingByte {
        return .misplacedPadding(offset: index)
      }
      return .invalidCharacter(offset: index)
    }
    preconditionFailure("called only when some symbol is invalid")
  }
}
