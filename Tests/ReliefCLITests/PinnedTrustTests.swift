import Foundation
import XCTest

/// `relief verify --key` and `--trust`: a history rewritten under another genesis key, or
/// a ledger whose checkpoint the policy's cosigners did not vouch for, fails with its own
/// code; and every `--json` verdict agrees with the exit status.
final class PinnedTrustTests: PinnedTrustTestCase {
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
}
