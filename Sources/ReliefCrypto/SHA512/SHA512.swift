/// A streaming SHA-512 hasher (FIPS 180-4).
///
/// Feed bytes with `update` any number of times, then read the digest with `finalize`.
/// The hasher is a value: `finalize` does not change it, so hashing may continue after a
/// digest has been read, and copies hash independently.
public struct SHA512: Sendable {
  /// Bytes per compression block.
  static let blockByteCount = 128

  /// The eight chaining words.
  var state: State
  /// Bytes received but not yet compressed; only the first `bufferedCount` are meaningful.
  var buffer: Block
  /// How many bytes of `buffer` are in use, always below `blockByteCount`.
  var bufferedCount: Int
  /// Total message bytes received so far.
  ///
  /// FIPS 180-4 allows messages up to 2^128 bits; a 64-bit byte count covers 16 EiB, far beyond
  /// anything this program hashes.
  var messageByteCount: UInt64

  /// Creates a hasher for an empty message.
  public init() {
    state = State.initial
    buffer = Self.emptyBlock
    bufferedCount = 0
    messageByteCount = 0
  }

  /// Appends `bytes` to the message.
  public mutating func update(_ bytes: UnsafeRawBufferPointer) {
    var input = bytes[...]
    messageByteCount &+= UInt64(input.count)
    if bufferedCount > 0 {
      input = fillBuffer(from: input)
      guard bufferedCount == Self.blockByteCount else { return }
      let block = buffer
      Swift.withUnsafeBytes(of: block) { Self.compress(&state, blocks: $0) }
      bufferedCount = 0
    }
    let wholeBlocksEnd = input.startIndex &+ (input.count & ~(Self.blockByteCount &- 1))
    if wholeBlocksEnd > input.startIndex {
      let blocks = UnsafeRawBufferPointer(rebasing: input[..<wholeBlocksEnd])
      Self.compress(&state, blocks: blocks)
      input = input[wholeBlocksEnd...]
    }
    if !input.isEmpty {
      _ = fillBuffer(from: input)
    }
  }

  /// Appends `bytes` to the message.
  public mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { update($0) }
  }

  /// Appends `bytes` to the message.
  public mutating func update(_ bytes: ArraySlice<UInt8>) {
    bytes.withUnsafeBytes { update($0) }
  }

  /// Returns the digest of all bytes appended so far, leaving the hasher unchanged.
  public func finalize() -> SHA512Digest {
    var copy = self
    return copy.pad()
  }

  /// Returns the digest of `bytes`.
  public static func hash(_ bytes: UnsafeRawBufferPointer) -> SHA512Digest {
    var hasher = SHA512()
    hasher.update(bytes)
    return hasher.pad()
  }

  /// Returns the digest of `bytes`.
  public static func hash(_ bytes: [UInt8]) -> SHA512Digest {
    bytes.withUnsafeBytes { hash($0) }
  }

  /// Returns the digest of `bytes`.
  public static func hash(_ bytes: ArraySlice<UInt8>) -> SHA512Digest {
    bytes.withUnsafeBytes { hash($0) }
  }
}
