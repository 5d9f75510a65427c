import ReliefText

/// Why an RFC 9162 inclusion or consistency proof does not verify.
public enum MerkleProofError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The leaf index is not below the tree size.
  case indexOutOfRange(index: UInt64, treeSize: UInt64)
  /// The first tree size is larger than the second.
  case sizesOutOfOrder(first: UInt64, second: UInt64)
  /// A consistency proof from the empty tree was given; RFC 9162 defines none.
  case emptyFirstTree
  /// The proof has the wrong number of hashes for the sizes involved.
  case wrongProofLength(expected: Int, actual: Int)
  /// The root computed from the proof differs from the expected root.
  case rootMismatch
  /// For a consistency proof, the computed first root differs from the expected one.
  case firstRootMismatch

  /// A sentence naming the problem.
  public var description: String {
    switch self {
    case .indexOutOfRange(let index, let size):
      Text.current(.merkleIndexOutOfRange, ["index": "\(index)", "size": "\(size)"])
    case .sizesOutOfOrder(let first, let second):
      Text.current(.merkleSizesOutOfOrder, ["first": "\(first)", "second": "\(second)"])
    case .emptyFirstTree: Text.current(.merkleEmptyFirst)
    case .wrongProofLength(let expected, let actual):
      Text.current(.merkleWrongLength, ["actual": "\(actual)", "expected": "\(expected)"])
    case .rootMismatch: Text.current(.merkleRootMismatch)
    case .firstRootMismatch: Text.current(.merkleFirstRootMismatch)
    }
  }
}
