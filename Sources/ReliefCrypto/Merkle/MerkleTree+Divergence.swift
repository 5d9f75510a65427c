/// How the first leaves of two trees compare.
public enum MerkleDivergence: Equatable, Sendable {
  /// The compared leaves are the same.
  case identical
  /// The leaves agree up to this index and differ at it.
  case firstDifferentLeaf(UInt64)
  /// This tree's stored nodes do not hash together, so they prove nothing.
  case inconsistentNodes
}

extension MerkleTree {
  /// Compares the first `count` leaves of this tree with those of `other` by descending
  /// from the largest perfect subtrees, checking at every step that this tree's nodes hash
  /// to their parent, so that a difference it reports is backed by this tree's root.
  ///
  /// Both trees must have at least `count` leaves.
  public func divergence(from other: MerkleTree, count: UInt64) -> MerkleDivergence {
    precondition(count <= size && count <= other.size, "both trees hold the compared leaves")
    var start: UInt64 = 0
    while start < count {
      // The largest perfect subtree that starts at `start` and ends by `count`.
      var level = 0
      while level < 63, start & ((1 << UInt64(level + 1)) - 1) == 0,
        start + (1 << UInt64(level + 1)) <= count
      {
        level += 1
      }
      let index = start >> UInt64(level)
      if perfectHash(level, index) != other.perfectHash(level, index) {
        return descend(level: level, index: index, other: other)
      }
      start += 1 << UInt64(level)
    }
    return .identical
  }

  /// The first differing leaf under the perfect subtree (level, index), whose hashes differ.
  private func descend(level: Int, index: UInt64, other: MerkleTree) -> MerkleDivergence {
    var level = level
    var index = index
    while level > 0 {
      let left = perfectHash(level - 1, 2 * index)
      let right = perfectHash(level - 1, 2 * index + 1)
      guard MerkleHash.node(left, right) == perfectHash(level, index) else {
        return .inconsistentNodes
      }
      level -= 1
      index = left != other.perfectHash(level, 2 * index) ? 2 * index : 2 * index + 1
    }
    return .firstDifferentLeaf(index)
  }
}
