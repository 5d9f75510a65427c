import ReliefCrypto
import XCTest

/// MerkleDivergence finds the first changed or missing leaf exactly from trusted nodes, and
/// never names a wrong leaf from altered ones.
final class MerkleDivergenceTests: XCTestCase {
  private func leaves(_ count: Int, seed: UInt64) -> [SHA256Digest] {
    var generator = SeededGenerator(seed: seed)
    return (0..<count).map { _ in
      MerkleHash.leaf((0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }
  }

  private func changed(_ leaf: SHA256Digest) -> SHA256Digest {
    MerkleHash.leaf(leaf.bytes)
  }

  func testEveryChangedLeafIsFoundExactlyAtManySizes() {
    let old = leaves(70, seed: 5)
    for size in [1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33, 64, 65, 70] {
      let signed = MerkleTree(leafHashes: old)
      let root = signed.root(ofFirst: UInt64(size))
      for index in 0..<size {
        var current = old
        current[index] = changed(old[index])
        // Changing leaves after the first difference too must not move the answer.
        if index + 2 < current.count { current[index + 2] = changed(old[index + 2]) }
        let found = MerkleDivergence.find(
          size: UInt64(size), signedRoot: root, signed: signed,
          current: MerkleTree(leafHashes: current))
        XCTAssertEqual(found, .firstDifferentLeaf(UInt64(index)), "size \(size) index \(index)")
      }
      let same = MerkleDivergence.find(
        size: UInt64(size), signedRoot: root, signed: signed, current: signed)
      XCTAssertEqual(same, .none, "size \(size)")
    }
  }

  func testMissingLeavesAreFoundAfterTheLastKeptOne() {
    let old = leaves(21, seed: 6)
    let signed = MerkleTree(leafHashes: old)
    let root = signed.root(ofFirst: 21)
    for kept in 0..<21 {
      let current = MerkleTree(leafHashes: Array(old[0..<kept]))
      let found = MerkleDivergence.find(
        size: 21, signedRoot: root, signed: signed, current: current)
      XCTAssertEqual(found, .firstDifferentLeaf(UInt64(kept)), "kept \(kept)")
    }
  }

  func testNodesThatDoNotReproduceTheRootAreRefused() {
    let old = leaves(13, seed: 7)
    let signed = MerkleTree(leafHashes: old)
    let current = MerkleTree(leafHashes: Array(old.reversed()))
    let otherRoot = MerkleHash.leaf([1, 2, 3])
    XCTAssertEqual(
      MerkleDivergence.find(size: 13, signedRoot: otherRoot, signed: signed, current: current),
      .nodesDoNotMatchRoot)
    XCTAssertEqual(
      MerkleDivergence.find(
        size: 14, signedRoot: signed.root, signed: signed, current: current),
      .notEnoughNodes(available: 13))
  }

  /// A store with any one node altered either is refused or gives the true answer.
  func testAlteredNodesNeverGiveAWrongLeaf() {
    let old = leaves(19, seed: 8)
    let root = MerkleTree(leafHashes: old).root(ofFirst: 19)
    let honest = MerkleTree(leafHashes: old)
    var current = old
    current[11] = changed(old[11])
    let currentTree = MerkleTree(leafHashes: current)
    var refused = 0
    for level in 0..<5 {
      for position in 0..<UInt64(19 >> level) {
        let altered = MerkleTree(size: 19) { atLevel, atIndex in
          // The honest node, except (level, position), which is replaced.
          let first = atIndex << UInt64(atLevel)
          let hash = MerkleTree(leafHashes: Array(old[Int(first)..<Int(first) + (1 << atLevel)]))
            .root
          return atLevel == level && atIndex == position ? MerkleHash.node(hash, hash) : hash
        }
        let found = MerkleDivergence.find(
          size: 19, signedRoot: root, signed: altered, current: currentTree)
        if found == .nodesDoNotMatchRoot { refused += 1 }
        XCTAssertTrue(
          found == .nodesDoNotMatchRoot || found == .firstDifferentLeaf(11),
          "level \(level) position \(position): \(found)")
      }
    }
    // Of the 35 perfect subtrees, 11 are read: the root's parts (4,0), (1,8), (0,18), then
    // the pairs beside the path to leaf 11: (3,0) (3,1), (2,2) (2,3), (1,4) (1,5),
    // (0,10) (0,11). Altering any of them is caught; the other 24 do not matter.
    XCTAssertEqual(refused, 11)
    XCTAssertEqual(
      MerkleDivergence.find(size: 19, signedRoot: root, signed: honest, current: currentTree),
      .firstDifferentLeaf(11))
  }
}
