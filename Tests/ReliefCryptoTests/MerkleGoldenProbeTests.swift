import Foundation
import ReliefCrypto
import XCTest

/// The golden inclusion and consistency probes of transparency-dev/merkle (`testdata/`):
/// every probe must verify exactly when its `wantErr` is false.
final class MerkleGoldenProbeTests: XCTestCase {
  static let folder = "rfc6962-merkle/transparency-dev-merkle-testdata"

  /// The JSON probe files under `kind` (inclusion or consistency).
  private func probes(_ kind: String) throws -> [(String, [String: Any])] {
    let root = VectorFiles.url(Self.folder, kind)
    let enumerator = try XCTUnwrap(FileManager.default.enumerator(atPath: root.path))
    var result: [(String, [String: Any])] = []
    for case let path as String in enumerator where path.hasSuffix(".json") {
      let data = try XCTUnwrap(FileManager.default.contents(atPath: root.path + "/" + path))
      let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      result.append((path, object))
    }
    return result.sorted { $0.0 < $1.0 }
  }

  /// A 32-byte hash as a digest; nil for any other length (only accepted where the
  /// field is compared byte for byte, which the caller handles).
  private func hash(_ value: Any?) -> SHA256Digest? {
    guard let text = value as? String, let decoded = try? Base64.decode(text) else { return nil }
    return SHA256Digest(bytes: decoded)
  }

  /// A root compared only for byte equality: 32-byte roots are themselves; any other byte
  /// string (the probes' placeholders) maps injectively enough to SHA-256 of its bytes.
  private func rootStandIn(_ value: Any?) throws -> SHA256Digest {
    let decoded = try Base64.decode(try XCTUnwrap(value as? String))
    return SHA256Digest(bytes: decoded) ?? SHA256.hash(decoded)
  }

  private func proofHashes(_ value: Any?) -> [SHA256Digest]? {
    let texts = value as? [String] ?? []
    let hashes = texts.compactMap { hash($0) }
    return hashes.count == texts.count ? hashes : nil
  }

  func testInclusionProbes() throws {
    let all = try probes("inclusion")
    XCTAssertEqual(all.count, 98)
    for (path, probe) in all {
      let wantError = try XCTUnwrap(probe["wantErr"] as? Bool)
      let index = try XCTUnwrap((probe["leafIdx"] as? NSNumber)?.uint64Value)
      let size = try XCTUnwrap((probe["treeSize"] as? NSNumber)?.uint64Value)
      var verified = false
      if let leaf = hash(probe["leafHash"]), let root = hash(probe["root"]),
        let hashes = proofHashes(probe["proof"])
      {
        let proof = InclusionProof(leafIndex: index, treeSize: size, hashes: hashes)
        verified = (try? proof.verify(leafHash: leaf, root: root)) != nil
      }
      XCTAssertEqual(verified, !wantError, path)
    }
  }

  func testConsistencyProbes() throws {
    let all = try probes("consistency")
    XCTAssertEqual(all.count, 98)
    for (path, probe) in all {
      let wantError = try XCTUnwrap(probe["wantErr"] as? Bool)
      let first = try XCTUnwrap((probe["size1"] as? NSNumber)?.uint64Value)
      let second = try XCTUnwrap((probe["size2"] as? NSNumber)?.uint64Value)
      var verified = false
      if let hashes = proofHashes(probe["proof"]) {
        let proof = ConsistencyProof(
          firstSize: first, secondSize: second, hashes: hashes)
        let root1 = try rootStandIn(probe["root1"])
        let root2 = try rootStandIn(probe["root2"])
        verified = (try? proof.verify(firstRoot: root1, secondRoot: root2)) != nil
      }
      XCTAssertEqual(verified, !wantError, path)
    }
  }
}
