/// Thirty-two bytes held inline, without heap allocation: seeds, hash halves, encodings.
struct Bytes32: Hashable, Sendable {
  private var w0: UInt64
  private var w1: UInt64
  private var w2: UInt64
  private var w3: UInt64

  /// Creates the bytes by letting `body` fill all 32.
  @inline(__always)
  init(filling body: (UnsafeMutableRawBufferPointer) -> Void) {
    var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    Swift.withUnsafeMutableBytes(of: &words) { body($0) }
    (w0, w1, w2, w3) = words
  }

  /// Copies exactly 32 bytes.
  init(copying bytes: UnsafeRawBufferPointer) {
    precondition(bytes.count == 32, "Bytes32 takes 32 bytes")
    self.init { $0.copyMemory(from: bytes) }
  }

  /// Calls `body` with a pointer to the 32 bytes, valid only during the call.
  @inline(__always)
  func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    let words = (w0, w1, w2, w3)
    return try Swift.withUnsafeBytes(of: words, body)
  }

  /// The 32 bytes as an array.
  var array: [UInt8] {
    withUnsafeBytes { Array($0) }
  }
}
