import Foundation
import ReliefCrypto
import XCTest

@testable import ReliefCLI

/// Cosigner verifier keys from `relief keys show --cosigner`, checking the cosignature lines
/// of `checkpoint cosign` with `check-proof` and `note verify`.
final class CosignerKeyCommandTests: XCTestCase {
  private var directory: TemporaryDirectory!
  private var keyPath: String { directory.path("admin.key") }
  private var witnessPath: String { directory.path("witness.key") }
  private var ledger: String { directory.path("ledger") }
  private var adminKey = ""
  private var cosignerKey = ""

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
    let admin = run(["keys", "generate", "--name", "k-admin", "--out", keyPath])
    XCTAssertEqual(admin.status, 0, admin.err)
    adminKey = String(admin.out.dropLast())
    XCTAssertEqual(run(["keys", "generate", "--name", "w1", "--out", witnessPath]).status, 0)
    cosignerKey = String(run(["keys", "show", "--cosigner", witnessPath]).out.dropLast())
    XCTAssertEqual(run(["init", "--ledger", ledger, "--origin", "k.example/l"]).status, 0)
    XCTAssertEqual(
      run(["append", "union", "--ledger", ledger, "--id", "city", "--name", "市总工会"]).status, 0)
    XCTAssertEqual(run(["checkpoint", "--ledger", ledger]).status, 0)
    let cosigned = run([
      "checkpoint", "cosign", "--key", witnessPath, "--ledger", ledger, "--state",
      directory.path("state"),
    ])
    XCTAssertEqual(cosigned.status, 0, cosigned.err)
  }

  override func tearDown() {
    directory = nil
  }

  @discardableResult
  private func run(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
    let console = RecordingConsole()
    let status = Relief.run(
      arguments: arguments,
      environment: ["RELIEF_NOW_MS": "1669852800000", "RELIEF_KEY": keyPath], console: console)
    return (status, console.stdout, console.stderr)
  }

  private func write(_ text: String, _ name: String) throws -> String {
    let path = directory.path(name)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  func testKeysShowCosignerPrintsTheTypeFourKey() throws {
    let text = try String(contentsOfFile: witnessPath, encoding: .utf8)
    let signer = try NoteSignerKey(parsing: String(text.dropLast()))
    let expected = try CosignerKey(name: "w1", publicKey: signer.privateKey.publicKey)
    XCTAssertEqual(cosignerKey, expected.verifierKey.encoded)
    XCTAssertNotEqual(cosignerKey, String(run(["keys", "show", witnessPath]).out.dropLast()))
    XCTAssertEqual(
      try Base64.decode(String(cosignerKey.split(separator: "+", maxSplits: 2)[2])).first, 4)
  }

  func testCheckProofChecksTheCosignatureAndPrintsItsTime() throws {
    let receipt = try write(run(["prove", "2", "--ledger", ledger]).out, "r.txt")
    let id = NoteID.id(cosignerKey)
    let both = run(["check-proof", receipt, "--key", adminKey, "--key", cosignerKey])
    XCTAssertEqual(both.status, 0, both.err)
    XCTAssertTrue(both.out.contains(", is signed by \(NoteID.id(adminKey))\n"), both.out)
    XCTAssertTrue(
      both.out.hasSuffix(
        "cosigned by \(id) at 2022-12-01T00:00:00Z: this cosigner saw this checkpoint as the "
          + "ledger's newest, consistent with the ones it saw before\n"), both.out)
    let alone = run(["check-proof", receipt, "--key", cosignerKey])
    XCTAssertEqual(alone.status, 0, alone.err)
    XCTAssertTrue(
      alone.out.contains(
        "is cosigned; the ledger's own signature was not checked (no ledger key given)\n"),
      alone.out)
    let note = run(["note", "verify", "--key", cosignerKey, ledger + "/checkpoints/latest"])
    XCTAssertEqual(note.status, 0, note.err)
    XCTAssertEqual(note.out, "verified: \(id) (cosignature of 2022-12-01T00:00:00Z)\n")
  }

  func testAChangedCosignatureTimestampIsRejected() throws {
    let receipt = run(["prove", "2", "--ledger", ledger]).out
    var lines = receipt.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let index = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("\u{2014} w1 ") })
    var field = try Base64.decode(String(lines[index].dropFirst("\u{2014} w1 ".count)))
    field[4 + 7] &+= 1  // one second later
    lines[index] = "\u{2014} w1 " + Base64.encode(field)
    let path = try write(lines.joined(separator: "\n"), "later.txt")
    for keys in [[cosignerKey], [adminKey, cosignerKey]] {
      let result = run(["check-proof", path] + keys.flatMap { ["--key", $0] })
      XCTAssertEqual(result.status, 1, result.out)
      XCTAssertEqual(
        result.err,
        "relief check-proof: INVALID receipt: the checkpoint note is invalid: the signature by known key "
          + "\(NoteID.id(cosignerKey)) does not verify\n")
    }
    // The ledger's key alone ignores the cosignature line.
    XCTAssertEqual(run(["check-proof", path, "--key", adminKey]).status, 0)
  }

  func testTheLedgerRefusesToRegisterACosignerKey() {
    let result = run([
      "append", "key", "--key", cosignerKey, "--role", "auditor", "--signer", keyPath,
      "--ledger", ledger,
    ])
    XCTAssertEqual(result.status, 4, result.out)
    XCTAssertTrue(result.err.contains("this is a cosigner key (type 4)"), result.err)
  }
}
