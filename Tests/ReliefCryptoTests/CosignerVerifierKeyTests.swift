import ReliefCrypto
import XCTest

/// Cosigner verifier keys (c2sp.org/tlog-cosignature, type 0x04) in the signed-note key text
/// form, and note verification of cosignature lines with them.
final class CosignerVerifierKeyTests: XCTestCase {
  private let keyName = "witness.example/w1"
  private let text = "example.org/log\n13\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"

  private func privateKey() throws -> Ed25519.PrivateKey {
    try XCTUnwrap(Ed25519.PrivateKey(seed: [UInt8](repeating: 7, count: 32)))
  }

  func testKeyHashIsTheSpecComputationWithTypeFour() throws {
    let key = try privateKey()
    let verifier = try NoteVerifierKey(
      name: keyName, publicKey: key.publicKey, type: .cosignatureV1)
    // tlog-cosignature: SHA-256(<name> || "\n" || 0x04 || 32-byte public key)[:4].
    let digest = SHA256.hash(Array(keyName.utf8) + [0x0a, 0x04] + key.publicKey.bytes)
    let expected = digest.bytes[0..<4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    XCTAssertEqual(verifier.keyHash, expected)
    XCTAssertNotEqual(
      verifier.keyHash, NoteVerifierKey.keyHash(name: keyName, publicKey: key.publicKey))
    let fields = verifier.encoded.split(separator: "+", maxSplits: 2).map(String.init)
    XCTAssertEqual(fields[0], keyName)
    XCTAssertEqual(fields[1], KeyHashText.text(expected))
    XCTAssertEqual(try Base64.decode(fields[2]), [0x04] + key.publicKey.bytes)
    XCTAssertEqual(try CosignerKey(name: keyName, publicKey: key.publicKey).verifierKey, verifier)
    let signer = try NoteSignerKey(name: keyName, privateKey: key)
    XCTAssertEqual(signer.cosignerVerifierKey, verifier)
  }

  func testTheTextFormParsesOnlyWhereCosignerKeysAreAccepted() throws {
    let verifier = try NoteVerifierKey(
      name: keyName, publicKey: try privateKey().publicKey, type: .cosignatureV1)
    let parsed = try NoteVerifierKey(
      parsing: verifier.encoded, accepting: [.ed25519, .cosignatureV1])
    XCTAssertEqual(parsed, verifier)
    XCTAssertEqual(parsed.type, .cosignatureV1)
    XCTAssertThrowsError(try NoteVerifierKey(parsing: verifier.encoded)) { error in
      XCTAssertEqual(error as? NoteKeyError, .cosignerKeyNotAccepted)
    }
    // The same bytes with the type byte of a note key have another key hash.
    var bytes = [0x01] + verifier.publicKey.bytes
    let relabelled = keyName + "+" + KeyHashText.text(verifier.keyHash) + "+" + Base64.encode(bytes)
    XCTAssertThrowsError(try NoteVerifierKey(parsing: relabelled)) { error in
      guard case .keyHashMismatch = error as? NoteKeyError else {
        return XCTFail("\(error)")
      }
    }
    bytes[0] = 0x04
    let privateText = "PRIVATE+KEY+" + keyName + "+00000000+" + Base64.encode(bytes)
    XCTAssertThrowsError(try NoteSignerKey(parsing: privateText)) { error in
      XCTAssertEqual(error as? NoteKeyError, .signerKeyTypeNotEd25519(4))
    }
  }

  func testACosignatureVerifiesWithTheParsedKeyAndAnyChangeFails() throws {
    let key = try privateKey()
    let verifier = try NoteVerifierKey(
      name: keyName, publicKey: key.publicKey, type: .cosignatureV1)
    let line = try CosignerKey.sign(
      checkpointText: text, timestamp: 1_669_852_800, name: keyName, privateKey: key)
    // The signed message, built here from the spec's words.
    let message = Array(("cosignature/v1\ntime 1669852800\n" + text).utf8)
    XCTAssertEqual(Array(line.signature[8...]), key.signature(for: message))
    XCTAssertEqual(Array(line.signature[0..<8]), [0, 0, 0, 0, 0x63, 0x87, 0xEE, 0x80])
    let note = try SignedNote(text: text, signatures: [line])
    let verified = try note.verify(keys: [verifier])
    XCTAssertEqual(verified.verified, [line])
    // A wrong timestamp, a changed signature byte, a changed text byte: all rejected.
    var laterTime = line.signature
    laterTime[7] &+= 1
    var changedSignature = line.signature
    changedSignature[40] ^= 0x01
    for signature in [laterTime, changedSignature, Array(line.signature[8...])] {
      let bad = NoteSignature(name: keyName, keyHash: line.keyHash, signature: signature)
      XCTAssertThrowsError(try SignedNote(text: text, signatures: [bad]).verify(keys: [verifier])) {
        XCTAssertEqual($0 as? NoteError, .invalidSignature(key: line.keyID))
      }
    }
    let otherText = text.replacingOccurrences(of: "13", with: "14")
    XCTAssertThrowsError(
      try SignedNote(text: otherText, signatures: [line]).verify(keys: [verifier]))
    // A plain note signature by the same key is not a cosignature, and vice versa.
    let plain = try NoteSignerKey(name: keyName, privateKey: key)
    let signed = try SignedNote.sign(text, with: [plain])
    XCTAssertThrowsError(try signed.verify(keys: [verifier])) {
      XCTAssertEqual($0 as? NoteError, .noVerifiableSignatures)
    }
    XCTAssertThrowsError(try note.verify(keys: [plain.verifierKey])) {
      XCTAssertEqual($0 as? NoteError, .noVerifiableSignatures)
    }
  }
}

/// Eight lowercase hexadecimal digits of a key hash, as key texts write it.
private enum KeyHashText {
  static func text(_ hash: UInt32) -> String {
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 8 - digits.count) + digits
  }
}
