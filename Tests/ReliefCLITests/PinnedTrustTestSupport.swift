import Foundation
import XCTest

@testable import ReliefCLI

/// Keys, ledgers, policies and `verify` runs for the pinned-trust tests.
class PinnedTrustTestCase: XCTestCase {
  var directory: TemporaryDirectory!
  var ledger: String { directory.path("ledger") }
  let origin = "pin.example/l"

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

  func keyPath(_ name: String) -> String { directory.path(name + ".key") }

  @discardableResult
  func run(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
    let console = RecordingConsole()
    let status = Relief.run(
      arguments: arguments,
      environment: [
        "RELIEF_NOW_MS": "1669852800000", "XDG_STATE_HOME": directory.path("state"),
      ], console: console)
    return (status, console.stdout, console.stderr)
  }

  /// The verifier key text of key `name` (`--cosigner`: its cosigner key).
  func verifierKey(_ name: String, cosigner: Bool = false) -> String {
    let shown = run(["keys", "show"] + (cosigner ? ["--cosigner"] : []) + [keyPath(name)])
    XCTAssertEqual(shown.status, 0, shown.err)
    return shown.out.trimmingCharacters(in: .newlines)
  }

  /// A ledger at `path` created and signed by key `signer`: 6 + 2 · amounts.count lines.
  func makeLedger(_ path: String, signer: String, amounts: [Int]) {
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
  func replaceJournal(with other: String) throws {
    let manager = FileManager.default
    for name in ["journal.jsonl", "merkle.cache", "merkle.cache.old", "projection.state"] {
      try? manager.removeItem(atPath: ledger + "/" + name)
    }
    try manager.copyItem(atPath: other + "/journal.jsonl", toPath: ledger + "/journal.jsonl")
  }

  func checkpoint(signer: String = "admin") {
    let signed = run(["checkpoint", "--ledger", ledger, "--key", keyPath(signer)])
    XCTAssertEqual(signed.status, 0, signed.err)
  }

  func cosign(_ name: String) {
    let cosigned = run(["checkpoint", "cosign", "--ledger", ledger, "--key", keyPath(name)])
    XCTAssertEqual(cosigned.status, 0, cosigned.err)
  }

  func writePolicy(_ lines: [String], name: String = "ledger.trust") throws -> String {
    let path = directory.path(name)
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// The policy that trusts `admin` and both auditors, asking for `cosignatures`.
  func standardPolicy(cosignatures: Int) throws -> String {
    try writePolicy([
      "# the auditors' view of \(origin)", "origin \(origin)", "admin \(verifierKey("admin"))",
      "", "cosigner \(verifierKey("auditor-a", cosigner: true))",
      "  cosigner \(verifierKey("auditor-b", cosigner: true))  ",
      "cosignatures \(cosignatures)",
    ])
  }

  /// Runs `verify --json` with `arguments`, checks that its verdict agrees with the exit
  /// status, and returns the status and the parsed object.
  func verifyJSON(
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

  func failureCode(_ json: [String: Any]) -> String? {
    (json["failure"] as? [String: Any])?["code"] as? String
  }

  /// Asserts that `verify` with `arguments` exits 1 with `code`, in text and in JSON.
  func assertInvalid(
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
}
