import ReliefCrypto
import XCTest

/// RFC 8032 section 7.1: the five Ed25519 test vectors.
final class Ed25519RFC8032Tests: XCTestCase {
  struct Vector {
    let name: String
    let seed: [UInt8]
    let publicKey: [UInt8]
    let message: [UInt8]
    let signature: [UInt8]
  }

  static func vectors() throws -> [Vector] {
    let file = "rfc8032_ed25519_test_vectors.json"
    guard let root = try VectorFiles.json("rfc8032", file) as? [String: Any],
      let tests = root["tests"] as? [[String: Any]]
    else { throw VectorFiles.LoadError.badJSON(file) }
    return try tests.map { test in
      guard let name = test["name"] as? String, let seed = test["secretKey"] as? String,
        let publicKey = test["publicKey"] as? String, let message = test["message"] as? String,
        let signature = test["signature"] as? String
      else { throw VectorFiles.LoadError.badJSON(file) }
      return Vector(
        name: name, seed: try bytes(hex: seed), publicKey: try bytes(hex: publicKey),
        message: try bytes(hex: message), signature: try bytes(hex: signature))
    }
  }

  func testAllFiveVectorsAreRead() throws {
    XCTAssertEqual(
      try Self.vectors().map(\.name),
      ["TEST 1", "TEST 2", "TEST 3", "TEST 1024", "TEST SHA(abc)"])
  }

  func testSeedDerivesThePublishedPublicKey() throws {
    for vector in try Self.vectors() {
      let key = try XCTUnwrap(Ed25519.PrivateKey(seed: vector.seed), vector.name)
      XCTAssertEqual(key.publicKey.bytes, vector.publicKey, vector.name)
      XCTAssertEqual(key.seed, vector.seed, vector.name)
    }
  }

  func testSigningReproducesThePublishedSignature() throws {
    for vector in try Self.vectors() {
      let key = try XCTUnwrap(Ed25519.PrivateKey(seed: vector.seed), vector.name)
      XCTAssertEqual(hex(key.signature(for: vector.message)), hex(vector.signature), vector.name)
    }
  }

  func testPublishedSignatureVerifies() throws {
    for vector in try Self.vectors() {
      let key = try XCTUnwrap(Ed25519.PublicKey(bytes: vector.publicKey), vector.name)
      XCTAssertTrue(key.isValidSignature(vector.signature, for: vector.message), vector.name)
    }
  }
}
