/// A 32-byte SHA-256 digest, stored inline without heap allocation.
///
/// Equality and hashing compare all 32 bytes. The canonical text form is 64 lowercase
/// hexadecimal characters.
public struct SHA256Digest: Hashable, Sendable, CustomStringConvertible {
  /// Digest bytes in order, held in memory exactly as they appear in the digest.
  private var w0: UInt64
  private var w1: UInt64
  private var w2: UInt64
  private var w3: UInt64

  /// The number of bytes in a digest.
  public static let byteCount = 32

  /// The digest whose 32 bytes are all zero.
  public static let zero = SHA256Digest(w0: 0, w1: 0, w2: 0, w3: 0)

  private init(w0: UInt64, w1: UInt64, w2: UInt64, w3: UInt64) {
    self.w0 = w0
    self.w1 = w1
    self.w2 = w2
    self.w3 = w3
  }

  /// Creates a digest by letting `body` fill all 32 bytes.
  @inline(__always)
  init(filling body: (UnsafeMutableRawBufferPointer) -> Void) {
    var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    Swift.withUnsafeMutableBytes(of: &words) { body($0) }
    self.init(w0: words.0, w1: words.1, w2: words.2, w3: words.3)
  }

  /// Creates a digest from exactly 32 bytes; returns nil for any other count.
  public init?(bytes: some Collection<UInt8>) {
    guard bytes.count == Self.byteCount else { return nil }
    self.init { $0.copyBytes(from: bytes) }
  }

  /// The 32 digest bytes as an array.
  public var bytes: [UInt8] {
    withUnsafeBytes { Array($0) }
  }

  /// Calls `body` with a pointer to the 32 digest bytes, valid only during the call.
  @inlinable
  public func withUnsafeBytes<R>(
    _ body: (UnsafeRawBufferPointer) throws -> R
  ) rethrows -> R {
    let words = wordTuple
    return try Swift.withUnsafeBytes(of: words, body)
  }

  @usableFromInline
  var wordTuple: (UInt64, UInt64, UInt64, UInt64) {
    (w0, w1, w2, w3)
  }
}
