import Foundation
import XCTest

@testable import ReliefCLI

/// `relief verify --key` and `--trust`: a history rewritten under another genesis key, or
/// a ledger whose checkpoint the policy's cosigners did not vouch for, fails with its own
/// code; and every `--json` verdict agrees with the exit status.
final class PinnedTrustTests: XCTestCase {
  private var directory: TemporaryDirectory!
  private var ledger: String { directory.path("ledger") }
  private let origin = "pin.example/l"

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
    for name in ["admin", "forger", "second", "auditor-a", "auditor-b"] {
      let made = run(["keys", "generate", "--name", name, "--out", keyPath(name)])
      XCTAssertEqual(made.status, 0, made.err)
    }
  }

  override func tearDown() {
    directory = nil
  }

  private func keyPath(_ name: String) -> String { directory.path(name + ".key") }

  @discardableResult
  private func run(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
    let console = RecordingConsole()
    let status = Relief.run(
      arguments: arguments,
      environment: [
        "RELIEF_NOW_MS": "1669852800000", "XDG_STATE_HOME": directory.path("state"),
      ], console: console)
    return (status, console.stdout, console.stderr)
  }

  /// The verifier key text of key `name` (`--cosigner`: its cosigner key).
  private func verifierKey(_ name: String, cosigner: Bool = false) -> String {
    let shown = run(["keys", "show"] + (cosigner ? ["--cosigner"] : []) + [keyPath(name)])
    XCTAssertEqual(shown.status, 0, shown.err)
    return shown.out.trimmingCharacters(in: .newlines)
  }

  /// A ledger at `path` created and signed by key `signer`: 6 + 2 · amounts.count lines.
  private func makeLedger(_ path: String, signer: String, amounts: [Int]) {
    let key = keyPath(signer)
    let steps: [[String]] = [
      ["init", "--origin", origin],
      ["append", "union", "--id", "city", "--name", "市总工会"],
      ["append", "program", "--id", "p", "--name", "基金"],
    ]
    for step in steps {
      let result = run(step + ["--ledger", path, "--key", key])
      XCTAssertEqual(result.status, 0, result.err)
    }
    for amount in amounts {
      let result = run([
        "append", "receipt", "--ledger", path, "--key", key, "--date", "2022-03-10",
        "--union", "city", "--program", "p", "--amount", String(amount),
      ])
      XCTAssertEqual(result.status, 0, result.err)
    }
  }

  /// Replaces the ledger's journal by the one of `other` (what an intruder with write
  /// access does), dropping the caches made from the old one.
  private func replaceJournal(with other: String) throws {
    let manager = FileManager.default
    for name in ["journal.jsonl", "merkle.cache", "merkle.cache.old", "projection.state"] {
      try? manager.removeItem(atPath: ledger + "/" + name)
    }
    try manager.copyItem(atPath: other + "/journal.jsonl", toPath: ledger + "/journal.jsonl")
  }

  private func checkpoint(signer: String = "admin") {
    let signed = run(["checkpoint", "--ledger", ledger, "--key", keyPath(signer)])
    XCTAssertEqual(signed.status, 0, signed.err)
  }

  private func cosign(_ name: String) {
    let cosigned = run(["checkpoint", "cosign", "--ledger", ledger, "--key", keyPath(name)])
    XCTAssertEqual(cosigned.status, 0, cosigned.err)
  }

  private func writePolicy(_ lines: [String], name: String = "ledger.trust") throws -> String {
    let path = directory.path(name)
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// The policy that trusts `admin` and both auditors, asking for `cosignatures`.
  private func standardPolicy(cosignatures: Int) throws -> String {
    try writePolicy([
      "# the auditors' view of \(origin)", "origin \(origin)", "admin \(verifierKey("admin"))",
      "", "cosigner \(verifierKey("auditor-a", cosigner: true))",
      "  cosigner \(verifierKey("auditor-b", cosigner: true))  ",
      "cosignatures \(cosignatures)",
    ])
  }

  /// Runs `verify --json` with `arguments`, checks that its verdict agrees with the exit
  /// status, and returns the status and the parsed object.
  private func verifyJSON(
    _ arguments: [String], file: StaticString = #filePath, line: UInt = #line
  ) throws -> (status: Int32, json: [String: Any]) {
    let result = run(["verify", "--ledger", ledger, "--json"] + arguments)
    let object = try JSONSerialization.jsonObject(with: Data(result.out.utf8))
    let json = try XCTUnwrap(object as? [String: Any], result.err, file: file, line: line)
    let verdict = json["verdict"] as? String
    let expected = [0: "valid", 1: "invalid", 3: "torn-tail"][result.status]
    XCTAssertEqual(
      verdict, expected, "status \(result.status): \(result.out)", file: file, line: line)
    return (result.status, json)
  }

  private func failureCode(_ json: [String: Any]) -> String? {
    (json["failure"] as? [String: Any])?["code"] as? String
  }

  /// Asserts that `verify` with `arguments` exits 1 with `code`, in text and in JSON.
  private func assertInvalid(
    _ arguments: [String], code: String, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let result = run(["verify", "--ledger", ledger] + arguments)
    XCTAssertEqual(result.status, 1, result.out + result.err, file: file, line: line)
    XCTAssertTrue(
      result.out.contains("  failure:  \(code)\n"), result.out, file: file, line: line)
    let (status, json) = try verifyJSON(arguments, file: file, line: line)
    XCTAssertEqual(status, 1, file: file, line: line)
    XCTAssertEqual(failureCode(json), code, file: file, line: line)
  }

  // MARK: --key

  func testUnpinnedVerifySaysSelfConsistencyOnlyAndNamesTheGenesisKey() throws {
    makeLedger(ledger, signer: "admin", amounts: [1])
    let admin = verifierKey("admin")
    let result = run(["verify", "--ledger", ledger])
    XCTAssertEqual(result.status, 0, result.err)
    XCTAssertTrue(
      result.out.hasSuffix(
        "self-consistency only: checked under the genesis administrator key \(admin) "
          + "(origin \(origin)) that the journal itself names; pin it with --key or --trust "
          + "to catch a history rewritten under another key\n"), result.out)
    let (status, json) = try verifyJSON([])
    XCTAssertEqual(status, 0)
    XCTAssertEqual(json["pinned"] as? Bool, false)
    XCTAssertEqual(json["genesis_key"] as? String, admin)
    XCTAssertEqual(json["origin"] as? String, origin)
    XCTAssertTrue(json["pinned_by"] is NSNull)
  }

  func testPinnedToTheGenesisKeyIsValid() throws {
    makeLedger(ledger, signer: "admin", amounts: [1])
    let admin = verifierKey("admin")
    let result = run(["verify", "--ledger", ledger, "--key", verifierKey("forger"), "--key", admin])
    XCTAssertEqual(result.status, 0, result.err)
    XCTAssertTrue(
      result.out.hasSuffix(
        "pinned: the genesis administrator key \(admin) is one of the keys given with --key\n"),
      result.out)
    let keyFile = directory.path("admin.pub")
    try Data((admin + "\n").utf8).write(to: URL(fileURLWithPath: keyFile))
    let (status, json) = try verifyJSON(["--key", keyFile])
    XCTAssertEqual(status, 0)
    XCTAssertEqual(json["pinned"] as? Bool, true)
    XCTAssertEqual(json["pinned_by"] as? String, "--key")
  }

  func testAHistoryRewrittenUnderANewGenesisKeyFailsThePin() throws {
    makeLedger(ledger, signer: "admin", amounts: [1, 2])
    let forged = directory.path("forged")
    makeLedger(forged, signer: "forger", amounts: [1, 2, 900])
    try replaceJournal(with: forged)
    // Against itself the rewritten journal is flawless: that is the attack.
    XCTAssertEqual(run(["verify", "--ledger", ledger]).status, 0)
    let admin = verifierKey("admin")
    let result = run(["verify", "--ledger", ledger, "--key", admin])
    XCTAssertEqual(result.status, 1)
    XCTAssertEqual(
      result.out,
      "INVALID: line 1, seq 0, byte offset 0: the genesis administrator key is not one you "
        + "pinned: this history was signed from the start by another key (a rewritten or "
        + "different ledger)\n"
        + "  failure:  genesis-key-not-pinned\n"
        + "  expected: a genesis admin_key given with --key: \(admin)\n"
        + "  found:    admin_key \(verifierKey("forger"))\n"
        + "the journal is consistent in itself (12 lines), but it is not the ledger you trust\n"
    )
    let (status, json) = try verifyJSON(["--key", admin])
    XCTAssertEqual(status, 1)
    let failure = try XCTUnwrap(json["failure"] as? [String: Any])
    XCTAssertEqual(failure["code"] as? String, "genesis-key-not-pinned")
    XCTAssertEqual(failure["line"] as? Int, 1)
    XCTAssertEqual(failure["seq"] as? Int, 0)
    XCTAssertEqual(json["genesis_key"] as? String, verifierKey("forger"))
  }

  func testSinceAnOldCheckpointOnARewrittenHistoryIsInvalidInJSONToo() throws {
    makeLedger(ledger, signer: "admin", amounts: [1, 2])
    checkpoint()
    let old = directory.path("old.note")
    try FileManager.default.copyItem(atPath: ledger + "/checkpoints/latest", toPath: old)
    let forged = directory.path("forged")
    makeLedger(forged, signer: "forger", amounts: [1, 2])
    try replaceJournal(with: forged)
    let text = run(["verify", "--ledger", ledger, "--since", old])
    XCTAssertEqual(text.status, 1)
    XCTAssertTrue(text.out.contains("  failure:  since-checkpoint-unverified\n"), text.out)
    XCTAssertTrue(text.out.hasSuffix("no signature by any of the given keys\n"), text.out)
    let (status, json) = try verifyJSON(["--since", old])
    XCTAssertEqual(status, 1)
    XCTAssertEqual(failureCode(json), "since-checkpoint-unverified")
    let since = try XCTUnwrap(json["since"] as? [String: Any])
    XCTAssertEqual(since["consistent"] as? Bool, false)
    XCTAssertEqual(since["checkpoint"] as? String, old)
  }

  func testSinceACheckpointOfMoreLinesThanTheJournalIsInvalid() throws {
    makeLedger(ledger, signer: "admin", amounts: [1, 2, 3])
    checkpoint()
    let old = directory.path("old.note")
    try FileManager.default.copyItem(atPath: ledger + "/checkpoints/latest", toPath: old)
    // The same administrator rebuilds a shorter history: valid in itself, pinned key
    // and all, but not the one the checkpoint vouched for.
    let shorter = directory.path("shorter")
    makeLedger(shorter, signer: "admin", amounts: [1])
    try replaceJournal(with: shorter)
    try assertInvalid(
      ["--key", verifierKey("admin"), "--since", old], code: "since-not-consistent")
  }

  func testTornTailKeepsExit3WhenThePinHoldsAndIsInvalidWhenItDoesNot() throws {
    makeLedger(ledger, signer: "admin", amounts: [1])
    let handle = try XCTUnwrap(FileHandle(forWritingAtPath: ledger + "/journal.jsonl"))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("{\"seq\":8,\"prev\"".utf8))
    try handle.close()
    let pinned = try verifyJSON(["--key", verifierKey("admin")])
    XCTAssertEqual(pinned.status, 3)
    XCTAssertEqual(failureCode(pinned.json), "line-cut-short")
    let wrong = try verifyJSON(["--key", verifierKey("forger")])
    XCTAssertEqual(wrong.status, 1)
    XCTAssertEqual(failureCode(wrong.json), "genesis-key-not-pinned")
  }

  // MARK: --trust

  func testALedgerThatMeetsItsPolicyIsValid() throws {
    makeLedger(ledger, signer: "admin", amounts: [1, 2])
    checkpoint()
    cosign("auditor-a")
    cosign("auditor-b")
    let policy = try standardPolicy(cosignatures: 2)
    let result = run(["verify", "--ledger", ledger, "--trust", policy])
    XCTAssertEqual(result.status, 0, result.out + result.err)
    XCTAssertTrue(
      result.out.contains(
        "pinned by \(policy): the origin \(origin) and the genesis administrator key "
          + "\(verifierKey("admin")) are the policy's\n"), result.out)
    XCTAssertTrue(
      result.out.contains("(2 required) and the journal's first 10 lines have its root\n"),
      result.out)
    let (status, json) = try verifyJSON(["--trust", policy])
    XCTAssertEqual(status, 0)
    XCTAssertEqual(json["pinned_by"] as? String, policy)
    XCTAssertEqual((json["trust"] as? [String])?.count, 2)
  }

  func testAPolicyForAnotherOriginFails() throws {
    makeLedger(ledger, signer: "admin", amounts: [1])
    let policy = try writePolicy(["origin other.example/l", "admin \(verifierKey("admin"))"])
    try assertInvalid(["--trust", policy], code: "origin-mismatch")
  }

  func testAPolicyWithoutTheGenesisKeyFails() throws {
    makeLedger(ledger, signer: "admin", amounts: [1])
    let policy = try writePolicy(["origin \(origin)", "admin \(verifierKey("forger"))"])
    try assertInvalid(["--trust", policy], code: "genesis-key-not-pinned")
  }

  func testAPolicyAskingForCosignaturesFailsWithoutACheckpoint() throws {
    makeLedger(ledger, signer: "admin", amounts: [1])
    try assertInvalid(["--trust", try standardPolicy(cosignatures: 1)], code: "checkpoint-missing")
  }

  func testTooFewCosignaturesFail() throws {
    makeLedger(ledger, signer: "admin", amounts: [1])
    checkpoint()
    try assertInvalid(
      ["--trust", try standardPolicy(cosignatures: 1)], code: "too-few-cosignatures")
    cosign("auditor-a")
    try assertInvalid(
      ["--trust", try standardPolicy(cosignatures: 2)], code: "too-few-cosignatures")
    let (status, _) = try verifyJSON(["--trust", try standardPolicy(cosignatures: 1)])
    XCTAssertEqual(status, 0)
  }

  func testACheckpointSignedByAnAdminOutsideThePolicyFails() throws {
    makeLedger(ledger, signer: "admin", amounts: [1])
    let registered = run([
      "append", "key", "--ledger", ledger, "--key", verifierKey("second"), "--role", "admin",
      "--signer", keyPath("admin"),
    ])
    XCTAssertEqual(registered.status, 0, registered.err)
    checkpoint(signer: "second")
    cosign("auditor-a")
    try assertInvalid(
      ["--trust", try standardPolicy(cosignatures: 1)], code: "checkpoint-not-signed-by-pinned-key")
  }

  func testACheckpointThatDoesNotMatchTheJournalFails() throws {
    makeLedger(ledger, signer: "admin", amounts: [1, 2])
    checkpoint()
    cosign("auditor-a")
    // The administrator forks: the same key and origin, another history of more lines.
    let fork = directory.path("fork")
    makeLedger(fork, signer: "admin", amounts: [1, 7, 3])
    try replaceJournal(with: fork)
    let policy = try standardPolicy(cosignatures: 1)
    XCTAssertEqual(run(["verify", "--ledger", ledger, "--key", verifierKey("admin")]).status, 0)
    try assertInvalid(["--trust", policy], code: "checkpoint-not-consistent")
    // A shorter history cannot hide behind the checkpoint either.
    let short = directory.path("short")
    makeLedger(short, signer: "admin", amounts: [1])
    try replaceJournal(with: short)
    try assertInvalid(["--trust", policy], code: "checkpoint-not-consistent")
  }

  func testAnAlteredOrBrokenCheckpointFails() throws {
    makeLedger(ledger, signer: "admin", amounts: [1])
    checkpoint()
    cosign("auditor-a")
    let latest = ledger + "/checkpoints/latest"
    let note = try String(contentsOfFile: latest, encoding: .utf8)
    // Change one base64 character inside the last signature line (the cosignature).
    var lines = note.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var characters = Array(lines[lines.count - 2])
    let index = characters.count - 10
    characters[index] = characters[index] == "A" ? "B" : "A"
    lines[lines.count - 2] = String(characters)
    try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: latest))
    let policy = try standardPolicy(cosignatures: 1)
    try assertInvalid(["--trust", policy], code: "checkpoint-bad-signature")
    try Data("not a checkpoint\n".utf8).write(to: URL(fileURLWithPath: latest))
    try assertInvalid(["--trust", policy], code: "checkpoint-malformed")
  }

  // MARK: Usage

  func testAMalformedPolicyIsAUsageErrorNamingFileAndLine() throws {
    makeLedger(ledger, signer: "admin", amounts: [1])
    let policy = try writePolicy([
      "origin \(origin)", "# fine", "colour blue", "admin not-a-key",
      "cosigner \(verifierKey("admin"))", "cosignatures two",
    ])
    let result = run(["verify", "--ledger", ledger, "--trust", policy, "--json"])
    XCTAssertEqual(result.status, 2)
    XCTAssertEqual(result.out, "")
    let lines = result.err.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines[0], "relief verify: the trust policy is not valid:")
    XCTAssertEqual(lines[1], "\(policy):3: unknown setting 'colour'")
    XCTAssertTrue(lines[2].hasPrefix("\(policy):4: 'not-a-key' is not a verifier key: "), lines[2])
    XCTAssertTrue(lines[3].hasPrefix("\(policy):5: 'admin+"), lines[3])
    XCTAssertTrue(
      lines[3].hasSuffix(
        "is a ledger key; a cosigner's key is the one "
          + "'relief keys show --cosigner' prints (type 4)"), lines[3])
    XCTAssertEqual(lines[4], "\(policy):6: cosignatures takes a whole number from 0 to 100")
    XCTAssertEqual(
      lines[5], "\(policy): no 'admin' line: give the genesis administrator's verifier key")
  }

  func testImpossibleOrRepeatedSettingsAreUsageErrors() throws {
    makeLedger(ledger, signer: "admin", amounts: [1])
    let admin = verifierKey("admin")
    let policy = try writePolicy([
      "origin \(origin)", "origin \(origin)", "admin \(admin)", "admin \(admin)",
      "cosignatures 1", "admin a b",
    ])
    let result = run(["verify", "--ledger", ledger, "--trust", policy])
    XCTAssertEqual(result.status, 2)
    XCTAssertTrue(result.err.contains("\(policy):2: a second origin (the first is on line 1)\n"))
    XCTAssertTrue(result.err.contains("\(policy):4: admin+"))
    XCTAssertTrue(result.err.contains("\(policy):6: 'admin' takes exactly one value"))
    XCTAssertTrue(
      result.err.contains(
        "\(policy):5: cosignatures 1 but only 0 cosigner lines: the policy could never be met"))
  }

  func testBadPinOptionsAreUsageErrors() throws {
    makeLedger(ledger, signer: "admin", amounts: [1])
    let policy = try standardPolicy(cosignatures: 0)
    let both = run(["verify", "--ledger", ledger, "--trust", policy, "--key", verifierKey("admin")])
    XCTAssertEqual(both.status, 2)
    XCTAssertTrue(both.err.contains("give --key or --trust, not both"), both.err)
    let garbage = run(["verify", "--ledger", ledger, "--key", "nope"])
    XCTAssertEqual(garbage.status, 2)
    XCTAssertTrue(garbage.err.hasPrefix("relief verify: --key nope is not a verifier key"))
    let cosigner = run([
      "verify", "--ledger", ledger, "--key", verifierKey("auditor-a", cosigner: true),
    ])
    XCTAssertEqual(cosigner.status, 2)
    XCTAssertTrue(cosigner.err.contains("is a cosigner key"), cosigner.err)
    let missing = run(["verify", "--ledger", ledger, "--trust", directory.path("none.trust")])
    XCTAssertEqual(missing.status, 5)
  }

  func testHelpDescribesThePinWithAnExample() {
    let help = run(["verify", "--help"])
    XCTAssertEqual(help.status, 0)
    XCTAssertTrue(help.out.contains("\n  --key VERIFIER_KEY  pin the ledger's genesis"), help.out)
    XCTAssertTrue(help.out.contains("\n  --trust FILE    a trust policy"), help.out)
    XCTAssertTrue(help.out.contains("relief verify --ledger ledger --trust nantong.trust"))
  }
}
