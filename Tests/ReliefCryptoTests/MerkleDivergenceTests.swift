import XCTest

@testable import ReliefCrypto

/// Finding the first leaf where two trees differ, and refusing nodes that do not hash
/// together.
final class MerkleDivergenceTests: XCTestCase {
  private func leaves(_ count: Int, seed: UInt8) -> [SHA256Digest] {
    (0..<count).map { MerkleHash.leaf([seed, UInt8($0 & 0xFF), UInt8($0 >> 8)]) }
  }

  func testFindsTheFirstChangedLeafAtEverySize() {
    for size in [1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33, 100] {
      let base = leaves(size, seed: 1)
      let tree = MerkleTree(leafHashes: base)
      XCTAssertEqual(tree.divergence(from: tree, count: UInt64(size)), .identical, "\(size)")
      for changed in 0..<size {
        var altered = base
        altered[changed] = MerkleHash.leaf([9, 9, 9])
        // A second change later must not matter: the first one is reported.
        if changed + 2 < size { altered[changed + 2] = MerkleHash.leaf([8, 8]) }
        let other = MerkleTree(leafHashes: altered)
        XCTAssertEqual(
          tree.divergence(from: other, count: UInt64(size)),
          .firstDifferentLeaf(UInt64(changed)), "size \(size), leaf \(changed)")
        XCTAssertEqual(
          tree.divergence(from: other, count: UInt64(changed)), .identical,
          "prefix before the change, size \(size)")
      }
    }
  }

  func testComparesOnlyThePrefixAskedFor() {
    let long = MerkleTree(leafHashes: leaves(20, seed: 1))
    var shortLeaves = leaves(12, seed: 1)
    XCTAssertEqual(
      long.divergence(from: MerkleTree(leafHashes: shortLeaves), count: 12), .identical)
    shortLeaves[11] = MerkleHash.leaf([7])
    XCTAssertEqual(
      long.divergence(from: MerkleTree(leafHashes: shortLeaves), count: 12),
      .firstDifferentLeaf(11))
  }

  func testNodesThatDoNotHashTogetherAreRefused() {
    let honest = MerkleTree(leafHashes: leaves(8, seed: 1))
    let current = MerkleTree(leafHashes: leaves(8, seed: 2))
    // Stored nodes whose root is honest but whose level-1 nodes were replaced.
    let forged = MerkleTree(size: 8) { level, index in
      if level == 3 { return honest.root }
      return MerkleHash.leaf([UInt8(level), UInt8(index)])
    }
    XCTAssertEqual(forged.root, honest.root)
    XCTAssertEqual(forged.divergence(from: current, count: 8), .inconsistentNodes)
  }
}
