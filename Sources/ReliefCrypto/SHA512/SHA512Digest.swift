/// A 64-byte SHA-512 digest, stored inline without heap allocation.
///
/// Equality and hashing compare all 64 bytes. The text form is 128 lowercase hexadecimal
/// characters.
public struct SHA512Digest: Hashable, Sendable, CustomStringConvertible {
  /// The eight words hold the digest bytes in order, in memory exactly as they appear in the
  /// digest, so a pointer to the tuple is a pointer to the bytes.
  typealias Words = (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

  private var w0: UInt64
  private var w1: UInt64
  private var w2: UInt64
  private var w3: UInt64
  private var w4: UInt64
  private var w5: UInt64
  private var w6: UInt64
  private var w7: UInt64

  /// The number of bytes in a digest.
  public static let byteCount = 64

  private init(words: Words) {
    (w0, w1, w2, w3) = (words.0, words.1, words.2, words.3)
    (w4, w5, w6, w7) = (words.4, words.5, words.6, words.7)
  }

  /// Creates a digest by letting `body` fill all 64 bytes.
  @inline(__always)
  init(filling body: (UnsafeMutableRawBufferPointer) -> Void) {
    var words: Words = (0, 0, 0, 0, 0, 0, 0, 0)
    Swift.withUnsafeMutableBytes(of: &words) { body($0) }
    self.init(words: words)
  }

  /// Creates a digest from exactly 64 bytes; returns nil for any other count.
  public init?(bytes: some Collection<UInt8>) {
    guard bytes.count == Self.byteCount else { return nil }
    self.init { $0.copyBytes(from: bytes) }
  }

  /// The 64 digest bytes as an array.
  public var bytes: [UInt8] {
    withUnsafeBytes { Array($0) }
  }

  /// The digest as 128 lowercase hexadecimal characters.
  public var hex: String {
    withUnsafeBytes { Hex.encode($0) }
  }

  /// The digest as 128 lowercase hexadecimal characters; same as `hex`.
  public var description: String { hex }

  /// Calls `body` with a pointer to the 64 digest bytes, valid only during the call.
  public func withUnsafeBytes<R>(
    _ body: (UnsafeRawBufferPointer) throws -> R
  ) rethrows -> R {
    let words: Words = (w0, w1, w2, w3, w4, w5, w6, w7)
    return try Swift.withUnsafeBytes(of: words, body)
  }
}
