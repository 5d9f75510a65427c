/// An RFC 9162 consistency proof: the hashes that show a tree of `secondSize` leaves
/// extends the tree of its first `firstSize` leaves (section 2.1.4.1).
public struct ConsistencyProof: Hashable, Sendable {
  /// The size of the older tree.
  public let firstSize: UInt64
  /// The size of the newer tree.
  public let secondSize: UInt64
  /// The proof hashes, in the order of RFC 9162 section 2.1.4.1.
  public let hashes: [SHA256Digest]

  /// Wraps a proof's fields without checking them; `verify` checks.
  public init(firstSize: UInt64, secondSize: UInt64, hashes: [SHA256Digest]) {
    self.firstSize = firstSize
    self.secondSize = secondSize
    self.hashes = hashes
  }

  /// Checks that `secondRoot` is the root of a tree whose first `firstSize` leaves have
  /// root `firstRoot`, by the algorithm of RFC 9162 section 2.1.4.2.
  ///
  /// Equal sizes need an empty proof and equal roots. A proof from the empty tree is
  /// rejected, as RFC 9162 defines none (the behaviour of transparency-dev/merkle).
  ///
  /// - Throws: `MerkleProofError` naming why the proof fails.
  public func verify(
    firstRoot: SHA256Digest, secondRoot: SHA256Digest
  ) throws(MerkleProofError) {
    guard firstSize <= secondSize else {
      throw .sizesOutOfOrder(first: firstSize, second: secondSize)
    }
    guard firstSize != 0 else { throw .emptyFirstTree }
    let expected = MerkleShape.consistencyLength(first: firstSize, second: secondSize)
    if firstSize == secondSize {
      guard hashes.isEmpty else { throw .wrongProofLength(expected: 0, actual: hashes.count) }
      guard firstRoot == secondRoot else { throw .rootMismatch }
      return
    }
    // Step 1: an empty path fails. Step 2: a power-of-two first size prepends its root.
    var path = hashes
    guard !path.isEmpty else { throw .wrongProofLength(expected: expected, actual: 0) }
    if firstSize & (firstSize &- 1) == 0 {
      path.insert(firstRoot, at: 0)
    }
    guard let (fr, sr, sn) = Self.fold(path, firstSize: firstSize, secondSize: secondSize),
      sn == 0
    else { throw .wrongProofLength(expected: expected, actual: hashes.count) }
    guard fr == firstRoot else { throw .firstRootMismatch }
    guard sr == secondRoot else { throw .rootMismatch }
  }

  /// Steps 3-6 of RFC 9162 section 2.1.4.2: returns fr, sr and the final sn, or nil when
  /// step 6a fails (sn reached 0 with hashes left over).
  private static func fold(
    _ path: [SHA256Digest], firstSize: UInt64, secondSize: UInt64
  ) -> (SHA256Digest, SHA256Digest, UInt64)? {
    var fn = firstSize &- 1
    var sn = secondSize &- 1
    while fn & 1 == 1 {
      fn &>>= 1
      sn &>>= 1
    }
    var fr = path[0]
    var sr = path[0]
    for c in path.dropFirst() {
      guard sn != 0 else { return nil }
      if fn & 1 == 1 || fn == sn {
        fr = MerkleHash.node(c, fr)
        sr = MerkleHash.node(c, sr)
        if fn & 1 == 0 {
          while fn & 1 == 0 && fn != 0 {
            fn &>>= 1
            sn &>>= 1
          }
        }
      } else {
        sr = MerkleHash.node(sr, c)
      }
      fn &>>= 1
      sn &>>= 1
    }
    return (fr, sr, sn)
  }
}
