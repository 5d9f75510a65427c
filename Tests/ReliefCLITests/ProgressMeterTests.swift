import Foundation
import ReliefLedger
import XCTest

@testable import ReliefCLI

/// The progress line: its exact text, its throttling, and silence off a terminal.
final class ProgressMeterTests: XCTestCase {
  /// A clock the test moves by hand and the text written so far.
  private final class Recorder {
    var nowMillis: Int64 = 1_000
    var written: [String] = []
  }

  private func meter(_ recorder: Recorder, enabled: Bool = true) -> ProgressMeter {
    ProgressMeter(
      label: "verify", unit: "lines", describeTotal: ProgressMeter.size, enabled: enabled,
      clockMillis: { recorder.nowMillis }, write: { recorder.written.append($0) })
  }

  func testLineShowsCountShareRateAndTimeLeft() {
    let recorder = Recorder()
    let line = meter(recorder).line(
      items: 1_234_567, done: 135_688_806, total: 338_383_667, elapsedMillis: 5_814)
    XCTAssertEqual(
      line, "verify: 1,234,567 lines, 40.1% of 322.7 MiB, 212,343 lines/s, ETA 0:08")
  }

  func testLineAtTheStartHasNoRate() {
    let recorder = Recorder()
    XCTAssertEqual(
      meter(recorder).line(items: 0, done: 0, total: 1_048_576, elapsedMillis: 0),
      "verify: 0 lines, 0.0% of 1.0 MiB")
  }

  func testDrawsAtMostFiveTimesASecondAndClearsItsLine() {
    let recorder = Recorder()
    let progress = meter(recorder)
    progress.update(items: 0, done: 0, total: 2_097_152)
    recorder.nowMillis += 100
    progress.update(items: 10, done: 1_000, total: 2_097_152)
    recorder.nowMillis += 100
    progress.update(items: 100, done: 1_048_576, total: 2_097_152)
    progress.finish()
    XCTAssertEqual(
      recorder.written,
      [
        "\rverify: 0 lines, 0.0% of 2.0 MiB\u{1B}[K",
        "\rverify: 100 lines, 50.0% of 2.0 MiB, 500 lines/s, ETA 0:00\u{1B}[K",
        "\r\u{1B}[K",
      ])
  }

  func testSilentWhenDisabled() {
    let recorder = Recorder()
    let progress = meter(recorder, enabled: false)
    progress.update(items: 5, done: 5, total: 10)
    progress.finish()
    XCTAssertEqual(recorder.written, [])
  }

  func testNumbersAreGroupedAndRounded() {
    XCTAssertEqual(Money.groupedCount(0), "0")
    XCTAssertEqual(Money.groupedCount(999), "999")
    XCTAssertEqual(Money.groupedCount(1_000), "1,000")
    XCTAssertEqual(Money.groupedCount(10_000_000), "10,000,000")
    XCTAssertEqual(ProgressMeter.percent(0.9996), "100.0%")
    XCTAssertEqual(ProgressMeter.size(3_411_114_480), "3253.1 MiB")
  }

  /// A console whose standard error is a terminal.
  private final class TerminalConsole: Console {
    var stdout = ""
    var stderr = ""
    func out(_ text: String) { stdout += text }
    func err(_ text: String) { stderr += text }
    var errIsTerminal: Bool { true }
  }

  func testVerifyAndImportShowProgressOnATerminalOnly() throws {
    let directory = try TemporaryDirectory()
    let environment = [
      "RELIEF_NOW_MS": "1669852800000", "RELIEF_KEY": directory.path("admin.key"),
      "RELIEF_LEDGER": directory.path("ledger"),
    ]
    func run(_ arguments: [String], _ console: Console) -> Int32 {
      Relief.run(arguments: arguments, environment: environment, console: console)
    }
    let setup = RecordingConsole()
    XCTAssertEqual(
      run(["keys", "generate", "--name", "a", "--out", directory.path("admin.key")], setup), 0)
    XCTAssertEqual(run(["init", "--origin", "test.example/p"], setup), 0)
    try "kind,id,name\nunion,u,U\n".write(
      toFile: directory.path("rows.csv"), atomically: true, encoding: .utf8)
    let terminal = TerminalConsole()
    XCTAssertEqual(run(["import", directory.path("rows.csv")], terminal), 0)
    // The rate and time left depend on the real clock: only the rest is fixed.
    XCTAssertTrue(terminal.stderr.hasPrefix("\rimport: 0 rows, 0.0% of 1 rows"))
    XCTAssertTrue(terminal.stderr.hasSuffix("\u{1B}[K\r\u{1B}[K"))
    let verify = TerminalConsole()
    XCTAssertEqual(run(["verify"], verify), 0)
    XCTAssertTrue(verify.stderr.hasPrefix("\rverify: 0 lines, 0.0% of 0.0 MiB"))
    XCTAssertTrue(verify.stderr.hasSuffix("\r\u{1B}[K"))
    let json = TerminalConsole()
    XCTAssertEqual(run(["verify", "--json"], json), 0)
    XCTAssertEqual(json.stderr, "")
    let pipe = RecordingConsole()
    XCTAssertEqual(run(["verify"], pipe), 0)
    XCTAssertEqual(pipe.stderr, "")
  }
}
