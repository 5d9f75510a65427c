import XCTest

@testable import ReliefCrypto

/// Aligned subtrees, hashed in lanes and taken whole by a frontier, must give the same tree
/// as leaves added one at a time.
final class MerkleSubtreeTests: XCTestCase {
  private func leaves(_ count: Int, seed: Int = 0) -> [SHA256Digest] {
    (0..<count).map { MerkleHash.leaf(Array("leaf \(seed) \($0)".utf8)) }
  }

  func testSplitGivesTheLargestAlignedPieces() {
    func split(_ first: UInt64, _ count: Int) -> [[Int]] {
      MerkleSubtree.split(first: first, count: count).map { [$0.start, $0.level] }
    }
    XCTAssertEqual(split(0, 0), [])
    XCTAssertEqual(split(0, 1), [[0, 0]])
    XCTAssertEqual(split(0, 8), [[0, 3]])
    // Leaves 0..<13: 8 + 4 + 1.
    XCTAssertEqual(split(0, 13), [[0, 3], [8, 2], [12, 0]])
    // Leaves 5..<21: 5, 6-7, 8-15, 16-19, 20.
    XCTAssertEqual(split(5, 16), [[0, 0], [1, 1], [3, 3], [11, 2], [15, 0]])
    XCTAssertEqual(split(1 << 40, 3), [[0, 1], [2, 0]])
    XCTAssertEqual(split((1 << 20) - 1, 2), [[0, 0], [1, 0]])
  }

  func testARootIsTheTreeRootOfItsLeaves() {
    var scratch = MerkleSubtree.LevelScratch()
    for level in 0...11 {
      let hashes = leaves(1 << level, seed: level)
      let root = hashes.withUnsafeBufferPointer {
        MerkleSubtree.root(leafHashes: $0, scratch: &scratch)
      }
      XCTAssertEqual(root, MerkleTree(leafHashes: hashes).root, "level \(level)")
    }
  }

  func testAFrontierTakingSubtreesEqualsOneTakingLeaves() {
    var generator = SeededGenerator(seed: 17)
    for _ in 0..<40 {
      let before = Int.random(in: 0..<300, using: &generator)
      let count = Int.random(in: 0..<700, using: &generator)
      let hashes = leaves(before + count, seed: before)
      var byLeaf = MerkleFrontier()
      for hash in hashes { byLeaf.append(leafHash: hash) }
      var whole = MerkleFrontier()
      for hash in hashes[..<before] { whole.append(leafHash: hash) }
      var scratch = MerkleSubtree.LevelScratch()
      let pieces = hashes.withUnsafeBufferPointer {
        MerkleSubtree.pieces(
          of: UnsafeBufferPointer(rebasing: $0[before...]), first: UInt64(before),
          scratch: &scratch)
      }
      // Each piece ends where the next begins, and the last at the last leaf.
      var end = -1
      for piece in pieces {
        XCTAssertEqual(piece.lastLeaf, end + (1 << piece.subtree.level))
        end = piece.lastLeaf
        whole.append(piece.subtree)
      }
      XCTAssertEqual(end, count - 1)
      XCTAssertEqual(whole, byLeaf, "\(before) + \(count)")
      XCTAssertEqual(whole.root, MerkleTree(leafHashes: hashes).root)
    }
  }
}
