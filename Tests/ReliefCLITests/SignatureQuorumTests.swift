import Foundation
import XCTest

/// `check-proof` and `note verify` require a valid line by every key given, unless
/// `--quorum N` says how many suffice (issue 12, attack 5: a receipt stripped of its
/// cosignature passed with the cosigner's key given).
final class SignatureQuorumTests: XCTestCase {
  private var directory: TemporaryDirectory!
  private var ledger: String { directory.path("ledger") }
  private var adminPath: String { directory.path("admin.key") }
  private var adminKey = ""
  private var cosignerKey = ""
  private var otherCosignerKey = ""
  /// A receipt of line 2 with the administrator's signature and w1's cosignature.
  private var receipt = ""
  /// The same receipt without w1's cosignature line.
  private var stripped = ""

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
    adminKey = try output(["keys", "generate", "--name", "q-admin", "--out", adminPath])
    let witness = directory.path("w1.key")
    _ = try output(["keys", "generate", "--name", "w1", "--out", witness])
    cosignerKey = try output(["keys", "show", "--cosigner", witness])
    let other = directory.path("w2.key")
    _ = try output(["keys", "generate", "--name", "w2", "--out", other])
    otherCosignerKey = try output(["keys", "show", "--cosigner", other])
    _ = try output(["init", "--ledger", ledger, "--origin", "q.example/l", "--key", adminPath])
    _ = try output([
      "append", "union", "--ledger", ledger, "--id", "city", "--name", "市总工会", "--key",
      adminPath,
    ])
    _ = try output(["checkpoint", "--ledger", ledger, "--key", adminPath])
    _ = try output([
      "checkpoint", "cosign", "--key", witness, "--ledger", ledger, "--state",
      directory.path("state"),
    ])
    let proved = try output(["prove", "2", "--ledger", ledger]) + "\n"
    receipt = try write(proved, "receipt.txt")
    let lines = proved.split(separator: "\n", omittingEmptySubsequences: false)
    let kept = lines.filter { !$0.hasPrefix("\u{2014} w1 ") }
    XCTAssertEqual(kept.count, lines.count - 1, proved)
    stripped = try write(kept.joined(separator: "\n"), "stripped.txt")
  }

  override func tearDown() {
    directory = nil
  }

  /// Runs relief, requires exit 0, and returns stdout without its last newline.
  private func output(_ arguments: [String]) throws -> String {
    let result = try ReliefProcess.run(arguments)
    XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
    return String(result.stdout.dropLast())
  }

  private func write(_ text: String, _ name: String) throws -> String {
    let path = directory.path(name)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  private func checkProof(_ file: String, _ keys: [String], _ extra: [String] = []) throws
    -> ReliefProcess.Outcome
  {
    try ReliefProcess.run(["check-proof", file] + keys.flatMap { ["--key", $0] } + extra)
  }

  private func noteVerify(_ file: String, _ keys: [String], _ extra: [String] = []) throws
    -> ReliefProcess.Outcome
  {
    try ReliefProcess.run(["note", "verify"] + keys.flatMap { ["--key", $0] } + extra + [file])
  }

  /// The signed checkpoint note at the end of a receipt (after the proof's blank line).
  private func noteFile(of receiptPath: String, _ name: String) throws -> String {
    let text = try String(contentsOfFile: receiptPath, encoding: .utf8)
    let parts = text.components(separatedBy: "\n\n")
    XCTAssertEqual(parts.count, 3, text)
    return try write(parts.dropFirst().joined(separator: "\n\n"), name)
  }

  func testCheckProofRefusesAReceiptWithoutTheCosignatureOfAGivenKey() throws {
    let result = try checkProof(stripped, [adminKey, cosignerKey])
    XCTAssertEqual(result.status, 1, result.stdout)
    XCTAssertEqual(result.stdout, "")
    XCTAssertEqual(
      result.stderr,
      "relief check-proof: INVALID receipt: the checkpoint has no signature by the given key "
        + "\(NoteID.id(cosignerKey)); every key given with --key must have signed "
        + "(--quorum N accepts N of them)\n")
  }

  func testCheckProofAcceptsAMissingCosignatureWithinTheQuorum() throws {
    let result = try checkProof(stripped, [adminKey, cosignerKey], ["--quorum", "1"])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(result.stdout.hasPrefix("valid: "), result.stdout)
    XCTAssertTrue(
      result.stdout.hasSuffix(
        ", is signed by \(NoteID.id(adminKey))\nnot signed by \(NoteID.id(cosignerKey)); "
          + "--quorum 1 of the 2 given keys is met\n"), result.stdout)
  }

  func testCheckProofAcceptsAReceiptSignedByEveryGivenKey() throws {
    for extra in [[], ["--quorum", "2"], ["--quorum", "1"]] {
      let result = try checkProof(receipt, [adminKey, cosignerKey], extra)
      XCTAssertEqual(result.status, 0, result.stderr)
      XCTAssertTrue(
        result.stdout.contains(
          ", is signed by \(NoteID.id(adminKey))\ncosigned by \(NoteID.id(cosignerKey)) at "),
        result.stdout)
      XCTAssertFalse(result.stdout.contains("not signed"), result.stdout)
    }
  }

  func testCheckProofNamesEveryMissingKeyAndTheQuorum() throws {
    let keys = [adminKey, cosignerKey, otherCosignerKey]
    let all = try checkProof(stripped, keys)
    XCTAssertEqual(all.status, 1)
    XCTAssertEqual(
      all.stderr,
      "relief check-proof: INVALID receipt: the checkpoint has no signatures by the given keys "
        + "\(NoteID.id(cosignerKey)), \(NoteID.id(otherCosignerKey)); every key given with "
        + "--key must have signed (--quorum N accepts N of them)\n")
    let two = try checkProof(receipt, keys, ["--quorum", "3"])
    XCTAssertEqual(two.status, 1)
    XCTAssertEqual(
      two.stderr,
      "relief check-proof: INVALID receipt: the checkpoint has no signature by the given key "
        + "\(NoteID.id(otherCosignerKey)); --quorum 3 needs 3 of the 3 given keys, 2 signed\n")
    let enough = try checkProof(receipt, keys, ["--quorum", "2"])
    XCTAssertEqual(enough.status, 0, enough.stderr)
    XCTAssertTrue(
      enough.stdout.hasSuffix(
        "not signed by \(NoteID.id(otherCosignerKey)); --quorum 2 of the 3 given keys is met\n"),
      enough.stdout)
  }

  func testCheckProofNamesTheKeysWhenNoneSigned() throws {
    let result = try checkProof(stripped, [cosignerKey, otherCosignerKey])
    XCTAssertEqual(result.status, 1)
    XCTAssertEqual(
      result.stderr,
      "relief check-proof: INVALID receipt: the checkpoint note is invalid: the note has no "
        + "signature by any of the given keys; missing: \(NoteID.id(cosignerKey)), "
        + "\(NoteID.id(otherCosignerKey))\n")
  }

  func testQuorumOutsideOneToTheKeyCountIsAUsageError() throws {
    for value in ["0", "3", "-1", "", "one", "1.5", " 1", "+1", "99999999999999999999"] {
      for run in [checkProof, noteVerify] {
        let result = try run(receipt, [adminKey, cosignerKey], ["--quorum", value])
        XCTAssertEqual(result.status, 2, "--quorum '\(value)': \(result.stderr)")
        XCTAssertTrue(
          result.stderr.contains(
            ": --quorum must be a whole number from 1 to 2 (the number of keys given with "
              + "--key), not '\(value)'\n"), result.stderr)
      }
    }
    // Checked before the file is read: a usage error, not a missing file.
    let missing = try checkProof(directory.path("none"), [adminKey], ["--quorum", "2"])
    XCTAssertEqual(missing.status, 2, missing.stderr)
  }

  func testNoteVerifyRequiresEveryGivenKeyUnlessAQuorumIsGiven() throws {
    let full = try noteFile(of: receipt, "full.note")
    let bare = try noteFile(of: stripped, "bare.note")
    let admin = NoteID.id(adminKey)
    let cosigner = NoteID.id(cosignerKey)
    let refused = try noteVerify(bare, [adminKey, cosignerKey])
    XCTAssertEqual(refused.status, 1)
    XCTAssertEqual(refused.stdout, "")
    XCTAssertEqual(
      refused.stderr,
      "relief note: INVALID note: it has no signature by the given key \(cosigner); every key "
        + "given with --key must have signed (--quorum N accepts N of them)\n")
    let quorum = try noteVerify(bare, [adminKey, cosignerKey], ["--quorum", "1"])
    XCTAssertEqual(quorum.status, 0, quorum.stderr)
    XCTAssertEqual(
      quorum.stdout,
      "verified: \(admin)\nnot signed by \(cosigner); --quorum 1 of the 2 given keys is met\n")
    let both = try noteVerify(full, [adminKey, cosignerKey])
    XCTAssertEqual(both.status, 0, both.stderr)
    XCTAssertEqual(
      both.stdout,
      "verified: \(admin)\nverified: \(cosigner) (cosignature of 2022-12-01T00:00:00Z)\n")
    let none = try noteVerify(bare, [cosignerKey])
    XCTAssertEqual(none.status, 1)
    XCTAssertEqual(
      none.stderr,
      "relief note: INVALID note: the note has no signature by any of the given keys; "
        + "missing: \(cosigner)\n")
  }
}
