import Foundation
import XCTest

/// Commands that can run for seconds show a progress line on a terminal.
///
/// They are the fold of a ledger not read before, `export`, `disclose` (its pages and its log tiles), `publish`
/// and `checkpoint`. Run under a pseudo-terminal (`script`), whose output merges standard
/// output and error; without a terminal they print none (the other tests' exact stderr).
final class ProgressOnTerminalTests: TrustBoundaryTestCase {
  /// Runs `relief` with `arguments` under a pseudo-terminal; returns what it wrote there.
  private func onTerminal(_ arguments: [String]) throws -> String {
    let binary = try ReliefProcess.binaryURL().path
    let command = ([binary] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-qec", command, "/dev/null"]
    var environment = ProcessInfo.processInfo.environment
    environment["RELIEF_KEY"] = keyPath
    environment["RELIEF_NOW_MS"] = "1669852800000"
    environment["XDG_STATE_HOME"] = directory.path("terminal-user")
    process.environment = environment
    let out = Pipe()
    process.standardOutput = out
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 0, String(decoding: data, as: UTF8.self))
    return String(decoding: data, as: UTF8.self)
  }

  func testLongCommandsShowProgressOnATerminalAndClearIt() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,500.00,市财政,,,"])
    let exported = try onTerminal(
      ["export", "--ledger", ledger, "--format", "csv", "--out", directory.path("x.csv")])
    XCTAssertTrue(exported.contains("\rchecking the ledger: 0 lines, 0.0% of "), exported)
    XCTAssertTrue(exported.contains("\rexport: 0 lines, 0.0% of "), exported)
    XCTAssertTrue(exported.hasSuffix("\r\u{1B}[K"), exported)
    let checkpoint = try onTerminal(["checkpoint", "--ledger", ledger])
    XCTAssertTrue(checkpoint.contains("\rcheckpoint: hashing: 0 lines, 0.0% of "), checkpoint)
    let disclosed = try onTerminal(["disclose", "--ledger", ledger, "--out", directory.path("s")])
    XCTAssertTrue(disclosed.contains("\rdisclose: log tiles: 0 lines"), disclosed)
    XCTAssertTrue(disclosed.contains("\rdisclose: pages: 0 lines"), disclosed)
    let published = try onTerminal(["publish", "--ledger", ledger, "--out", directory.path("p")])
    XCTAssertTrue(published.contains("\rpublish: 0 lines"), published)

    let quiet = try relief(
      ["export", "--ledger", ledger, "--format", "csv", "--out", directory.path("y.csv")])
    XCTAssertEqual(quiet.stderr, "")
  }
}
