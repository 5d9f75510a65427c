/// Writes values in the journal's canonical encoding: no whitespace, members in the order
/// given, integers in shortest decimal form, and one escaping rule for strings.
public enum CanonicalEncoder {
  /// The canonical bytes of `object`.
  public static func encode(_ object: JSONObject) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    append(object, to: &out)
    return out
  }

  /// Appends the canonical bytes of `object` to `out`.
  public static func append(_ object: JSONObject, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "{"))
    for (index, member) in object.members.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      appendString(member.key, to: &out)
      out.append(UInt8(ascii: ":"))
      append(member.value, to: &out)
    }
    out.append(UInt8(ascii: "}"))
  }

  /// Appends the canonical bytes of `value` to `out`.
  public static func append(_ value: JSONValue, to out: inout [UInt8]) {
    switch value {
    case .integer(let number): appendInteger(number, to: &out)
    case .string(let text): appendString(text, to: &out)
    case .object(let object): append(object, to: &out)
    }
  }

  /// Appends `number` in decimal with no leading zeros and no plus sign.
  public static func appendInteger(_ number: Int64, to out: inout [UInt8]) {
    if number == 0 {
      out.append(UInt8(ascii: "0"))
      return
    }
    // Work in the magnitude as UInt64 so that Int64.min has no overflow.
    var magnitude = number.magnitude
    var digits:
      (
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
      ) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      while magnitude > 0 {
        buffer[count] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
        magnitude /= 10
        count += 1
      }
    }
    if number < 0 { out.append(UInt8(ascii: "-")) }
    withUnsafeBytes(of: &digits) { buffer in
      var index = count - 1
      while index >= 0 {
        out.append(buffer[index])
        index -= 1
      }
    }
  }

  /// Appends `text` as a JSON string: `"` and `\` escaped with a backslash, bytes below
  /// 0x20 as `\u00xx` with lowercase hex, every other character as its UTF-8 bytes.
  ///
  /// U+007F and U+0080 to U+009F are written as they are, which the decoder refuses: the
  /// field rules keep them out of every journal string, and `--json` output may carry them.
  public static func appendString(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    // Most strings need no escape: copy their UTF-8 in one go when that is so.
    let copied =
      text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
        for byte in utf8
        where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
          return false
        }
        out.append(contentsOf: utf8)
        return true
      } ?? false
    if copied {
      out.append(UInt8(ascii: "\""))
      return
    }
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"):
        out.append(UInt8(ascii: "\\"))
        out.append(byte)
      case 0..<0x20:
        out.append(contentsOf: [
          UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
          hexDigit(byte >> 4), hexDigit(byte & 0x0F),
        ])
      default:
        out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  @inline(__always)
  static func hexDigit(_ nibble: UInt8) -> UInt8 {
    nibble < 10 ? UInt8(ascii: "0") &+ nibble : UInt8(ascii: "a") &+ (nibble &- 10)
  }
}

/// Takes an object's members one by one, in encoding order.
public protocol JSONMemberSink {
  /// Takes the member `key` with `value`, after the ones taken before it.
  mutating func append(_ key: String, _ value: JSONValue)
}

extension JSONObject: JSONMemberSink {}

/// Writes each member it takes as canonical bytes, `,"key":value`: the members of a line
/// after its header, with no `JSONObject` built in between.
public struct CanonicalMemberWriter: JSONMemberSink {
  /// The bytes written so far.
  public var bytes: [UInt8]

  /// Starts writing after `bytes`.
  public init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Appends `,"key":value` in the canonical encoding.
  public mutating func append(_ key: String, _ value: JSONValue) {
    bytes.append(UInt8(ascii: ","))
    CanonicalEncoder.appendString(key, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
    CanonicalEncoder.append(value, to: &bytes)
  }
}
