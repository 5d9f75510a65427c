import ReliefText

/// Parses the journal's canonical JSON subset and nothing else: any byte sequence that is
/// not exactly what `CanonicalEncoder` would write is rejected, so that a parsed line
/// re-encodes to the same bytes.
///
/// No string may hold a control character (Unicode category Cc) other than as a `\u00xx`
/// escape of U+0000 to U+001F: raw U+007F and U+0080 to U+009F are refused, as no escape
/// exists for them.
public struct CanonicalDecoder: ~Copyable {
  /// Objects nest at most this deep (a line, and a reversal's copy of its original).
  public static let depthMax = 4

  private let bytes: UnsafeRawBufferPointer
  private var index = 0

  private init(_ bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes
  }

  /// Decodes `bytes`, which must hold one object and nothing after it.
  public static func decodeObject(
    _ bytes: UnsafeRawBufferPointer
  ) throws(CanonicalDecodeError) -> JSONObject {
    var decoder = CanonicalDecoder(bytes)
    let object = try decoder.object(depth: 1)
    if decoder.index != bytes.count {
      throw decoder.failure(Text.current(.canonTrailingBytes))
    }
    return object
  }

  /// Decodes `bytes` (convenience for tests and small inputs).
  public static func decodeObject(_ bytes: [UInt8]) throws(CanonicalDecodeError) -> JSONObject {
    do {
      return try bytes.withUnsafeBytes { buffer in try decodeObject(buffer) }
    } catch let error as CanonicalDecodeError {
      throw error
    } catch {
      throw CanonicalDecodeError(offset: 0, reason: "\(error)")
    }
  }

  private func failure(_ reason: String) -> CanonicalDecodeError {
    CanonicalDecodeError(offset: index, reason: reason)
  }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func expect(_ byte: UInt8, _ what: MessageID) throws(CanonicalDecodeError) {
    guard current == byte else {
      let id: MessageID = current == nil ? .canonEndsBeforeExpected : .canonExpected
      throw failure(Text.current(id, ["what": Text.current(what)]))
    }
    index += 1
  }

  private mutating func object(depth: Int) throws(CanonicalDecodeError) -> JSONObject {
    guard depth <= Self.depthMax else { throw failure(Text.current(.canonTooDeep)) }
    try expect(UInt8(ascii: "{"), .canonOpeningBrace)
    var result = JSONObject()
    if current == UInt8(ascii: "}") {
      index += 1
      return result
    }
    while true {
      guard current == UInt8(ascii: "\"") else { throw failure(Text.current(.canonExpectedName)) }
      let key = try string()
      try expect(UInt8(ascii: ":"), .canonColonAfterName)
      let value = try value(depth: depth)
      result.append(key, value)
      guard let next = current else { throw failure(Text.current(.canonEndsInObject)) }
      index += 1
      switch next {
      case UInt8(ascii: ","): continue
      case UInt8(ascii: "}"): return result
      default:
        index -= 1
        throw failure(Text.current(.canonExpectedCommaOrBrace))
      }
    }
  }

  private mutating func value(depth: Int) throws(CanonicalDecodeError) -> JSONValue {
    guard let byte = current else { throw failure(Text.current(.canonEndsBeforeValue)) }
    switch byte {
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "{"): return .object(try object(depth: depth + 1))
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .integer(try integer())
    default: throw failure(Text.current(.canonExpectedValue))
    }
  }

  private mutating func integer() throws(CanonicalDecodeError) -> Int64 {
    let start = index
    let negative = current == UInt8(ascii: "-")
    if negative { index += 1 }
    guard let first = current, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else {
      throw failure(Text.current(.canonExpectedDigit))
    }
    if first == UInt8(ascii: "0") {
      index += 1
      if negative {
        throw CanonicalDecodeError(offset: start, reason: Text.current(.canonNegativeZero))
      }
      if let next = current, next >= UInt8(ascii: "0"), next <= UInt8(ascii: "9") {
        throw CanonicalDecodeError(offset: start, reason: Text.current(.canonLeadingZero))
      }
      try rejectFraction()
      return 0
    }
    // Accumulate as a negative number so that Int64.min parses without overflow.
    var accumulator: Int64 = 0
    while let digit = current, digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") {
      let (shifted, overflow1) = accumulator.multipliedReportingOverflow(by: 10)
      let (next, overflow2) = shifted.subtractingReportingOverflow(Int64(digit &- 48))
      if overflow1 || overflow2 {
        throw CanonicalDecodeError(offset: start, reason: Text.current(.canonTooBig))
      }
      accumulator = next
      index += 1
    }
    try rejectFraction()
    if negative { return accumulator }
    guard accumulator != Int64.min else {
      throw CanonicalDecodeError(offset: start, reason: Text.current(.canonTooBig))
    }
    return -accumulator
  }

  private func rejectFraction() throws(CanonicalDecodeError) {
    if current == UInt8(ascii: ".") || current == UInt8(ascii: "e")
      || current == UInt8(ascii: "E")
    {
      throw failure(Text.current(.canonOnlyIntegers))
    }
  }

  private mutating func string() throws(CanonicalDecodeError) -> String {
    let start = index
    index += 1  // the opening quote, checked by the caller
    var scratch: [UInt8] = []
    var runStart = index
    while true {
      guard let byte = current else {
        throw CanonicalDecodeError(offset: start, reason: Text.current(.canonStringOpen))
      }
      switch byte {
      case UInt8(ascii: "\""):
        scratch.append(contentsOf: bytes[runStart..<index])
        index += 1
        guard let text = String(validating: scratch, as: UTF8.self) else {
          throw CanonicalDecodeError(offset: start, reason: Text.current(.canonStringUTF8))
        }
        return text
      case UInt8(ascii: "\\"):
        scratch.append(contentsOf: bytes[runStart..<index])
        scratch.append(try escape())
        runStart = index
      case 0..<0x20:
        throw failure(Text.current(.canonControlEscape))
      case 0x7F:
        throw failure(Text.current(.canonDelete))
      case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
        // U+0080 to U+009F (C1 controls) are 0xC2 0x80 to 0xC2 0x9F in UTF-8.
        throw failure(
          Text.current(.canonControlNotAllowed, ["character": Self.codePoint(bytes[index + 1])]))
      default:
        index += 1
      }
    }
  }

  /// Reads one escape; only `\"`, `\\` and `\u00xx` for bytes below 0x20 are canonical.
  private mutating func escape() throws(CanonicalDecodeError) -> UInt8 {
    let start = index
    index += 1
    guard let kind = current else { throw failure(Text.current(.canonEndsInEscape)) }
    index += 1
    switch kind {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"):
      return kind
    case UInt8(ascii: "u"):
      guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "0"),
        bytes[index + 1] == UInt8(ascii: "0"),
        let high = Self.lowerHexValue(bytes[index + 2]), high <= 1,
        let low = Self.lowerHexValue(bytes[index + 3])
      else {
        throw CanonicalDecodeError(
          offset: start, reason: Text.current(.canonEscapeRange))
      }
      index += 4
      return high << 4 | low
    default:
      throw CanonicalDecodeError(
        offset: start, reason: Text.current(.canonEscapeNotCanonical))
    }
  }

  /// `U+00XX` for the C1 control encoded as 0xC2 `continuation`.
  private static func codePoint(_ continuation: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "U+00" + String(digits[Int(continuation >> 4)]) + String(digits[Int(continuation & 0xF)])
  }

  private static func lowerHexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    default: return nil
    }
  }
}
