import ReliefCrypto

/// Where the next line attaches: its seq, the hash it must name as `prev`, and the earliest
/// append time it may carry.
public struct ChainHead: Equatable, Sendable {
  /// The seq the next line gets (equal to the number of lines so far).
  public var nextSeq: Int64
  /// SHA-256 of the last line's bytes, or all zero before the first line.
  public var lastHash: SHA256Digest
  /// The last line's append time; appends never go back before it.
  public var lastTimeMillis: Int64

  /// Creates a head from the next seq, the last line's hash and the last append time.
  public init(nextSeq: Int64, lastHash: SHA256Digest, lastTimeMillis: Int64) {
    self.nextSeq = nextSeq
    self.lastHash = lastHash
    self.lastTimeMillis = lastTimeMillis
  }

  /// The head of an empty journal.
  public static let empty = ChainHead(nextSeq: 0, lastHash: .zero, lastTimeMillis: 0)

  /// The seq of the last line, or nil for an empty journal.
  public var lastSeq: Int64? { nextSeq > 0 ? nextSeq - 1 : nil }
}
