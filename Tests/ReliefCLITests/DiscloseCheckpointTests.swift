import Foundation
import ReliefCLI
import XCTest

/// The disclosure site shows and publishes the ledger's latest signed checkpoint.
final class DiscloseCheckpointTests: XCTestCase {
  private var directory: TemporaryDirectory!
  private var keyPath: String { directory.path("admin.key") }
  private var ledger: String { directory.path("ledger") }

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
    XCTAssertEqual(run(["keys", "generate", "--name", "d-admin", "--out", keyPath]).status, 0)
    XCTAssertEqual(run(["init", "--ledger", ledger, "--origin", "d.example/<l>"]).status, 0)
    XCTAssertEqual(
      run(["append", "union", "--ledger", ledger, "--id", "city", "--name", "市总工会"]).status, 0)
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

  private func index(_ site: String) throws -> String {
    try String(contentsOfFile: site + "/index.html", encoding: .utf8)
  }

  func testWithoutACheckpointTheSiteHasNoCheckpointSection() throws {
    let site = directory.path("site")
    XCTAssertEqual(run(["disclose", "--ledger", ledger, "--out", site]).status, 0)
    XCTAssertFalse(try index(site).contains("checkpoint"))
    XCTAssertFalse(FileManager.default.fileExists(atPath: site + "/checkpoint.txt"))
  }

  func testTheLatestCheckpointIsShownWithItsCosignaturesAndPublished() throws {
    let signed = run(["checkpoint", "--ledger", ledger])
    XCTAssertEqual(signed.status, 0, signed.err)
    let witness = directory.path("witness.key")
    XCTAssertEqual(run(["keys", "generate", "--name", "w1", "--out", witness]).status, 0)
    let cosigned = run(["checkpoint", "cosign", "--key", witness, "--ledger", ledger])
    XCTAssertEqual(cosigned.status, 0, cosigned.err)
    let site = directory.path("site")
    let disclosed = run(["disclose", "--ledger", ledger, "--out", site])
    XCTAssertEqual(disclosed.status, 0, disclosed.err)
    let note = try String(contentsOfFile: ledger + "/checkpoints/latest", encoding: .utf8)
    XCTAssertEqual(try String(contentsOfFile: site + "/checkpoint.txt", encoding: .utf8), note)
    let lines = note.split(separator: "\n", omittingEmptySubsequences: false)
    XCTAssertEqual(lines[0], "d.example/<l>")
    XCTAssertEqual(lines[1], "4")
    let page = try index(site)
    XCTAssertTrue(page.contains("账本来源 <code>d.example/&lt;l&gt;</code> 的前 <b>4</b> 行"), page)
    XCTAssertTrue(page.contains("<p><code>\(lines[2])</code></p>"), page)
    let signers = note.split(separator: "\n").filter { $0.hasPrefix("\u{2014} ") }
      .map { $0.split(separator: " ")[1] }
    XCTAssertEqual(signers.count, 2)
    XCTAssertTrue(page.contains("<li><code>d-admin+"), page)
    // The cosignature's time is the clock's (RELIEF_NOW_MS), 2022-12-01 00:00:00 UTC.
    XCTAssertTrue(
      page.contains("副署（cosignature），时间 2022-12-01 00:00:00 UTC</li>"), page)
    let escaped = note.replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
    XCTAssertTrue(page.contains("<pre>" + escaped + "</pre>"), page)
    XCTAssertTrue(page.contains("relief check-proof"), page)
  }
}

/// Concurrent `checkpoint cosign` runs keep every cosignature in `latest`.
final class CheckpointLockTests: XCTestCase {
  func testConcurrentCosignersAllLand() throws {
    let directory = try TemporaryDirectory()
    let ledger = directory.path("ledger")
    let admin = directory.path("admin.key")
    @Sendable func run(_ arguments: [String], key: String) -> Int32 {
      Relief.run(
        arguments: arguments,
        environment: ["RELIEF_NOW_MS": "1669852800000", "RELIEF_KEY": key],
        console: RecordingConsole())
    }
    XCTAssertEqual(run(["keys", "generate", "--name", "admin", "--out", admin], key: admin), 0)
    XCTAssertEqual(run(["init", "--ledger", ledger, "--origin", "l.example/c"], key: admin), 0)
    XCTAssertEqual(run(["checkpoint", "--ledger", ledger], key: admin), 0)
    let witnesses = (1...6).map { directory.path("w\($0).key") }
    for (number, path) in witnesses.enumerated() {
      XCTAssertEqual(
        run(["keys", "generate", "--name", "w\(number)", "--out", path], key: path), 0)
    }
    let statuses = Statuses(count: witnesses.count)
    DispatchQueue.concurrentPerform(iterations: witnesses.count) { index in
      statuses.set(index, run(["checkpoint", "cosign", "--ledger", ledger], key: witnesses[index]))
    }
    XCTAssertEqual(statuses.values, [Int32](repeating: 0, count: witnesses.count))
    let latest = try String(contentsOfFile: ledger + "/checkpoints/latest", encoding: .utf8)
    let names = latest.split(separator: "\n").filter { $0.hasPrefix("\u{2014} ") }
      .map { String($0.split(separator: " ")[1]) }
    XCTAssertEqual(names.sorted(), ["admin", "w0", "w1", "w2", "w3", "w4", "w5"])
  }

  /// Exit statuses written from several threads.
  private final class Statuses: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Int32]
    init(count: Int) { stored = [Int32](repeating: -1, count: count) }
    func set(_ index: Int, _ value: Int32) {
      lock.lock()
      stored[index] = value
      lock.unlock()
    }
    var values: [Int32] {
      lock.lock()
      defer { lock.unlock() }
      return stored
    }
  }
}
