import Foundation
import ReliefCrypto
import XCTest

/// Ledgers, users and attackers for the trust-boundary tests: every user has a state
/// directory of their own, and the attacker can write only the ledger directory.
class TrustBoundaryTestCase: XCTestCase {
  var directory: TemporaryDirectory!
  var ledger: String { directory.path("ledger") }
  var journalPath: String { ledger + "/journal.jsonl" }
  var keyPath: String { directory.path("admin.key") }
  var verifierKey = ""

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
    let generated = try ReliefProcess.run(
      ["keys", "generate", "--name", "tb-admin", "--out", keyPath])
    XCTAssertEqual(generated.status, 0, generated.stderr)
    verifierKey = generated.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  override func tearDown() {
    directory = nil
  }

  /// Runs `relief` as the user whose state directory is `directory/user`, signing with
  /// the administrator key.
  func relief(
    _ arguments: [String], as user: String = "honest", file: StaticString = #filePath,
    line: UInt = #line
  ) throws -> ReliefProcess.Outcome {
    try ReliefProcess.run(
      arguments,
      extraEnvironment: ["RELIEF_KEY": keyPath, "XDG_STATE_HOME": directory.path(user)])
  }

  /// Runs `relief` and fails the test unless it exits 0.
  @discardableResult
  func succeed(
    _ arguments: [String], as user: String = "honest", file: StaticString = #filePath,
    line: UInt = #line
  ) throws -> ReliefProcess.Outcome {
    let outcome = try relief(arguments, as: user)
    XCTAssertEqual(outcome.status, 0, "\(arguments): \(outcome.stderr)", file: file, line: line)
    return outcome
  }

  /// A ledger at `path` with a city union, a program, and `rows` imported as one batch.
  func makeLedger(_ path: String, rows: [String], as user: String = "honest") throws {
    try succeed(["init", "--ledger", path, "--origin", "tb.example/l"], as: user)
    try succeed(["append", "union", "--ledger", path, "--id", "city", "--name", "市总工会"], as: user)
    try succeed(["append", "program", "--ledger", path, "--id", "p", "--name", "基金"], as: user)
    let csv = directory.path("rows-\(UUID().uuidString).csv")
    let header = "kind,date,union,program,amount,counterparty,category,headcount,memo\n"
    try (header + rows.joined(separator: "\n") + "\n").write(
      toFile: csv, atomically: true, encoding: .utf8)
    try succeed(["import", csv, "--ledger", path], as: user)
  }

  func journalBytes(_ path: String? = nil) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path ?? journalPath)))
  }

  /// The journal's lines, without their newlines.
  func lines(_ path: String? = nil) throws -> [[UInt8]] {
    try journalBytes(path).split(separator: 0x0A, omittingEmptySubsequences: false)
      .dropLast().map(Array.init)
  }

  /// The RFC 6962 root of the journal's lines, hashed here.
  func genuineRoot(_ path: String? = nil) throws -> SHA256Digest {
    MerkleTree(leafHashes: try lines(path).map { MerkleHash.leaf($0) }).root
  }

  /// The base64 root line of a checkpoint note.
  func rootLine(_ note: String) -> String {
    let parts = note.split(separator: "\n", omittingEmptySubsequences: false)
    return parts.count > 2 ? String(parts[2]) : ""
  }

  func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}
