import ReliefCrypto
import XCTest

/// C2SP CCTV's Ed25519 edge cases (`ed25519vectors.json`, 914 vectors).
///
/// Per the file's README, ref10-style verifiers (Go, OpenSSL, ed25519-dalek `verify`) reject
/// exactly the vectors flagged `non_canonical_R` or `low_order_residue` and accept all others,
/// including non-canonical and small-order public keys.
final class Ed25519CCTVTests: XCTestCase {
  struct Vector {
    let number: Int
    let publicKey: [UInt8]
    let signature: [UInt8]
    let message: [UInt8]
    let flags: Set<String>

    /// The Go/OpenSSL verdict, from the README's "Ecosystem behaviors".
    var isAcceptedByGoAndOpenSSL: Bool {
      flags.isDisjoint(with: ["non_canonical_R", "low_order_residue"])
    }
  }

  static func vectors() throws -> [Vector] {
    let file = "ed25519vectors.json"
    guard let entries = try VectorFiles.json("cctv-ed25519", file) as? [[String: Any]] else {
      throw VectorFiles.LoadError.badJSON(file)
    }
    return try entries.map { entry in
      guard let number = entry["number"] as? Int, let key = entry["key"] as? String,
        let signature = entry["sig"] as? String, let message = entry["msg"] as? String
      else { throw VectorFiles.LoadError.badJSON(file) }
      // One vector has "flags": null.
      let flags = entry["flags"] as? [String] ?? []
      return Vector(
        number: number, publicKey: try bytes(hex: key), signature: try bytes(hex: signature),
        message: Array(message.utf8), flags: Set(flags))
    }
  }

  func testAll914VectorsAreReadWithTheExpectedVerdictSplit() throws {
    let vectors = try Self.vectors()
    XCTAssertEqual(vectors.count, 914)
    XCTAssertEqual(
      vectors.filter(\.isAcceptedByGoAndOpenSSL).count, 208, "208 accepted, 706 rejected")
  }

  func testEveryVectorGetsTheGoAndOpenSSLVerdict() throws {
    for vector in try Self.vectors() {
      let key = try XCTUnwrap(Ed25519.PublicKey(bytes: vector.publicKey), "#\(vector.number)")
      XCTAssertEqual(
        key.isValidSignature(vector.signature, for: vector.message),
        vector.isAcceptedByGoAndOpenSSL,
        "vector #\(vector.number) flags \(vector.flags.sorted())")
    }
  }

  func testNonCanonicalPublicKeysAreAcceptedWhenTheEquationHolds() throws {
    let accepted = try Self.vectors().filter {
      $0.flags.contains("non_canonical_A") && $0.isAcceptedByGoAndOpenSSL
    }
    XCTAssertEqual(accepted.count, 36)
    for vector in accepted {
      let key = try XCTUnwrap(Ed25519.PublicKey(bytes: vector.publicKey))
      XCTAssertTrue(
        key.isValidSignature(vector.signature, for: vector.message), "#\(vector.number)")
    }
  }
}
