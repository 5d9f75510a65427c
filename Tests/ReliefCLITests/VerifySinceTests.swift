import Foundation
import ReliefLog
import XCTest

@testable import ReliefCLI

/// `relief verify --since`: the exact first diverging line from the node cache when its
/// nodes reproduce the signed root, else the range the signed checkpoints allow.
final class VerifySinceTests: XCTestCase {
  private var directory: TemporaryDirectory!
  private var keyPath: String { directory.path("admin.key") }
  private var ledger: String { directory.path("ledger") }

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
    XCTAssertEqual(run(["keys", "generate", "--name", "s-admin", "--out", keyPath]).status, 0)
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

  /// Appends one receipt of `amount` yuan per element: two lines each.
  private func receipts(_ amounts: [Int], path: String? = nil) {
    for amount in amounts {
      let result = run([
        "append", "receipt", "--ledger", path ?? ledger, "--date", "2022-03-10", "--union",
        "city", "--program", "p", "--amount", String(amount),
      ])
      XCTAssertEqual(result.status, 0, result.err)
    }
  }

  /// A ledger of 6 + 2 · amounts.count lines.
  private func makeLedger(_ amounts: [Int], path: String? = nil) {
    let path = path ?? ledger
    XCTAssertEqual(run(["init", "--ledger", path, "--origin", "s.example/l"]).status, 0)
    XCTAssertEqual(
      run(["append", "union", "--ledger", path, "--id", "city", "--name", "市总工会"]).status, 0)
    XCTAssertEqual(
      run(["append", "program", "--ledger", path, "--id", "p", "--name", "基金"]).status, 0)
    receipts(amounts, path: path)
  }

  /// Signs a checkpoint and returns a copy of it outside the ledger.
  private func checkpoint(_ name: String) throws -> String {
    let signed = run(["checkpoint", "--ledger", ledger])
    XCTAssertEqual(signed.status, 0, signed.err)
    let path = directory.path(name)
    try Data(signed.out.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// Replaces `old` by `new` (same length) in journal line `seq` only.
  private func tamper(seq: Int, _ old: String, _ new: String) throws {
    let path = ledger + "/journal.jsonl"
    var lines = try String(contentsOfFile: path, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let before = lines[seq]
    lines[seq] = before.replacingOccurrences(of: old, with: new)
    XCTAssertNotEqual(lines[seq], before)
    XCTAssertEqual(lines[seq].utf8.count, before.utf8.count)
    try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
  }

  func testTheCacheNamesTheExactLineOfATamperedByte() throws {
    makeLedger(Array(1...10))
    let old = try checkpoint("old.note")
    try tamper(seq: 8, "\"amount_fen\":200}", "\"amount_fen\":900}")
    let result = run(["verify", "--ledger", ledger, "--since", old])
    XCTAssertEqual(result.status, 1, result.err)
    // `relief verify` counts lines the same way: the tampered line breaks the next one's prev.
    XCTAssertTrue(result.out.hasPrefix("INVALID: line 10, seq 9, "), result.out)
    XCTAssertTrue(
      result.out.hasSuffix(
        "the journal's first 26 lines have a different root\n"
          + "the first diverging line is line 9 (seq 8); found with merkle.cache, whose nodes "
          + "reproduce the checkpoint's signed root\n"), result.out)
  }

  func testWithoutTheCacheSignedCheckpointsBracketTheLine() throws {
    makeLedger([1, 2])
    _ = try checkpoint("10.note")
    receipts([31, 32, 33, 34])
    _ = try checkpoint("18.note")
    receipts([41, 42, 43, 44])
    let old = try checkpoint("old.note")
    try FileManager.default.removeItem(atPath: ledger + "/merkle.cache")
    try tamper(seq: 12, "\"amount_fen\":3200}", "\"amount_fen\":3300}")
    let result = run(["verify", "--ledger", ledger, "--since", old])
    XCTAssertEqual(result.status, 1, result.err)
    XCTAssertTrue(
      result.out.hasSuffix(
        "the node cache cannot find the exact line: there is no node cache (merkle.cache)\n"
          + "the first diverging line is between line 11 (seq 10) and line 18 (seq 17); "
          + "checkpoints of more sizes would narrow it down\n"), result.out)
    XCTAssertFalse(FileManager.default.fileExists(atPath: ledger + "/merkle.cache"))
  }

  func testAnAlteredCacheIsNotTrusted() throws {
    makeLedger(Array(1...10))
    let old = try checkpoint("old.note")
    try tamper(seq: 8, "\"amount_fen\":200}", "\"amount_fen\":900}")
    // Flip a byte of the stored hash of leaves 0..<16, which the root of 26 leaves reads.
    let cache = try FileHandle(forUpdating: URL(fileURLWithPath: ledger + "/merkle.cache"))
    let offset = 64 + 32 * MerkleCache.storedIndex(level: 4, 0)
    try cache.seek(toOffset: offset)
    let byte = try XCTUnwrap(try cache.read(upToCount: 1)?.first)
    try cache.seek(toOffset: offset)
    try cache.write(contentsOf: [byte ^ 1])
    try cache.close()
    let result = run(["verify", "--ledger", ledger, "--since", old])
    XCTAssertEqual(result.status, 1, result.err)
    XCTAssertTrue(
      result.out.hasSuffix(
        "the node cache cannot find the exact line: merkle.cache does not reproduce the "
          + "checkpoint's root (rebuilt or altered)\n"
          + "the first diverging line is between line 1 (seq 0) and line 26 (seq 25); "
          + "checkpoints of more sizes would narrow it down\n"), result.out)
  }

  func testCutLinesAreReportedAsMissingFromTheFirstOne() throws {
    makeLedger(Array(1...10))
    let old = try checkpoint("old.note")
    let path = ledger + "/journal.jsonl"
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    try Data((lines[0..<18].joined(separator: "\n") + "\n").utf8).write(
      to: URL(fileURLWithPath: path))
    let result = run(["verify", "--ledger", ledger, "--since", old])
    XCTAssertEqual(result.status, 1, result.err)
    XCTAssertTrue(
      result.out.hasSuffix(
        "the journal has only 18 committed lines\n"
          + "the first diverging line is line 19 (seq 18), missing with all lines after it; "
          + "found with merkle.cache, whose nodes reproduce the checkpoint's signed root\n"),
      result.out)
  }

  func testARebuildKeepsTheOldNodesForVerifySince() throws {
    makeLedger([1, 2, 7, 7])
    let old = try checkpoint("old.note")
    let rewritten = directory.path("rewritten")
    makeLedger([1, 2, 9, 7, 5], path: rewritten)
    try FileManager.default.copyItem(
      atPath: ledger + "/checkpoints", toPath: rewritten + "/checkpoints")
    try FileManager.default.copyItem(
      atPath: ledger + "/merkle.cache", toPath: rewritten + "/merkle.cache")
    // prove syncs the cache to the rewritten journal (a rebuild), then refuses.
    let proved = run(["prove", "0", "--ledger", rewritten])
    XCTAssertEqual(proved.status, 1, proved.err)
    XCTAssertTrue(FileManager.default.fileExists(atPath: rewritten + "/merkle.cache.old"))
    let result = run(["verify", "--ledger", rewritten, "--since", old])
    XCTAssertEqual(result.status, 1, result.err)
    XCTAssertTrue(
      result.out.hasSuffix(
        "the first diverging line is line 11 (seq 10); found with merkle.cache.old, whose "
          + "nodes reproduce the checkpoint's signed root\n"), result.out)
  }
}
