/// An entry bundle (c2sp.org/tlog-tiles): the entries of one level-0 tile, each as a
/// big-endian 16-bit length followed by its bytes.
public struct EntryBundle: Sendable {
  /// The longest entry a bundle can hold, in bytes.
  public static let entrySizeBytesMax = 65_535

  /// The bundle's bytes so far.
  public private(set) var bytes: [UInt8] = []
  /// The entries in it.
  public private(set) var count = 0

  /// An empty bundle.
  public init() {}

  /// Adds `entry`; false (and nothing added) if it is longer than `entrySizeBytesMax`.
  public mutating func append(_ entry: UnsafeRawBufferPointer) -> Bool {
    guard entry.count <= Self.entrySizeBytesMax else { return false }
    bytes.append(UInt8(entry.count >> 8))
    bytes.append(UInt8(entry.count & 0xFF))
    bytes.append(contentsOf: entry)
    count += 1
    return true
  }

  /// Empties the bundle for the next tile.
  public mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    count = 0
  }
}
