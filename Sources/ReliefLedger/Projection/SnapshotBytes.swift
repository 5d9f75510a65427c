/// Appends the fields of a projection snapshot as little-endian binary.
///
/// The format is private to this version of relief: a snapshot written by another version
/// is rejected by its version number and rebuilt from the journal.
struct SnapshotWriter {
  private(set) var bytes: [UInt8] = []

  mutating func int64(_ value: Int64) { uint64(UInt64(bitPattern: value)) }

  mutating func uint64(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func count(_ value: Int) { int64(Int64(value)) }

  mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func string(_ value: String) {
    count(value.utf8.count)
    bytes.append(contentsOf: value.utf8)
  }

  mutating func optionalString(_ value: String?) {
    bool(value != nil)
    if let value { string(value) }
  }

  mutating func optionalInt64(_ value: Int64?) {
    bool(value != nil)
    if let value { int64(value) }
  }

  mutating func raw(_ value: [UInt8]) { bytes.append(contentsOf: value) }
}

/// A snapshot that cannot be read back: damaged, truncated or from another version.
struct SnapshotFormatError: Error, Equatable {
  let reason: String
}

/// Reads the fields `SnapshotWriter` wrote, in the same order.
struct SnapshotReader {
  private let bytes: [UInt8]
  private var position: Int

  init(_ bytes: [UInt8], from position: Int = 0) {
    self.bytes = bytes
    self.position = position
  }

  var isAtEnd: Bool { position == bytes.count }

  /// The bytes not read yet.
  var remainingBytes: Int { bytes.count - position }

  mutating func uint64() throws(SnapshotFormatError) -> UInt64 {
    guard bytes.count - position >= 8 else { throw SnapshotFormatError(reason: "cut short") }
    // One unaligned load, not eight checked byte reads: a large state file holds hundreds
    // of thousands of these, and every append reads it.
    let start = position
    let value = bytes.withUnsafeBytes {
      UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: start, as: UInt64.self))
    }
    position += 8
    return value
  }

  mutating func int64() throws(SnapshotFormatError) -> Int64 {
    Int64(bitPattern: try uint64())
  }

  /// A count of following items, bounded by the bytes left so that damage cannot make the
  /// reader allocate without limit.
  mutating func count() throws(SnapshotFormatError) -> Int {
    let value = try int64()
    guard value >= 0, value <= Int64(bytes.count - position) else {
      throw SnapshotFormatError(reason: "a count of \(value) at byte \(position)")
    }
    return Int(value)
  }

  mutating func bool() throws(SnapshotFormatError) -> Bool {
    guard position < bytes.count else { throw SnapshotFormatError(reason: "cut short") }
    let byte = bytes[position]
    guard byte <= 1 else { throw SnapshotFormatError(reason: "a flag of \(byte)") }
    position += 1
    return byte == 1
  }

  mutating func raw(_ count: Int) throws(SnapshotFormatError) -> [UInt8] {
    guard bytes.count - position >= count else {
      throw SnapshotFormatError(reason: "cut short")
    }
    defer { position += count }
    return Array(bytes[position..<position + count])
  }

  mutating func string() throws(SnapshotFormatError) -> String {
    let length = try count()
    let utf8 = try raw(length)
    guard let text = String(validating: utf8, as: UTF8.self) else {
      throw SnapshotFormatError(reason: "a string that is not UTF-8")
    }
    return text
  }

  mutating func optionalString() throws(SnapshotFormatError) -> String? {
    try bool() ? try string() : nil
  }

  mutating func optionalInt64() throws(SnapshotFormatError) -> Int64? {
    try bool() ? try int64() : nil
  }
}
