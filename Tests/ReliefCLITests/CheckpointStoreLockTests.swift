import Foundation
import ReliefCrypto
import XCTest

@testable import ReliefCLI

/// Updates of `checkpoints/` are serialized by `checkpoints/.lock` and replace files whole,
/// so `checkpoint` and `checkpoint cosign` never lose each other's update.
final class CheckpointStoreLockTests: XCTestCase {
  private var directory: TemporaryDirectory!
  private var keyPath: String { directory.path("admin.key") }
  private var ledger: String { directory.path("ledger") }
  private var adminKey = ""

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
    let admin = run(["keys", "generate", "--name", "l-admin", "--out", keyPath])
    adminKey = String(admin.out.dropLast())
    XCTAssertEqual(run(["init", "--ledger", ledger, "--origin", "l.example/l"]).status, 0)
    XCTAssertEqual(
      run(["append", "union", "--ledger", ledger, "--id", "city", "--name", "市总工会"]).status, 0)
  }

  override func tearDown() {
    directory = nil
  }

  @discardableResult
  private func run(_ arguments: [String], timeoutMillis: String = "10000") -> (
    status: Int32, out: String, err: String
  ) {
    let console = RecordingConsole()
    let status = Relief.run(
      arguments: arguments,
      environment: [
        "RELIEF_NOW_MS": "1669852800000", "RELIEF_KEY": keyPath,
        "RELIEF_LOCK_TIMEOUT_MS": timeoutMillis,
      ], console: console)
    return (status, console.stdout, console.stderr)
  }

  /// Appends one registration: the journal grows from 4 to 6 lines.
  private func grow() {
    let result = run(["append", "union", "--ledger", ledger, "--id", "town", "--name", "镇"])
    XCTAssertEqual(result.status, 0, result.err)
  }

  func testAHeldLockMakesCheckpointAndCosignWaitThenGiveUp() throws {
    XCTAssertEqual(run(["checkpoint", "--ledger", ledger]).status, 0)
    let witness = directory.path("w.key")
    XCTAssertEqual(run(["keys", "generate", "--name", "w", "--out", witness]).status, 0)
    grow()
    let store = CheckpointStore(ledgerDirectory: ledger)
    let before = try String(contentsOfFile: store.latestPath, encoding: .utf8)
    try store.withLock(timeoutMillis: 0) { () throws(CommandFailure) in
      for arguments in [
        ["checkpoint", "--ledger", ledger],
        [
          "checkpoint", "cosign", "--key", witness, "--ledger", ledger, "--state",
          directory.path("state"),
        ],
      ] {
        let blocked = run(arguments, timeoutMillis: "30")
        XCTAssertEqual(blocked.status, 5, blocked.out)
        XCTAssertTrue(
          blocked.err.contains(
            "\(ledger)/checkpoints/.lock is held by another process updating the checkpoints"),
          blocked.err)
      }
    }
    XCTAssertEqual(try String(contentsOfFile: store.latestPath, encoding: .utf8), before)
    XCTAssertFalse(FileManager.default.fileExists(atPath: store.path(size: 6)))
    XCTAssertEqual(run(["checkpoint", "--ledger", ledger]).status, 0)
    XCTAssertEqual(
      run([
        "checkpoint", "cosign", "--key", witness, "--ledger", ledger, "--state",
        directory.path("state"),
      ]).status, 0)
    let latest = try Data(contentsOf: URL(fileURLWithPath: store.latestPath))
    let verified = try VerifiedCheckpoint(
      parsing: Array(latest), logKeys: [try NoteVerifierKey(parsing: adminKey)])
    XCTAssertEqual(verified.checkpoint.treeSize, 6)
    XCTAssertEqual(verified.note.signatures.map(\.name), ["l-admin", "w"])
  }

  /// Cosigners racing `relief checkpoint` in separate processes: the latest checkpoint is
  /// always the newest one, complete and signed, and no cosignature is lost.
  func testConcurrentCheckpointAndCosignersKeepEveryUpdate() throws {
    XCTAssertEqual(run(["checkpoint", "--ledger", ledger]).status, 0)
    let names = ["w1", "w2", "w3", "w4"]
    for name in names {
      XCTAssertEqual(
        run(["keys", "generate", "--name", name, "--out", directory.path(name)]).status, 0)
    }
    grow()
    var processes: [Process] = []
    let arguments =
      [["checkpoint", "--key", keyPath, "--ledger", ledger]]
      + names.map {
        [
          "checkpoint", "cosign", "--key", directory.path($0), "--ledger", ledger, "--state",
          directory.path("state"),
        ]
      }
    for argument in arguments {
      let process = Process()
      process.executableURL = try ReliefProcess.binaryURL()
      process.arguments = argument
      process.environment = ["RELIEF_NOW_MS": "1669852800000"]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      processes.append(process)
    }
    for process in processes {
      process.waitUntilExit()
      XCTAssertEqual(process.terminationStatus, 0, "\(process.arguments ?? [])")
    }
    let store = CheckpointStore(ledgerDirectory: ledger)
    let latest = Array(try Data(contentsOf: URL(fileURLWithPath: store.latestPath)))
    XCTAssertEqual(latest, Array(try Data(contentsOf: URL(fileURLWithPath: store.path(size: 6)))))
    let keys = [try NoteVerifierKey(parsing: adminKey)]
    let newest = try VerifiedCheckpoint(parsing: latest, logKeys: keys)
    XCTAssertEqual(newest.checkpoint.treeSize, 6)
    let older = try VerifiedCheckpoint(
      parsing: Array(try Data(contentsOf: URL(fileURLWithPath: store.path(size: 4)))),
      logKeys: keys)
    // Each cosigner cosigned the checkpoint that was latest when it took the lock.
    let cosigners = Set((newest.note.signatures + older.note.signatures).map(\.name))
    XCTAssertEqual(cosigners, Set(["l-admin"] + names))
  }
}
