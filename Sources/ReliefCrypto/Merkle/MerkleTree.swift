/// An RFC 6962 Merkle tree of `size` leaves, computing roots and proofs on demand.
///
/// The tree reads perfect (full, aligned) subtree hashes from a closure, so it can sit on
/// an array of leaf hashes, a function giving leaf hash i, or a store of cached nodes.
/// Every algorithm is iterative.
public struct MerkleTree {
  /// The number of leaves.
  public let size: UInt64
  /// The hash of the perfect subtree of height `level` (2^level leaves) at position
  /// `index` (its first leaf is index · 2^level).
  let perfectHash: (_ level: Int, _ index: UInt64) -> SHA256Digest

  /// Makes a tree over leaf hashes given by `leafHash(i)` for i below `size`.
  public init(size: UInt64, leafHash: @escaping (UInt64) -> SHA256Digest) {
    self.size = size
    self.perfectHash = { level, index in
      Self.foldPerfect(
        first: index &<< UInt64(level), count: UInt64(1) &<< UInt64(level),
        leafHash: leafHash)
    }
  }

  /// Makes a tree whose perfect subtree hashes come from `perfectSubtreeHash(level, index)`:
  /// the root of leaves index · 2^level ..< (index + 1) · 2^level (level 0 is the leaf hash).
  public init(
    size: UInt64, perfectSubtreeHash: @escaping (_ level: Int, _ index: UInt64) -> SHA256Digest
  ) {
    self.size = size
    self.perfectHash = perfectSubtreeHash
  }

  /// Makes a tree over the given leaf hashes.
  public init(leafHashes: [SHA256Digest]) {
    self.init(size: UInt64(leafHashes.count)) { leafHashes[Int($0)] }
  }

  /// The root of the whole tree (the empty-tree hash when `size` is 0).
  public var root: SHA256Digest { root(ofFirst: size) }

  /// The root of the tree of the first `count` leaves, for `count` ≤ `size`.
  public func root(ofFirst count: UInt64) -> SHA256Digest {
    count == 0 ? MerkleHash.emptyRoot : rangeHash(0, count)
  }

  /// The RFC 9162 inclusion proof of leaf `index` in the tree of the first `treeSize`
  /// leaves (section 2.1.3.1), or nil unless index < treeSize ≤ size.
  public func inclusionProof(index: UInt64, treeSize: UInt64) -> InclusionProof? {
    guard index < treeSize, treeSize <= size else { return nil }
    var siblings: [SHA256Digest] = []
    var lo: UInt64 = 0
    var n = treeSize
    var m = index
    while n > 1 {
      let k = MerkleShape.split(n)
      if m < k {
        siblings.append(rangeHash(lo &+ k, lo &+ n))
        n = k
      } else {
        siblings.append(rangeHash(lo, lo &+ k))
        m &-= k
        lo &+= k
        n &-= k
      }
    }
    return InclusionProof(leafIndex: index, treeSize: treeSize, hashes: siblings.reversed())
  }

  /// The RFC 9162 consistency proof from the first `firstSize` leaves to the first
  /// `secondSize` (section 2.1.4.1), or nil unless 0 < firstSize ≤ secondSize ≤ size.
  public func consistencyProof(firstSize: UInt64, secondSize: UInt64) -> ConsistencyProof? {
    guard firstSize > 0, firstSize <= secondSize, secondSize <= size else { return nil }
    var collected: [SHA256Digest] = []
    var lo: UInt64 = 0
    var m = firstSize
    var n = secondSize
    var complete = true
    while m != n {
      let k = MerkleShape.split(n)
      if m <= k {
        collected.append(rangeHash(lo &+ k, lo &+ n))
        n = k
      } else {
        collected.append(rangeHash(lo, lo &+ k))
        m &-= k
        lo &+= k
        n &-= k
        complete = false
      }
    }
    var hashes: [SHA256Digest] = []
    if !complete && firstSize != secondSize {
      hashes.append(rangeHash(lo, lo &+ n))
    }
    hashes.append(contentsOf: collected.reversed())
    return ConsistencyProof(firstSize: firstSize, secondSize: secondSize, hashes: hashes)
  }

  /// MTH of leaves lo ..< hi, a range that RFC 6962's recursion produces (lo is a multiple
  /// of the smallest power of two ≥ hi − lo), for hi > lo.
  func rangeHash(_ lo: UInt64, _ hi: UInt64) -> SHA256Digest {
    // Split into perfect subtrees, largest first, then fold from the right.
    var parts: [SHA256Digest] = []
    var position = lo
    while position < hi {
      var level = 0
      while level < 63 {
        let bigger = UInt64(1) &<< UInt64(level &+ 1)
        guard position & (bigger &- 1) == 0, hi &- position >= bigger else { break }
        level &+= 1
      }
      parts.append(perfectHash(level, position &>> UInt64(level)))
      position &+= UInt64(1) &<< UInt64(level)
    }
    var accumulated = parts[parts.count &- 1]
    for part in parts.dropLast().reversed() {
      accumulated = MerkleHash.node(part, accumulated)
    }
    return accumulated
  }

  /// The root of the `count` leaves from `first`, for `count` a power of two, hashing
  /// leaves in order and merging equal-height subtrees on a stack.
  static func foldPerfect(
    first: UInt64, count: UInt64, leafHash: (UInt64) -> SHA256Digest
  ) -> SHA256Digest {
    var stack: [SHA256Digest] = []
    var offset: UInt64 = 0
    while offset < count {
      stack.append(leafHash(first &+ offset))
      offset &+= 1
      var merged = offset
      while merged & 1 == 0 {
        let right = stack.removeLast()
        let left = stack.removeLast()
        stack.append(MerkleHash.node(left, right))
        merged &>>= 1
      }
    }
    return stack[0]
  }
}
