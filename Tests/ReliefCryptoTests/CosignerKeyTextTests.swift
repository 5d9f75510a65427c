import XCTest

@testable import ReliefCrypto

/// The text form of tlog-cosignature keys (signature type 0x04).
final class CosignerKeyTextTests: XCTestCase {
  private func key(_ name: String, seed: UInt8) throws -> CosignerKey {
    let privateKey = try XCTUnwrap(Ed25519.PrivateKey(seed: [UInt8](repeating: seed, count: 32)))
    return try CosignerKey(name: name, publicKey: privateKey.publicKey)
  }

  func testTextRoundTripsAndHashIsTheSpecComputation() throws {
    let cosigner = try key("witness.example/w1", seed: 3)
    let text = cosigner.encoded
    let fields = text.split(separator: "+", maxSplits: 2).map(String.init)
    XCTAssertEqual(fields[0], "witness.example/w1")
    // key hash: the first four bytes of SHA-256(name || 0x0A || 0x04 || public key).
    let digest = SHA256.hash(
      Array("witness.example/w1".utf8) + [0x0A, 0x04] + cosigner.publicKey.bytes)
    XCTAssertEqual(fields[1], digest.bytes[0..<4].map { String(format: "%02x", $0) }.joined())
    XCTAssertEqual(try Base64.decode(fields[2]), [0x04] + cosigner.publicKey.bytes)
    XCTAssertEqual(try CosignerKey(parsing: text), cosigner)
    XCTAssertEqual(cosigner.id, fields[0] + "+" + fields[1])
  }

  func testOtherKeyTypesAndWrongHashesAreRefused() throws {
    let cosigner = try key("w1", seed: 3)
    let fields = cosigner.encoded.split(separator: "+", maxSplits: 2).map(String.init)
    let noteKey = try NoteVerifierKey(name: "w1", publicKey: cosigner.publicKey)
    XCTAssertThrowsError(try CosignerKey(parsing: noteKey.encoded)) { error in
      XCTAssertEqual(error as? NoteKeyError, .unknownAlgorithm(0x01))
    }
    XCTAssertThrowsError(try NoteVerifierKey(parsing: cosigner.encoded)) { error in
      XCTAssertEqual(error as? NoteKeyError, .unknownAlgorithm(0x04))
    }
    let wrongHash = fields[0] + "+00000000+" + fields[2]
    XCTAssertThrowsError(try CosignerKey(parsing: wrongHash)) { error in
      guard case .keyHashMismatch(let listed, _)? = error as? NoteKeyError else {
        return XCTFail("\(error)")
      }
      XCTAssertEqual(listed, 0)
    }
  }

  func testACosignatureVerifiesWithTheParsedKeyOnly() throws {
    let privateKey = try XCTUnwrap(Ed25519.PrivateKey(seed: [UInt8](repeating: 5, count: 32)))
    let text = "example.com/log\n7\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n"
    let line = try CosignerKey.sign(
      checkpointText: text, timestamp: 1_700_000_000, name: "w1", privateKey: privateKey)
    let parsed = try CosignerKey(
      parsing: try CosignerKey(name: "w1", publicKey: privateKey.publicKey).encoded)
    let cosignature = try Cosignature(line)
    XCTAssertEqual(cosignature.timestamp, 1_700_000_000)
    XCTAssertTrue(cosignature.isValid(for: parsed, checkpointText: text))
    XCTAssertFalse(cosignature.isValid(for: parsed, checkpointText: text + "x\n"))
    XCTAssertFalse(try key("w1", seed: 6).publicKey == parsed.publicKey)
    XCTAssertFalse(cosignature.isValid(for: try key("w1", seed: 6), checkpointText: text))
  }
}
