import ReliefLog

/// Writes compact JSON for `--json` output, with strings escaped as in the journal.
struct JSONWriter {
  private(set) var bytes: [UInt8] = []
  private var needsComma: [Bool] = [false]

  var text: String { String(decoding: bytes, as: UTF8.self) }

  private mutating func separate() {
    if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
    needsComma[needsComma.count - 1] = true
  }

  mutating func beginObject() {
    separate()
    bytes.append(UInt8(ascii: "{"))
    needsComma.append(false)
  }

  mutating func endObject() {
    needsComma.removeLast()
    bytes.append(UInt8(ascii: "}"))
  }

  mutating func beginArray() {
    separate()
    bytes.append(UInt8(ascii: "["))
    needsComma.append(false)
  }

  mutating func endArray() {
    needsComma.removeLast()
    bytes.append(UInt8(ascii: "]"))
  }

  /// Writes a member name; the next value call writes its value.
  mutating func key(_ name: String) {
    separate()
    CanonicalEncoder.appendString(name, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
    needsComma[needsComma.count - 1] = false
  }

  mutating func value(_ number: Int64) {
    separate()
    CanonicalEncoder.appendInteger(number, to: &bytes)
  }

  mutating func value(_ text: String) {
    separate()
    CanonicalEncoder.appendString(text, to: &bytes)
  }

  mutating func value(_ flag: Bool) {
    separate()
    bytes.append(contentsOf: Array((flag ? "true" : "false").utf8))
  }

  mutating func null() {
    separate()
    bytes.append(contentsOf: Array("null".utf8))
  }

  mutating func member(_ name: String, _ number: Int64) {
    key(name)
    value(number)
  }

  mutating func member(_ name: String, _ text: String) {
    key(name)
    value(text)
  }

  /// Appends already-encoded JSON as a value.
  mutating func raw(_ encoded: [UInt8]) {
    separate()
    bytes.append(contentsOf: encoded)
  }
}
