import Foundation
import ReliefCrypto
import XCTest

/// RFC 6962 reference tree (transcribed from transparency-dev/merkle) and that repository's
/// golden inclusion and consistency probes.
final class MerkleVectorTests: XCTestCase {
  static let folder = "rfc6962-merkle"

  private func reference() throws -> [String: Any] {
    let json = try VectorFiles.json(Self.folder, "rfc6962_reference_tree.json")
    guard let object = json as? [String: Any] else {
      throw VectorFiles.LoadError.badJSON("rfc6962_reference_tree.json")
    }
    return object
  }

  private func digest(_ hexText: Any?) throws -> SHA256Digest {
    guard let text = hexText as? String, let value = SHA256Digest(hex: text) else {
      throw VectorFiles.LoadError.badHex("\(String(describing: hexText))")
    }
    return value
  }

  func testHasherVectors() throws {
    let vectors = try XCTUnwrap(reference()["hasherVectors"] as? [[String: Any]])
    XCTAssertEqual(vectors.count, 4)
    for vector in vectors {
      let want = try digest(vector["want"])
      switch vector["kind"] as? String {
      case "emptyRoot": XCTAssertEqual(MerkleHash.emptyRoot, want)
      case "leaf":
        let input = try bytes(hex: XCTUnwrap(vector["input"] as? String))
        XCTAssertEqual(MerkleHash.leaf(input), want)
      case "node":
        // Raw children, not 32-byte digests: hash 0x01 ‖ left ‖ right directly.
        let left = try bytes(hex: XCTUnwrap(vector["left"] as? String))
        let right = try bytes(hex: XCTUnwrap(vector["right"] as? String))
        XCTAssertEqual(SHA256.hash([0x01] + left + right), want)
      default: XCTFail("unknown kind")
      }
    }
  }

  func testRootsProofsAndLevelsOfTheEightLeafTree() throws {
    let object = try reference()
    let inputs = try XCTUnwrap(object["leafInputs"] as? [String]).map { try bytes(hex: $0) }
    let tree = MerkleTree(leafHashes: inputs.map { MerkleHash.leaf($0) })
    let roots = try XCTUnwrap(object["rootsByTreeSize"] as? [String])
    XCTAssertEqual(roots.count, 9)
    for (size, root) in roots.enumerated() {
      XCTAssertEqual(tree.root(ofFirst: UInt64(size)), try digest(root), "size \(size)")
    }
    let levels = try XCTUnwrap(object["nodeHashesByLevel"] as? [[String]])
    for (level, hashes) in levels.enumerated() {
      for (index, hash) in hashes.enumerated() {
        let first = UInt64(index << level)
        XCTAssertEqual(
          MerkleTree(leafHashes: tree.leafRange(inputs, first, 1 << level)).root,
          try digest(hash), "level \(level) index \(index)")
      }
    }
    let inclusions = try XCTUnwrap(object["inclusionProofs"] as? [[String: Any]])
    XCTAssertEqual(inclusions.count, 5)
    for probe in inclusions {
      let index = try XCTUnwrap(probe["leafIndex"] as? Int)
      let size = try XCTUnwrap(probe["treeSize"] as? Int)
      let want = try XCTUnwrap(probe["proof"] as? [String]).map { try digest($0) }
      let proof = try XCTUnwrap(tree.inclusionProof(index: UInt64(index), treeSize: UInt64(size)))
      XCTAssertEqual(proof.hashes, want, "inclusion \(index) of \(size)")
      XCTAssertNoThrow(
        try proof.verify(leafHash: digest(probe["leafHash"]), root: digest(probe["root"])))
    }
    let consistencies = try XCTUnwrap(object["consistencyProofs"] as? [[String: Any]])
    XCTAssertEqual(consistencies.count, 5)
    for probe in consistencies {
      let first = UInt64(try XCTUnwrap(probe["size1"] as? Int))
      let second = UInt64(try XCTUnwrap(probe["size2"] as? Int))
      let want = try XCTUnwrap(probe["proof"] as? [String]).map { try digest($0) }
      let proof = try XCTUnwrap(tree.consistencyProof(firstSize: first, secondSize: second))
      XCTAssertEqual(proof.hashes, want, "consistency \(first) to \(second)")
      XCTAssertNoThrow(
        try proof.verify(firstRoot: digest(probe["root1"]), secondRoot: digest(probe["root2"])))
    }
  }
}

extension MerkleTree {
  /// Leaf hashes of `inputs[first ..< first + count]` (test helper).
  fileprivate func leafRange(_ inputs: [[UInt8]], _ first: UInt64, _ count: Int) -> [SHA256Digest] {
    inputs[Int(first)..<(Int(first) + count)].map { MerkleHash.leaf($0) }
  }
}
