import ReliefCrypto
import XCTest

/// MerkleTree against a direct transcription of RFC 9162's recursive definitions, over
/// random leaves at many sizes, plus rejection of tampered proofs.
final class MerkleTreeTests: XCTestCase {
  /// Sizes 0...34, powers of two and their neighbours up to 1025.
  static let sizes: [Int] =
    Array(0...34) + [63, 64, 65, 127, 128, 129, 255, 256, 257, 1023, 1024, 1025]

  private func randomLeaves(_ count: Int, seed: UInt64) -> [SHA256Digest] {
    var generator = SeededGenerator(seed: seed)
    return (0..<count).map { _ in
      let length = Int.random(in: 0...40, using: &generator)
      return MerkleHash.leaf((0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }
  }

  func testRootsMatchTheDefinitionAtManySizes() {
    let leaves = randomLeaves(1025, seed: 9162)
    let tree = MerkleTree(leafHashes: leaves)
    for size in Self.sizes {
      XCTAssertEqual(
        tree.root(ofFirst: UInt64(size)), Reference.mth(leaves[0..<size]), "size \(size)")
      XCTAssertEqual(
        MerkleTree(leafHashes: Array(leaves[0..<size])).root, tree.root(ofFirst: UInt64(size)))
    }
    XCTAssertEqual(MerkleTree(leafHashes: []).root, MerkleHash.emptyRoot)
    let byClosure = MerkleTree(size: 1025) { leaves[Int($0)] }
    XCTAssertEqual(byClosure.root, tree.root)
  }

  func testInclusionProofsMatchTheDefinitionAndVerify() throws {
    let leaves = randomLeaves(1025, seed: 6962)
    let tree = MerkleTree(leafHashes: leaves)
    var generator = SeededGenerator(seed: 1)
    for size in Self.sizes where size > 0 {
      let root = tree.root(ofFirst: UInt64(size))
      let indexes =
        size <= 34
        ? Array(0..<size)
        : [0, 1, size / 2, size - 2, size - 1]
          + (0..<4).map { _ in Int.random(in: 0..<size, using: &generator) }
      for index in indexes {
        let proof = try XCTUnwrap(tree.inclusionProof(index: UInt64(index), treeSize: UInt64(size)))
        XCTAssertEqual(proof.hashes, Reference.path(index, leaves[0..<size]), "\(index) of \(size)")
        XCTAssertNoThrow(try proof.verify(leafHash: leaves[index], root: root))
        assertTamperedInclusionFails(proof, leaf: leaves[index], root: root)
      }
    }
    XCTAssertNil(tree.inclusionProof(index: 3, treeSize: 3))
    XCTAssertNil(tree.inclusionProof(index: 0, treeSize: 1026))
  }

  func testConsistencyProofsMatchTheDefinitionAndVerify() throws {
    let leaves = randomLeaves(1025, seed: 4)
    let tree = MerkleTree(leafHashes: leaves)
    var generator = SeededGenerator(seed: 2)
    for second in Self.sizes where second > 0 {
      let firsts =
        second <= 34
        ? Array(1...second)
        : [1, 2, second / 2, second - 1, second]
          + (0..<4).map { _ in Int.random(in: 1...second, using: &generator) }
      for first in firsts {
        let proof = try XCTUnwrap(
          tree.consistencyProof(firstSize: UInt64(first), secondSize: UInt64(second)))
        XCTAssertEqual(
          proof.hashes, Reference.proof(first, leaves[0..<second]), "\(first) to \(second)")
        let root1 = tree.root(ofFirst: UInt64(first))
        let root2 = tree.root(ofFirst: UInt64(second))
        XCTAssertNoThrow(try proof.verify(firstRoot: root1, secondRoot: root2))
        assertTamperedConsistencyFails(proof, root1: root1, root2: root2)
      }
    }
    XCTAssertNil(tree.consistencyProof(firstSize: 0, secondSize: 3))
    XCTAssertNil(tree.consistencyProof(firstSize: 4, secondSize: 3))
  }

  private func assertTamperedInclusionFails(
    _ proof: InclusionProof, leaf: SHA256Digest, root: SHA256Digest
  ) {
    var variants: [InclusionProof] = []
    for position in proof.hashes.indices {
      var hashes = proof.hashes
      hashes[position] = flipped(hashes[position])
      variants.append(
        InclusionProof(leafIndex: proof.leafIndex, treeSize: proof.treeSize, hashes: hashes))
      var shorter = proof.hashes
      shorter.remove(at: position)
      variants.append(
        InclusionProof(leafIndex: proof.leafIndex, treeSize: proof.treeSize, hashes: shorter))
    }
    variants.append(
      InclusionProof(
        leafIndex: proof.leafIndex, treeSize: proof.treeSize, hashes: proof.hashes + [root]))
    // As for consistency proofs, size n + 1 is only distinguishable past a power of two.
    if proof.treeSize & (proof.treeSize - 1) == 0 {
      variants.append(
        InclusionProof(
          leafIndex: proof.leafIndex, treeSize: proof.treeSize + 1, hashes: proof.hashes))
    }
    variants.append(
      InclusionProof(leafIndex: proof.leafIndex ^ 1, treeSize: proof.treeSize, hashes: proof.hashes)
    )
    variants.append(
      InclusionProof(leafIndex: proof.treeSize, treeSize: proof.treeSize, hashes: proof.hashes))
    for variant in variants where variant != proof {
      XCTAssertThrowsError(try variant.verify(leafHash: leaf, root: root), "\(variant)")
    }
    XCTAssertThrowsError(try proof.verify(leafHash: flipped(leaf), root: root))
    XCTAssertThrowsError(try proof.verify(leafHash: leaf, root: flipped(root)))
  }

  private func assertTamperedConsistencyFails(
    _ proof: ConsistencyProof, root1: SHA256Digest, root2: SHA256Digest
  ) {
    var variants: [ConsistencyProof] = []
    for position in proof.hashes.indices {
      var hashes = proof.hashes
      hashes[position] = flipped(hashes[position])
      variants.append(
        ConsistencyProof(firstSize: proof.firstSize, secondSize: proof.secondSize, hashes: hashes))
    }
    variants.append(
      ConsistencyProof(
        firstSize: proof.firstSize, secondSize: proof.secondSize, hashes: proof.hashes + [root1]))
    // A proof for m to n can also verify for m to n + 1 when both trees have the same
    // shape along the path (the root then pins the size); past a power of two it cannot.
    if proof.secondSize & (proof.secondSize - 1) == 0 {
      variants.append(
        ConsistencyProof(
          firstSize: proof.firstSize, secondSize: proof.secondSize + 1, hashes: proof.hashes))
    }
    variants.append(
      ConsistencyProof(
        firstSize: proof.secondSize &+ 1, secondSize: proof.secondSize, hashes: proof.hashes))
    for variant in variants where variant != proof {
      XCTAssertThrowsError(try variant.verify(firstRoot: root1, secondRoot: root2), "\(variant)")
    }
    XCTAssertThrowsError(try proof.verify(firstRoot: flipped(root1), secondRoot: root2))
    XCTAssertThrowsError(try proof.verify(firstRoot: root1, secondRoot: flipped(root2)))
  }

  private func flipped(_ digest: SHA256Digest) -> SHA256Digest {
    var bytes = digest.bytes
    bytes[7] ^= 0x10
    return SHA256Digest(bytes: bytes) ?? digest
  }
}

/// RFC 9162 section 2.1 transcribed literally (recursive; tests only).
private enum Reference {
  static func split(_ n: Int) -> Int {
    var k = 1
    while k * 2 < n { k *= 2 }
    return k
  }

  static func mth(_ d: ArraySlice<SHA256Digest>) -> SHA256Digest {
    if d.isEmpty { return MerkleHash.emptyRoot }
    if d.count == 1 { return d[d.startIndex] }
    let k = split(d.count)
    let middle = d.startIndex + k
    return MerkleHash.node(mth(d[..<middle]), mth(d[middle...]))
  }

  static func path(_ m: Int, _ d: ArraySlice<SHA256Digest>) -> [SHA256Digest] {
    if d.count == 1 { return [] }
    let k = split(d.count)
    let middle = d.startIndex + k
    if m < k { return path(m, d[..<middle]) + [mth(d[middle...])] }
    return path(m - k, d[middle...]) + [mth(d[..<middle])]
  }

  static func proof(_ m: Int, _ d: ArraySlice<SHA256Digest>) -> [SHA256Digest] {
    subproof(m, d, true)
  }

  static func subproof(_ m: Int, _ d: ArraySlice<SHA256Digest>, _ b: Bool) -> [SHA256Digest] {
    if m == d.count { return b ? [] : [mth(d)] }
    let k = split(d.count)
    let middle = d.startIndex + k
    if m <= k { return subproof(m, d[..<middle], b) + [mth(d[middle...])] }
    return subproof(m - k, d[middle...], false) + [mth(d[..<middle])]
  }
}
