/// A perfect subtree of 2^level consecutive leaves that starts at a multiple of its size:
/// the piece a `MerkleFrontier` can take whole instead of leaf by leaf.
public struct MerkleSubtree: Equatable, Sendable {
  /// The subtree holds 2^level leaves.
  public let level: Int
  /// Its root hash.
  public let hash: SHA256Digest

  /// A subtree of 2^`level` leaves whose root hash is `hash`.
  public init(level: Int, hash: SHA256Digest) {
    self.level = level
    self.hash = hash
  }
}

extension MerkleSubtree {
  /// The largest aligned subtrees that leaves `first ..< first + count` split into, left to
  /// right, as (index of the first leaf among the `count`, level).
  ///
  /// Each starts at a multiple of its own size, so a frontier that has taken every leaf
  /// before it can take it whole.
  public static func split(first: UInt64, count: Int) -> [(start: Int, level: Int)] {
    var pieces: [(start: Int, level: Int)] = []
    var start = 0
    while start < count {
      let position = first + UInt64(start)
      var level = position == 0 ? 62 : position.trailingZeroBitCount
      while level > 0, (1 << level) > count - start { level -= 1 }
      pieces.append((start, level))
      start += 1 << level
    }
    return pieces
  }

  /// The largest aligned subtrees (`split`) of the leaves whose hashes are `leafHashes`, the
  /// first being leaf `first` of the tree, each with the index of its last leaf among them.
  public static func pieces(
    of leafHashes: UnsafeBufferPointer<SHA256Digest>, first: UInt64,
    scratch: inout LevelScratch
  ) -> [(lastLeaf: Int, subtree: MerkleSubtree)] {
    split(first: first, count: leafHashes.count).map { piece in
      let range = piece.start..<piece.start + (1 << piece.level)
      let hash = root(
        leafHashes: UnsafeBufferPointer(rebasing: leafHashes[range]), scratch: &scratch)
      return (range.upperBound - 1, MerkleSubtree(level: piece.level, hash: hash))
    }
  }

  /// The root of the perfect subtree whose leaf hashes are `leafHashes` (a power of two of
  /// them), with the nodes of each level hashed four at a time in `SHA256Lanes`.
  ///
  /// `scratch` is reused between calls to save allocations.
  public static func root(
    leafHashes: UnsafeBufferPointer<SHA256Digest>, scratch: inout LevelScratch
  ) -> SHA256Digest {
    precondition(leafHashes.count > 0 && leafHashes.count & (leafHashes.count - 1) == 0)
    guard leafHashes.count > 1 else { return leafHashes[0] }
    scratch.children.removeAll(keepingCapacity: true)
    scratch.children.append(contentsOf: leafHashes)
    while scratch.children.count > 1 {
      let width = scratch.children.count / 2
      scratch.parents.removeAll(keepingCapacity: true)
      scratch.parents.append(contentsOf: repeatElement(.zero, count: width))
      scratch.children.withUnsafeBufferPointer { children in
        guard let base = children.baseAddress else { return }
        // Node i is SHA-256(0x01 ‖ child 2i ‖ child 2i+1): the two children are 64
        // adjacent bytes of the level below.
        let bytes = UnsafeRawPointer(base)
        scratch.parents.withUnsafeMutableBufferPointer { parents in
          SHA256Lanes.hash(count: width, prefix: 0x01, into: parents) { index in
            UnsafeRawBufferPointer(start: bytes + index * 2 * SHA256Digest.byteCount, count: 64)
          }
        }
      }
      swap(&scratch.children, &scratch.parents)
    }
    return scratch.children[0]
  }

  /// Two levels' worth of node hashes, kept between calls of `root`.
  public struct LevelScratch {
    var children: [SHA256Digest] = []
    var parents: [SHA256Digest] = []

    /// Empty scratch space.
    public init() {}
  }
}
