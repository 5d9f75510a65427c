import Foundation

/// A parsed NIST CAVP response (.rsp) file: its `key = value` lines in file order.
///
/// Comment lines (`#`), section headers (`[L = 32]`) and blank lines are skipped. Lines may end
/// in CRLF (as NIST ships them) or LF.
struct NISTVectorFile {
  struct Entry: Equatable {
    let key: String
    let value: String
  }

  /// One hash test case: a message of `bitLength` bits and its expected digest in hex.
  struct MessageCase {
    let bitLength: Int
    let message: [UInt8]
    let digestHex: String
  }

  /// A Monte Carlo file: the seed and the checkpoint digests in hex, indexed by COUNT.
  struct MonteCarlo {
    let seed: [UInt8]
    let checkpointHexes: [String]
  }

  enum ParseError: Error, CustomStringConvertible {
    case malformedLine(number: Int, text: String)
    case unexpectedKey(String, expected: String)
    case badHex(key: String, value: String)
    case badLength(String)

    var description: String {
      switch self {
      case .malformedLine(let number, let text): "line \(number) is not `key = value`: \(text)"
      case .unexpectedKey(let key, let expected): "found key \(key), expected \(expected)"
      case .badHex(let key, let value): "\(key) is not hex: \(value)"
      case .badLength(let value): "bad Len: \(value)"
      }
    }
  }

  let entries: [Entry]

  init(text: String) throws {
    var entries: [Entry] = []
    // Swift treats "\r\n" as one Character, which `isNewline` matches, as it does "\n".
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    for (index, line) in lines.enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("[") { continue }
      let parts = trimmed.split(separator: "=", maxSplits: 1)
      guard parts.count == 2 else {
        throw ParseError.malformedLine(number: index + 1, text: String(trimmed))
      }
      entries.append(
        Entry(
          key: parts[0].trimmingCharacters(in: .whitespaces),
          value: parts[1].trimmingCharacters(in: .whitespaces)
        ))
    }
    self.entries = entries
  }

  /// Loads a file from the vendored vector directory next to this source file.
  static func load(_ name: String, filePath: StaticString = #filePath) throws -> NISTVectorFile {
    let url = URL(fileURLWithPath: "\(filePath)")
      .deletingLastPathComponent()
      .appendingPathComponent("Vectors/nist-cavp-sha256")
      .appendingPathComponent(name)
    let data = try Data(contentsOf: url)
    return try NISTVectorFile(text: String(decoding: data, as: UTF8.self))
  }

  /// The `Len`/`Msg`/`MD` triples of a ShortMsg or LongMsg file.
  ///
  /// `Msg` is truncated to `Len / 8` bytes, so `Len = 0` with `Msg = 00` yields the empty
  /// message.
  func messageCases() throws -> [MessageCase] {
    var cases: [MessageCase] = []
    var index = 0
    while index < entries.count {
      let len = try value(at: index, key: "Len")
      let msg = try hexValue(at: index + 1, key: "Msg")
      let md = try digestHex(at: index + 2)
      guard let bitLength = Int(len), bitLength % 8 == 0, bitLength / 8 <= msg.count else {
        throw ParseError.badLength(len)
      }
      cases.append(
        MessageCase(
          bitLength: bitLength,
          message: Array(msg.prefix(bitLength / 8)),
          digestHex: md
        ))
      index += 3
    }
    return cases
  }

  /// The seed and checkpoints of a Monte Carlo file.
  func monteCarlo() throws -> MonteCarlo {
    let seed = try hexValue(at: 0, key: "Seed")
    var checkpoints: [String] = []
    var index = 1
    while index < entries.count {
      let count = try value(at: index, key: "COUNT")
      guard Int(count) == checkpoints.count else {
        throw ParseError.unexpectedKey("COUNT = \(count)", expected: "COUNT = \(checkpoints.count)")
      }
      checkpoints.append(try digestHex(at: index + 1))
      index += 2
    }
    return MonteCarlo(seed: seed, checkpointHexes: checkpoints)
  }

  private func value(at index: Int, key: String) throws -> String {
    guard index < entries.count else {
      throw ParseError.unexpectedKey("end of file", expected: key)
    }
    let entry = entries[index]
    guard entry.key == key else { throw ParseError.unexpectedKey(entry.key, expected: key) }
    return entry.value
  }

  /// The `MD` value at `index`, checked to be 32 bytes of hex and lowercased.
  private func digestHex(at index: Int) throws -> String {
    let text = try value(at: index, key: "MD")
    guard bytesFromHex(text)?.count == 32 else { throw ParseError.badHex(key: "MD", value: text) }
    return text.lowercased()
  }

  private func hexValue(at index: Int, key: String) throws -> [UInt8] {
    let text = try value(at: index, key: key)
    guard let bytes = bytesFromHex(text) else { throw ParseError.badHex(key: key, value: text) }
    return bytes
  }
}

/// Decodes an even-length string of hex digits (either case); nil if malformed.
func bytesFromHex(_ text: String) -> [UInt8]? {
  let digits = Array(text.utf8)
  guard digits.count % 2 == 0 else { return nil }
  var bytes: [UInt8] = []
  bytes.reserveCapacity(digits.count / 2)
  var index = 0
  while index < digits.count {
    guard let high = hexNibble(digits[index]), let low = hexNibble(digits[index + 1]) else {
      return nil
    }
    bytes.append(high << 4 | low)
    index += 2
  }
  return bytes
}

private func hexNibble(_ ascii: UInt8) -> UInt8? {
  switch ascii {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): ascii - UInt8(ascii: "0")
  case UInt8(ascii: "a")...UInt8(ascii: "f"): ascii - UInt8(ascii: "a") + 10
  case UInt8(ascii: "A")...UInt8(ascii: "F"): ascii - UInt8(ascii: "A") + 10
  default: nil
  }
}
