import Foundation
import ReliefCrypto
import XCTest

/// Signed notes against signed-notes/signed_note_cases.json and its note files.
final class SignedNoteTests: XCTestCase {
  static let folder = "signed-notes"
  static let sumKey = "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"

  private func cases() throws -> [String: Any] {
    try XCTUnwrap(VectorFiles.json(Self.folder, "signed_note_cases.json") as? [String: Any])
  }

  private func keys(_ value: Any?) throws -> [NoteVerifierKey] {
    try (value as? [String] ?? []).map { try NoteVerifierKey(parsing: $0) }
  }

  private func noteBytes(_ file: String) throws -> [UInt8] {
    Array(try VectorFiles.data(Self.folder, file))
  }

  func testSumGolangCheckpointVerifiesAndEveryChangedByteFails() throws {
    let bytes = try noteBytes("sum.golang.org-checkpoint-6476701.note")
    let key = try NoteVerifierKey(parsing: Self.sumKey)
    let checkpoint = try VerifiedCheckpoint(parsing: bytes, logKeys: [key])
    XCTAssertEqual(checkpoint.checkpoint.origin, "go.sum database tree")
    XCTAssertEqual(checkpoint.checkpoint.treeSize, 6_476_701)
    for offset in bytes.indices {
      var changed = bytes
      changed[offset] ^= 0x01
      let note = try? SignedNote(parsing: changed)
      XCTAssertNil(try? note?.verify(keys: [key]), "byte \(offset)")
    }
  }

  func testNoteFilesBehaveAsListed() throws {
    let files = try XCTUnwrap(cases()["noteFiles"] as? [[String: Any]])
    XCTAssertEqual(files.count, 8)
    for entry in files {
      let file = try XCTUnwrap(entry["file"] as? String)
      let note = try SignedNote(parsing: noteBytes(file))
      XCTAssertEqual(note.encoded, String(decoding: try noteBytes(file), as: UTF8.self), file)
      let expect = try XCTUnwrap(entry["expect"] as? [String: Any])
      if let text = expect["text"] as? String { XCTAssertEqual(note.text, text, file) }
      if let names = expect["signatureNames"] as? [String] {
        XCTAssertEqual(note.signatures.map(\.name), names, file)
      }
      if let origin = expect["origin"] as? String {
        let checkpoint = try Checkpoint(parsing: note.text)
        XCTAssertEqual(checkpoint.origin, origin)
        XCTAssertEqual(checkpoint.treeSize, (expect["treeSize"] as? NSNumber)?.uint64Value)
        XCTAssertEqual(
          Base64.encode(checkpoint.rootHash.bytes), expect["rootHashBase64"] as? String)
        XCTAssertEqual(checkpoint.text, note.text)
      }
      guard expect["parseOnly"] as? Bool != true else { continue }
      let result = try note.verify(keys: keys(entry["verifierKeys"]))
      XCTAssertEqual(result.verified.map(\.name), expect["verifiedSigners"] as? [String], file)
      XCTAssertEqual(result.unverified.map(\.name), expect["unverifiedSigners"] as? [String], file)
      for also in entry["alsoExpect"] as? [[String: Any]] ?? [] {
        if also["error"] != nil {
          XCTAssertThrowsError(try note.verify(keys: keys(also["verifierKeys"])), file)
        } else {
          let partial = try note.verify(keys: keys(also["verifierKeys"]))
          XCTAssertEqual(partial.verified.map(\.name), also["verifiedSigners"] as? [String])
          XCTAssertEqual(partial.unverified.map(\.name), also["unverifiedSigners"] as? [String])
        }
      }
    }
  }

  func testOpenCases() throws {
    let openCases = try XCTUnwrap(cases()["openCases"] as? [[String: Any]])
    XCTAssertEqual(openCases.count, 14)
    for entry in openCases {
      let desc = try XCTUnwrap(entry["desc"] as? String)
      let bytes = try Base64.decode(XCTUnwrap(entry["noteBase64"] as? String))
      let verifierKeys = try keys(entry["verifierKeys"])
      let outcome = Result { () throws -> VerifiedNote in
        try SignedNote(parsing: bytes).verify(keys: verifierKeys)
      }
      if let error = entry["error"] as? String {
        guard case .failure(let thrown) = outcome else {
          XCTFail("\(desc): expected \(error)")
          continue
        }
        let noteError = try XCTUnwrap(thrown as? NoteError, desc)
        switch error {
        case let text where text.hasPrefix("ambiguous key"):
          XCTAssertEqual(noteError, .ambiguousKey(String(text.dropFirst(14))), desc)
        case let text where text.hasPrefix("invalid signature for key"):
          XCTAssertEqual(noteError, .invalidSignature(key: String(text.dropFirst(26))), desc)
        case "note has no verifiable signatures":
          XCTAssertEqual(noteError, .noVerifiableSignatures, desc)
        default:
          XCTAssertEqual(error, "malformed note", desc)
          XCTAssertNotEqual(noteError, .noVerifiableSignatures, desc)
        }
      } else {
        let result = try outcome.get()
        XCTAssertEqual(result.verified.map(\.name), entry["verifiedSigners"] as? [String], desc)
        XCTAssertEqual(result.unverified.map(\.name), entry["unverifiedSigners"] as? [String], desc)
      }
    }
  }

  func testSigningWithTheGoTestKeyReproducesTheNote() throws {
    let signer = try NoteSignerKey(
      parsing: "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz")
    let expected = String(decoding: try noteBytes("golang-mod-peterneumann.note"), as: UTF8.self)
    let text = try SignedNote(parsing: expected).text
    XCTAssertEqual(try SignedNote.sign(text, with: [signer]).encoded, expected)
    XCTAssertThrowsError(try SignedNote.sign("no newline", with: [signer]))
    XCTAssertThrowsError(try SignedNote.sign("tab\there\n", with: [signer]))
  }

  func testDuplicateLinesAndBadRepeatsBySameKey() throws {
    let signer = try NoteSignerKey(
      name: "example.org/a", privateKey: Ed25519.PrivateKey(seed: [UInt8](repeating: 7, count: 32))!
    )
    let note = try SignedNote.sign("hello\n", with: [signer, signer])
    let result = try note.verify(keys: [signer.verifierKey])
    XCTAssertEqual(result.verified.count, 1)
    var bad = note.signatures
    var corrupted = bad[1].signature
    corrupted[0] ^= 1
    bad[1] = NoteSignature(name: bad[1].name, keyHash: bad[1].keyHash, signature: corrupted)
    let tampered = try SignedNote(text: "hello\n", signatures: bad)
    XCTAssertThrowsError(try tampered.verify(keys: [signer.verifierKey])) { error in
      XCTAssertEqual(error as? NoteError, .invalidSignature(key: signer.verifierKey.id))
    }
  }
}
