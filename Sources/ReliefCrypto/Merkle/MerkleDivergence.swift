/// Where a tree first differs from an older signed tree, found by comparing the older tree's
/// nodes (from an untrusted store) with the newer tree, top down.
///
/// The older nodes are believed only because they hash up to the signed root: every node
/// compared is checked to hash with its sibling to its authenticated parent, so a store
/// that was altered or rebuilt gives `.nodesDoNotMatchRoot`, never a wrong leaf.
public enum MerkleDivergence: Equatable, Sendable {
  /// The first `size` leaves of both trees are the same.
  case none
  /// Leaf `index` is the first that differs; when `index` is at least the newer tree's
  /// size, that leaf and all after it are missing from the newer tree.
  case firstDifferentLeaf(UInt64)
  /// The store holds only `available` leaves, fewer than the signed tree's size.
  case notEnoughNodes(available: UInt64)
  /// The stored nodes do not reproduce the signed root: they are not the signed tree's.
  case nodesDoNotMatchRoot

  /// Compares the tree of the first `size` leaves of `signed`, whose root is `signedRoot`,
  /// with `current`.
  ///
  /// Reads O(log size) node pairs of `signed` and, in `current`, the subtrees left of the
  /// path to the first difference (at most `size` leaves in all).
  public static func find(
    size: UInt64, signedRoot: SHA256Digest, signed: MerkleTree, current: MerkleTree
  ) -> MerkleDivergence {
    guard signed.size >= size else { return .notEnoughNodes(available: signed.size) }
    guard signed.root(ofFirst: size) == signedRoot else { return .nodesDoNotMatchRoot }
    if size == 0 { return .none }
    if current.size >= size && current.root(ofFirst: size) == signedRoot { return .none }
    // Invariant: leaves lo ..< hi of the signed tree hash to `expected`, which is
    // authenticated, and the first difference is among them.
    var lo: UInt64 = 0
    var hi = size
    var expected = signedRoot
    while hi &- lo > 1 {
      let middle = lo &+ MerkleShape.split(hi &- lo)
      let left = signed.rangeHash(lo, middle)
      let right = signed.rangeHash(middle, hi)
      guard MerkleHash.node(left, right) == expected else { return .nodesDoNotMatchRoot }
      if middle <= current.size && current.rangeHash(lo, middle) == left {
        lo = middle
        expected = right
      } else {
        hi = middle
        expected = left
      }
    }
    // The authenticated leaf must differ from the current one, or the store lied.
    if lo < current.size && current.rangeHash(lo, lo &+ 1) == expected {
      return .nodesDoNotMatchRoot
    }
    return .firstDifferentLeaf(lo)
  }
}
