import Foundation
import ReliefCrypto
import XCTest

/// Checkpoints, cosignatures (cosignature/v1) and tlog-proof@v1.
final class TlogFormatTests: XCTestCase {
  func testSpecCosignatureLineParses() throws {
    let bytes = Array(try VectorFiles.data("signed-notes", "c2sp-tlog-cosignature-example.note"))
    let note = try SignedNote(parsing: bytes)
    let cosignature = try Cosignature(note.signatures[1])
    // tlog-cosignature.md gives this example's signed message with time 1679315147.
    XCTAssertEqual(cosignature.timestamp, 1_679_315_147)
    XCTAssertEqual(cosignature.signature.count, 64)
  }

  func testCheckpointRejectsMalformedBodies() {
    let root = Base64.encode([UInt8](repeating: 1, count: 32))
    for body in [
      "origin\n12\n", "\n12\n\(root)\n", "o\n012\n\(root)\n", "o\n-1\n\(root)\n", "o\n1\nAAAA\n",
      "o\n1\n\(root)\n\n", "o\n1\n\(root)",
    ] {
      XCTAssertThrowsError(try Checkpoint(parsing: body), body)
    }
    XCTAssertNoThrow(try Checkpoint(parsing: "o\n0\n\(root)\next\n"))
  }

  func testCosignAndProveRoundTrip() throws {
    let logKey = try NoteSignerKey(name: "example.org/log", privateKey: key(1))
    let witness = key(2)
    let leaves = (0..<13).map { MerkleHash.leaf([UInt8($0)]) }
    let tree = MerkleTree(leafHashes: leaves)
    let body = try Checkpoint(origin: "example.org/log", treeSize: 13, rootHash: tree.root)
    var note = try SignedNote.sign(body.text, with: [logKey])
    let cosignature = try CosignerKey.sign(
      checkpointText: body.text, timestamp: 1_700_000_000, name: "example.org/w",
      privateKey: witness)
    note = try SignedNote(text: note.text, signatures: note.signatures + [cosignature])
    let proof = try XCTUnwrap(tree.inclusionProof(index: 5, treeSize: 13))
    let tlog = TlogProof(index: 5, hashes: proof.hashes, checkpointNote: Array(note.encoded.utf8))
    let parsed = try TlogProof(parsing: tlog.encoded)
    XCTAssertEqual(parsed, tlog)
    let verified = try parsed.verify(
      leafHash: leaves[5], logKeys: [logKey.verifierKey], origin: "example.org/log")
    let cosigner = try CosignerKey(name: "example.org/w", publicKey: witness.publicKey)
    let cosigned = try verified.verifiedCosignatures([cosigner])
    XCTAssertEqual(cosigned.map(\.1), [1_700_000_000])
    XCTAssertThrowsError(try parsed.verify(leafHash: leaves[4], logKeys: [logKey.verifierKey]))
    XCTAssertThrowsError(
      try parsed.verify(leafHash: leaves[5], logKeys: [logKey.verifierKey], origin: "other"))
    let other = try CosignerKey(name: "example.org/w", publicKey: key(3).publicKey)
    XCTAssertEqual(try verified.verifiedCosignatures([other]).count, 0)
    // Every changed byte before the cosignature line breaks parsing or log verification
    // (the cosignature line is by a key the log verifier does not know, so it is ignored).
    let encoded = tlog.encoded
    let logPart = encoded.count - cosignature.line.utf8.count
    for offset in stride(from: 0, to: logPart, by: 3) {
      var changed = encoded
      changed[offset] ^= 0x02
      let result = try? TlogProof(parsing: changed).verify(
        leafHash: leaves[5], logKeys: [logKey.verifierKey])
      XCTAssertNil(result, "byte \(offset)")
    }
  }

  func testProofTextIsByteExact() throws {
    let hash = SHA256Digest(bytes: [UInt8](repeating: 0xab, count: 32))!
    let tlog = TlogProof(
      extra: [1, 2, 3], index: 0, hashes: [hash], checkpointNote: Array("c\n".utf8))
    let expected =
      "c2sp.org/tlog-proof@v1\nextra AQID\nindex 0\n" + Base64.encode(hash.bytes) + "\n\nc\n"
    XCTAssertEqual(String(decoding: tlog.encoded, as: UTF8.self), expected)
    XCTAssertEqual(try TlogProof(parsing: Array(expected.utf8)), tlog)
    for bad in [
      "c2sp.org/tlog-proof@v2\nindex 0\n\nc\n", "c2sp.org/tlog-proof@v1\nindex 01\n\nc\n",
      "c2sp.org/tlog-proof@v1\nindex 0\nAAAA\n\nc\n", "c2sp.org/tlog-proof@v1\nindex 0\n",
    ] {
      XCTAssertThrowsError(try TlogProof(parsing: Array(bad.utf8)), bad)
    }
  }

  private func key(_ byte: UInt8) -> Ed25519.PrivateKey {
    Ed25519.PrivateKey(seed: [UInt8](repeating: byte, count: 32))!
  }
}
