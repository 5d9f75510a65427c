/// Collects the bytes of one value up to a size limit, counting but dropping the rest, so
/// that an oversized value costs no memory yet its size can still be reported.
struct BoundedBuffer {
  let sizeBytesMax: Int
  /// The bytes kept; complete only while ``isWithinLimit``.
  private(set) var bytes: [UInt8] = []
  /// The size of everything appended since the last reset, kept or not.
  private(set) var sizeBytes = 0

  init(sizeBytesMax: Int) {
    self.sizeBytesMax = sizeBytesMax
  }

  /// True while the value fits the limit.
  var isWithinLimit: Bool { sizeBytes <= sizeBytesMax }

  /// Empties the buffer, keeping its storage for the next value.
  mutating func reset() {
    bytes.removeAll(keepingCapacity: true)
    sizeBytes = 0
  }

  mutating func append(_ part: UnsafeBufferPointer<UInt8>) {
    sizeBytes += part.count
    guard isWithinLimit else { return }
    bytes.append(contentsOf: part)
  }

  mutating func append(_ byte: UInt8) {
    sizeBytes += 1
    guard isWithinLimit else { return }
    bytes.append(byte)
  }

  /// The value as text (the bytes must be UTF-8), or nil when it exceeded the limit.
  func string() -> String? {
    isWithinLimit ? String(decoding: bytes, as: UTF8.self) : nil
  }
}
