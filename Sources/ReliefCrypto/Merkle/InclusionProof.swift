/// An RFC 9162 inclusion proof (audit path): the hashes that, with a leaf hash, recompute
/// the root of a tree of `treeSize` leaves.
///
/// The hashes run from the leaf's sibling up to a child of the root (section 2.1.3.1).
public struct InclusionProof: Hashable, Sendable {
  /// The zero-based index of the leaf.
  public let leafIndex: UInt64
  /// The number of leaves in the tree.
  public let treeSize: UInt64
  /// The audit path, leaf end first.
  public let hashes: [SHA256Digest]

  /// Wraps a proof's fields without checking them; `verify` checks.
  public init(leafIndex: UInt64, treeSize: UInt64, hashes: [SHA256Digest]) {
    self.leafIndex = leafIndex
    self.treeSize = treeSize
    self.hashes = hashes
  }

  /// Checks that `leafHash` is at `leafIndex` in the tree with root `root`, by the
  /// algorithm of RFC 9162 section 2.1.3.2.
  ///
  /// - Throws: `MerkleProofError` naming why the proof fails.
  public func verify(leafHash: SHA256Digest, root: SHA256Digest) throws(MerkleProofError) {
    let computed = try computeRoot(leafHash: leafHash)
    guard computed == root else { throw .rootMismatch }
  }

  /// The root that the proof and `leafHash` lead to (RFC 9162 section 2.1.3.2, steps 1-5
  /// without the final comparison with a root).
  ///
  /// - Throws: `MerkleProofError` if the index or the proof length does not fit the size.
  public func computeRoot(leafHash: SHA256Digest) throws(MerkleProofError) -> SHA256Digest {
    guard leafIndex < treeSize else {
      throw .indexOutOfRange(index: leafIndex, treeSize: treeSize)
    }
    let expected = MerkleShape.inclusionLength(index: leafIndex, size: treeSize)
    var fn = leafIndex
    var sn = treeSize &- 1
    var r = leafHash
    for p in hashes {
      guard sn != 0 else { throw .wrongProofLength(expected: expected, actual: hashes.count) }
      if fn & 1 == 1 || fn == sn {
        r = MerkleHash.node(p, r)
        if fn & 1 == 0 {
          while fn & 1 == 0 && fn != 0 {
            fn &>>= 1
            sn &>>= 1
          }
        }
      } else {
        r = MerkleHash.node(r, p)
      }
      fn &>>= 1
      sn &>>= 1
    }
    guard sn == 0 else { throw .wrongProofLength(expected: expected, actual: hashes.count) }
    return r
  }
}
