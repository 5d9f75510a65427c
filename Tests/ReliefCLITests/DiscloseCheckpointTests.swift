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
