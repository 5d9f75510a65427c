import Foundation

/// Reads the test-vector files committed under `Vectors/`, relative to this source file.
enum VectorFiles {
  enum LoadError: Error, CustomStringConvertible {
    case unreadable(String)
    case badHex(String)
    case badJSON(String)

    var description: String {
      switch self {
      case .unreadable(let path): "cannot read \(path)"
      case .badHex(let text): "not hex: \(text.prefix(80))"
      case .badJSON(let path): "unexpected JSON shape in \(path)"
      }
    }
  }

  /// The URL of `Vectors/<folder>/<name>`.
  static func url(_ folder: String, _ name: String, filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .appendingPathComponent("Vectors").appendingPathComponent(folder)
      .appendingPathComponent(name)
  }

  /// The bytes of `Vectors/<folder>/<name>`.
  static func data(_ folder: String, _ name: String) throws -> Data {
    let location = url(folder, name)
    guard let data = FileManager.default.contents(atPath: location.path) else {
      throw LoadError.unreadable(location.path)
    }
    return data
  }

  /// The parsed JSON of `Vectors/<folder>/<name>`.
  static func json(_ folder: String, _ name: String) throws -> Any {
    try JSONSerialization.jsonObject(with: data(folder, name))
  }

  /// The text of `Vectors/<folder>/<name>`.
  static func text(_ folder: String, _ name: String) throws -> String {
    String(decoding: try data(folder, name), as: UTF8.self)
  }
}

/// Decodes hexadecimal text (either case) into bytes.
func bytes(hex: String) throws -> [UInt8] {
  let digits = Array(hex.utf8)
  guard digits.count % 2 == 0 else { throw VectorFiles.LoadError.badHex(hex) }
  var result: [UInt8] = []
  result.reserveCapacity(digits.count / 2)
  var index = 0
  while index < digits.count {
    guard let high = hexNibble(digits[index]), let low = hexNibble(digits[index + 1]) else {
      throw VectorFiles.LoadError.badHex(hex)
    }
    result.append(high << 4 | low)
    index += 2
  }
  return result
}

/// Bytes as lowercase hexadecimal text.
func hex(_ bytes: [UInt8]) -> String {
  bytes.map { String(format: "%02x", $0) }.joined()
}

private func hexNibble(_ ascii: UInt8) -> UInt8? {
  switch ascii {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): ascii - UInt8(ascii: "0")
  case UInt8(ascii: "a")...UInt8(ascii: "f"): ascii - UInt8(ascii: "a") + 10
  case UInt8(ascii: "A")...UInt8(ascii: "F"): ascii - UInt8(ascii: "A") + 10
  default: nil
  }
}
