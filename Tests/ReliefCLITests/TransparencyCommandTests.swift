import Foundation
import ReliefCLI
import XCTest

/// `relief checkpoint`, `prove`, `check-proof`, `verify --since` and `note`, in-process.
final class TransparencyCommandTests: XCTestCase {
  private var directory: TemporaryDirectory!
  private var keyPath: String { directory.path("admin.key") }
  private var ledger: String { directory.path("ledger") }
  private var verifierKey = ""

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
    let generated = run(["keys", "generate", "--name", "t-admin", "--out", keyPath])
    XCTAssertEqual(generated.status, 0, generated.err)
    verifierKey = String(generated.out.dropLast())
  }

  override func tearDown() {
    directory = nil
  }

  @discardableResult
  private func run(
    _ arguments: [String], file: StaticString = #filePath, line: UInt = #line
  ) -> (status: Int32, out: String, err: String) {
    let console = RecordingConsole()
    let status = Relief.run(
      arguments: arguments,
      environment: ["RELIEF_NOW_MS": "1669852800000", "RELIEF_KEY": keyPath], console: console)
    return (status, console.stdout, console.stderr)
  }

  /// A ledger of 6 + 2 · receipts lines at `path`.
  private func makeLedger(_ path: String, receipts: [String]) {
    XCTAssertEqual(run(["init", "--ledger", path, "--origin", "t.example/l"]).status, 0)
    XCTAssertEqual(
      run(["append", "union", "--ledger", path, "--id", "city", "--name", "市总工会"]).status, 0)
    XCTAssertEqual(
      run(["append", "program", "--ledger", path, "--id", "p", "--name", "基金"]).status, 0)
    for amount in receipts {
      let result = run([
        "append", "receipt", "--ledger", path, "--date", "2022-03-10", "--union", "city",
        "--program", "p", "--amount", amount,
      ])
      XCTAssertEqual(result.status, 0, result.err)
    }
  }

  private func write(_ text: String, _ name: String) throws -> String {
    let path = directory.path(name)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  func testCheckpointProveCheckProofRoundTrip() throws {
    makeLedger(ledger, receipts: ["1", "2", "3"])
    let signed = run(["checkpoint", "--ledger", ledger])
    XCTAssertEqual(signed.status, 0, signed.err)
    XCTAssertTrue(signed.out.hasPrefix("t.example/l\n12\n"), signed.out)
    let stored = try String(contentsOfFile: ledger + "/checkpoints/12.note", encoding: .utf8)
    XCTAssertEqual(stored, signed.out)
    XCTAssertEqual(
      try String(contentsOfFile: ledger + "/checkpoints/latest", encoding: .utf8), stored)
    for seq in 0..<12 {
      let proved = run(["prove", String(seq), "--ledger", ledger])
      XCTAssertEqual(proved.status, 0, proved.err)
      let receipt = try write(proved.out, "r\(seq).txt")
      let checked = run(["check-proof", receipt, "--key", verifierKey])
      XCTAssertEqual(checked.status, 0, checked.err)
      XCTAssertTrue(
        checked.out.contains(" seq \(seq) ")
          && checked.out.contains("is line \(seq + 1) of the ledger t.example/l"), checked.out)
      XCTAssertTrue(checked.out.contains("of size 12"), checked.out)
    }
    let receipt = run(["prove", "6", "--ledger", ledger]).out
    XCTAssertTrue(receipt.contains("\nc2sp.org/tlog-proof@v1\nindex 6\n"), receipt)
    XCTAssertEqual(run(["prove", "12", "--ledger", ledger]).status, 4)
  }

  func testCheckpointRefusesAJournalInconsistentWithTheLatest() throws {
    makeLedger(ledger, receipts: ["1"])
    XCTAssertEqual(run(["checkpoint", "--ledger", ledger]).status, 0)
    let other = directory.path("other")
    makeLedger(other, receipts: ["9", "2"])
    try FileManager.default.copyItem(
      atPath: ledger + "/checkpoints", toPath: other + "/checkpoints")
    let refused = run(["checkpoint", "--ledger", other])
    XCTAssertEqual(refused.status, 1)
    XCTAssertTrue(refused.err.contains("not consistent with the latest checkpoint"), refused.err)
    XCTAssertFalse(FileManager.default.fileExists(atPath: other + "/checkpoints/10.note"))
  }

  func testTamperedReceiptsAreRejected() throws {
    makeLedger(ledger, receipts: ["1", "2", "3"])
    XCTAssertEqual(run(["checkpoint", "--ledger", ledger]).status, 0)
    let good = run(["prove", "6", "--ledger", ledger]).out
    let lines = good.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var changedEntry = lines
    changedEntry[0] = changedEntry[0].replacingOccurrences(
      of: "\"amount_fen\":100", with: "\"amount_fen\":900")
    XCTAssertNotEqual(changedEntry, lines)
    var changedHash = lines
    changedHash[3] = (changedHash[3].hasPrefix("A") ? "B" : "A") + changedHash[3].dropFirst()
    var wrongIndex = lines
    wrongIndex[2] = "index 8"
    let otherKey = directory.path("other.key")
    XCTAssertEqual(run(["keys", "generate", "--name", "t-admin", "--out", otherKey]).status, 0)
    let otherVerifier = String(run(["keys", "show", otherKey]).out.dropLast())
    for (name, tampered) in [
      ("entry", changedEntry), ("hash", changedHash), ("index", wrongIndex),
    ] {
      let path = try write(tampered.joined(separator: "\n"), name)
      let result = run(["check-proof", path, "--key", verifierKey])
      XCTAssertEqual(result.status, 1, name)
      XCTAssertTrue(result.err.contains("INVALID receipt"), result.err)
    }
    let path = try write(good, "good")
    XCTAssertEqual(run(["check-proof", path, "--key", verifierKey]).status, 0)
    let wrongKey = run(["check-proof", path, "--key", otherVerifier])
    XCTAssertEqual(wrongKey.status, 1)
    XCTAssertTrue(wrongKey.err.contains("no signature by any of the given keys"), wrongKey.err)
  }

  func testCosignAppendsAVerifiableCosignatureAndKeepsState() throws {
    makeLedger(ledger, receipts: ["1"])
    XCTAssertEqual(run(["checkpoint", "--ledger", ledger]).status, 0)
    let witness = directory.path("witness.key")
    XCTAssertEqual(run(["keys", "generate", "--name", "w1", "--out", witness]).status, 0)
    let cosigned = run([
      "checkpoint", "cosign", "--key", witness, "--ledger", ledger, "--state",
      directory.path("state"),
    ])
    XCTAssertEqual(cosigned.status, 0, cosigned.err)
    XCTAssertEqual(cosigned.out.components(separatedBy: "\n\u{2014} ").count, 3, cosigned.out)
    XCTAssertTrue(cosigned.out.contains("\u{2014} w1 "))
    makeLedgerGrow()
    XCTAssertEqual(run(["checkpoint", "--ledger", ledger]).status, 0)
    let again = run([
      "checkpoint", "cosign", "--key", witness, "--ledger", ledger, "--state",
      directory.path("state"),
    ])
    XCTAssertEqual(again.status, 0, again.err)
    let receipt = try write(run(["prove", "9", "--ledger", ledger]).out, "r")
    let checked = run(["check-proof", receipt, "--key", verifierKey])
    XCTAssertEqual(checked.status, 0, checked.err)
    XCTAssertTrue(checked.out.contains("w1+"), checked.out)
  }

  private func makeLedgerGrow() {
    XCTAssertEqual(
      run([
        "append", "receipt", "--ledger", ledger, "--date", "2022-03-11", "--union", "city",
        "--program", "p", "--amount", "7",
      ]).status, 0)
  }

  func testVerifySincePassesOnAnExtendedLedger() throws {
    makeLedger(ledger, receipts: ["1"])
    let old = try write(run(["checkpoint", "--ledger", ledger]).out, "old.note")
    makeLedgerGrow()
    let result = run(["verify", "--ledger", ledger, "--since", old])
    XCTAssertEqual(result.status, 0, result.out + result.err)
    XCTAssertTrue(result.out.contains("consistent with the checkpoint of size 8"), result.out)
  }

  func testVerifySinceReportsTheDivergingLineOfARewrittenLedger() throws {
    makeLedger(ledger, receipts: ["1", "2"])
    XCTAssertEqual(run(["checkpoint", "--ledger", ledger]).status, 0)
    makeLedgerGrow()
    makeLedgerGrow()
    let old = try write(run(["checkpoint", "--ledger", ledger]).out, "old.note")
    let rewritten = directory.path("rewritten")
    makeLedger(rewritten, receipts: ["1", "2", "9", "7", "5"])
    try FileManager.default.copyItem(
      atPath: ledger + "/checkpoints", toPath: rewritten + "/checkpoints")
    if FileManager.default.fileExists(atPath: ledger + "/merkle.cache") {
      try FileManager.default.copyItem(
        atPath: ledger + "/merkle.cache", toPath: rewritten + "/merkle.cache")
    }
    let result = run(["verify", "--ledger", rewritten, "--since", old])
    XCTAssertEqual(result.status, 1, result.out + result.err)
    XCTAssertTrue(result.out.contains("NOT CONSISTENT"), result.out)
    XCTAssertTrue(
      result.out.contains(
        "the first diverging line is line 11 (seq 10); found with merkle.cache, whose nodes "
          + "reproduce the checkpoint's signed root\n"), result.out)
  }

  func testNoteSignAndVerify() throws {
    let text = try write("hello, relief\nsecond line\n", "t.txt")
    let signed = run(["note", "sign", "--key", keyPath, text])
    XCTAssertEqual(signed.status, 0, signed.err)
    let note = try write(signed.out, "t.note")
    let verified = run(["note", "verify", "--key", verifierKey, note])
    XCTAssertEqual(verified.status, 0, verified.err)
    XCTAssertEqual(verified.out, "verified: \(NoteID.id(verifierKey))\n")
    let bad = try write(signed.out.replacingOccurrences(of: "hello", with: "jello"), "bad.note")
    let rejected = run(["note", "verify", "--key", verifierKey, bad])
    XCTAssertEqual(rejected.status, 1)
    XCTAssertTrue(rejected.err.contains("does not verify"), rejected.err)
    XCTAssertEqual(run(["note", "sign", "--key", keyPath, try write("no newline", "n")]).status, 4)
  }

  func testNoteVerifyOfTheGoSumDatabaseCheckpoint() throws {
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .appendingPathComponent("ReliefCryptoTests/Vectors/signed-notes")
      .appendingPathComponent("sum.golang.org-checkpoint-6476701-cosigned.note").path
    let key = "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"
    let verified = run(["note", "verify", "--key", key, source])
    XCTAssertEqual(verified.status, 0, verified.err)
    XCTAssertEqual(verified.out, "verified: sum.golang.org+033de0ae\n")
    let unknown = run(["note", "verify", "--key", verifierKey, source])
    XCTAssertEqual(unknown.status, 1)
  }

  func testNewCommandsHaveHelpWithAnExample() {
    for command in ["checkpoint", "prove", "check-proof", "note"] {
      let result = run([command, "--help"])
      XCTAssertEqual(result.status, 0, command)
      XCTAssertTrue(result.out.hasPrefix("Usage: relief \(command)"), command)
      XCTAssertTrue(result.out.contains("Example"), command)
    }
  }
}

/// The id part of a verifier key text.
enum NoteID {
  static func id(_ key: String) -> String {
    key.split(separator: "+").prefix(2).joined(separator: "+")
  }
}
