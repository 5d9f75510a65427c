import ReliefCrypto
import XCTest

/// Signed-note keys against the published keys and notes in `Vectors/signed-notes/`.
final class NoteKeyTests: XCTestCase {
  static let sumGolangOrg = "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"
  static let peterNeumannVerifier =
    "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
  /// The test-only private key published in golang.org/x/mod's sumdb/note tests.
  static let peterNeumannSigner =
    "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"

  static func cases() throws -> [String: Any] {
    let file = "signed_note_cases.json"
    guard let root = try VectorFiles.json("signed-notes", file) as? [String: Any] else {
      throw VectorFiles.LoadError.badJSON(file)
    }
    return root
  }

  func testSumGolangOrgKeyParsesAndItsHashRecomputesTo033de0ae() throws {
    let key = try NoteVerifierKey(parsing: Self.sumGolangOrg)
    XCTAssertEqual(key.name, "sum.golang.org")
    XCTAssertEqual(key.keyHash, 0x033d_e0ae)
    XCTAssertEqual(
      key.publicKey.hex, "ce3372d75ad1ee5ecdaf8727293d4b111d87eb37531d7c86d4d3003f0eb809fc")
    XCTAssertEqual(
      NoteVerifierKey.keyHash(name: "sum.golang.org", publicKey: key.publicKey), 0x033d_e0ae)
    XCTAssertEqual(try NoteVerifierKey(name: "sum.golang.org", publicKey: key.publicKey), key)
    XCTAssertEqual(key.encoded, Self.sumGolangOrg)
    XCTAssertEqual(key.description, Self.sumGolangOrg)
  }

  func testEveryPublishedVerifierKeyParsesAndReencodesExactly() throws {
    guard let keys = try Self.cases()["verifierKeys"] as? [String: Any],
      let valid = keys["valid"] as? [String]
    else { throw VectorFiles.LoadError.badJSON("verifierKeys") }
    XCTAssertEqual(valid.count, 7)
    for text in valid {
      let key = try NoteVerifierKey(parsing: text)
      XCTAssertEqual(key.encoded, text)
      XCTAssertTrue(text.hasPrefix(key.name + "+"), text)
    }
  }

  func testGoExampleSignerKeyParsesAndMatchesItsVerifierKey() throws {
    let signer = try NoteSignerKey(parsing: Self.peterNeumannSigner)
    XCTAssertEqual(signer.name, "PeterNeumann")
    XCTAssertEqual(signer.keyHash, 0xc74f_20a3)
    XCTAssertEqual(signer.encoded, Self.peterNeumannSigner)
    XCTAssertEqual(signer.verifierKey.encoded, Self.peterNeumannVerifier)
    XCTAssertEqual(signer.verifierKey, try NoteVerifierKey(parsing: Self.peterNeumannVerifier))
  }

  /// Ed25519 is deterministic, so signing the note text with the published key must give
  /// the note's signature line byte for byte.
  func testGoExampleSignerKeyReproducesTheGoNoteSignature() throws {
    let note = try SignedNoteFile(named: "golang-mod-peterneumann.note")
    let signer = try NoteSignerKey(parsing: Self.peterNeumannSigner)
    let signature = signer.privateKey.signature(for: Array(note.text.utf8))
    let keyHash = withUnsafeBytes(of: signer.keyHash.bigEndian) { Array($0) }
    XCTAssertEqual(note.signatures.count, 1)
    XCTAssertEqual(note.signatures.first?.name, "PeterNeumann")
    XCTAssertEqual(note.signatures.first?.base64, Base64.encode(keyHash + signature))
  }

  /// Every signature in the published notes verifies under its published verifier key: the
  /// key hash prefix matches and the Ed25519 signature of the text is valid.
  func testPublishedNotesVerifyUnderTheirKeys() throws {
    guard let files = try Self.cases()["noteFiles"] as? [[String: Any]] else {
      throw VectorFiles.LoadError.badJSON("noteFiles")
    }
    var verifiedCount = 0
    for file in files {
      guard let name = file["file"] as? String, let keyTexts = file["verifierKeys"] as? [String]
      else { throw VectorFiles.LoadError.badJSON("noteFiles") }
      let note = try SignedNoteFile(named: name)
      for keyText in keyTexts {
        let key = try NoteVerifierKey(parsing: keyText)
        let line = try XCTUnwrap(note.signatures.first { $0.name == key.name }, keyText)
        let decoded = try Base64.decode(line.base64)
        XCTAssertEqual(decoded.count, 68, "\(name): \(key.name)")
        let listedHash = decoded.prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        XCTAssertEqual(listedHash, key.keyHash, "\(name): \(key.name)")
        XCTAssertTrue(
          key.publicKey.isValidSignature(Array(decoded[4...]), for: Array(note.text.utf8)),
          "\(name): \(key.name)")
        verifiedCount += 1
      }
    }
    XCTAssertEqual(verifiedCount, 9, "1 + 4 + 1 + 2 + 1 signatures in five notes")
  }

  func testGeneratedKeysRoundTripThroughTheirTextForms() throws {
    for name in ["relief.example/ledger", "南通市总工会", "a", "example.com/foo=bar"] {
      let signer = try NoteSignerKey(name: name, privateKey: try Ed25519.PrivateKey.generate())
      let parsed = try NoteSignerKey(parsing: signer.encoded)
      XCTAssertEqual(parsed.name, name)
      XCTAssertEqual(parsed.keyHash, signer.keyHash)
      XCTAssertEqual(parsed.privateKey.seed, signer.privateKey.seed)
      XCTAssertEqual(parsed.encoded, signer.encoded)
      let verifier = try NoteVerifierKey(parsing: signer.verifierKey.encoded)
      XCTAssertEqual(verifier, signer.verifierKey)
      XCTAssertEqual(verifier.keyHash, signer.keyHash)
      let message = Array("checkpoint\n".utf8)
      XCTAssertTrue(
        verifier.publicKey.isValidSignature(
          parsed.privateKey.signature(for: message), for: message))
    }
  }

  func testSignerKeyDescriptionsShowOnlyTheVerifierKey() throws {
    let signer = try NoteSignerKey(parsing: Self.peterNeumannSigner)
    let secret = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
    XCTAssertEqual(signer.description, "NoteSignerKey(\(Self.peterNeumannVerifier))")
    XCTAssertEqual(signer.debugDescription, signer.description)
    var dumped = ""
    dump(signer, to: &dumped)
    for text in [signer.description, "\(signer)", String(reflecting: signer), dumped] {
      XCTAssertFalse(text.contains(secret), text)
      XCTAssertFalse(text.contains(hex(signer.privateKey.seed)), text)
    }
  }
}

/// A signed note split into its text (ending in a newline) and its signature lines
/// (`— <name> <base64>`); just enough parsing for these tests.
struct SignedNoteFile {
  struct Signature {
    let name: String
    let base64: String
  }

  let text: String
  let signatures: [Signature]

  init(named file: String) throws {
    let content = try VectorFiles.text("signed-notes", file)
    guard let separator = content.range(of: "\n\n", options: .backwards) else {
      throw VectorFiles.LoadError.badJSON(file)
    }
    text = String(content[..<separator.lowerBound]) + "\n"
    signatures = try content[separator.upperBound...].split(separator: "\n").map { line in
      let fields = line.split(separator: " ")
      guard fields.count == 3, fields[0] == "\u{2014}" else {
        throw VectorFiles.LoadError.badJSON(file)
      }
      return Signature(name: String(fields[1]), base64: String(fields[2]))
    }
  }
}
