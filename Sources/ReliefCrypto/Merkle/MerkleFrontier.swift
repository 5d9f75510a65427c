/// The right edge of an RFC 6962 Merkle tree: the roots of its perfect subtrees, largest
/// first, enough to extend the tree leaf by leaf and to compute its root.
///
/// At most 64 hashes whatever the tree's size, so a verifier can keep the root of
/// everything it has checked without keeping any node of the tree.
public struct MerkleFrontier: Equatable, Sendable {
  /// The number of leaves added.
  public private(set) var size: UInt64 = 0
  /// (height, hash) of each perfect subtree of the right edge, largest first; the heights
  /// are the set bits of `size`.
  public private(set) var subtrees: [(level: Int, hash: SHA256Digest)] = []

  /// The frontier of the empty tree.
  public init() {}

  /// A frontier of `size` leaves made of the given subtree hashes (largest first), or nil
  /// unless there is one hash per set bit of `size`.
  public init?(size: UInt64, hashes: [SHA256Digest]) {
    guard hashes.count == size.nonzeroBitCount else { return nil }
    self.size = size
    var next = 0
    for level in stride(from: 63, through: 0, by: -1) where size & (1 << UInt64(level)) != 0 {
      subtrees.append((level, hashes[next]))
      next += 1
    }
  }

  /// The subtree hashes, largest first (what `init(size:hashes:)` takes back).
  public var hashes: [SHA256Digest] { subtrees.map(\.hash) }

  /// Adds the leaf whose leaf hash (`MerkleHash.leaf` of its bytes) is `leafHash`.
  public mutating func append(leafHash: SHA256Digest) {
    var hash = leafHash
    var level = 0
    while let top = subtrees.last, top.level == level {
      subtrees.removeLast()
      hash = MerkleHash.node(top.hash, hash)
      level += 1
    }
    subtrees.append((level, hash))
    size += 1
  }

  /// Adds the 2^`subtree.level` leaves of `subtree` at once; the frontier's size must be a
  /// multiple of that (`MerkleSubtree.split` gives such pieces).
  public mutating func append(_ subtree: MerkleSubtree) {
    precondition(size & ((1 << UInt64(subtree.level)) - 1) == 0, "a subtree must be aligned")
    var hash = subtree.hash
    var level = subtree.level
    while let top = subtrees.last, top.level == level {
      subtrees.removeLast()
      hash = MerkleHash.node(top.hash, hash)
      level += 1
    }
    subtrees.append((level, hash))
    size += 1 << UInt64(subtree.level)
  }

  /// The root of the tree of the leaves added (the empty-tree hash when there are none).
  public var root: SHA256Digest {
    guard var hash = subtrees.last?.hash else { return MerkleHash.emptyRoot }
    for subtree in subtrees.dropLast().reversed() {
      hash = MerkleHash.node(subtree.hash, hash)
    }
    return hash
  }

  /// Frontiers compare by size and hashes.
  public static func == (lhs: MerkleFrontier, rhs: MerkleFrontier) -> Bool {
    lhs.size == rhs.size && lhs.hashes == rhs.hashes
  }
}
