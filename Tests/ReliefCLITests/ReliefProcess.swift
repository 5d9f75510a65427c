import Foundation
import XCTest

/// Runs the built `relief` executable as a separate process, the way users and scripts do.
struct ReliefProcess {
  struct Outcome {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  /// The `relief` binary next to the test bundle (SwiftPM builds both into one folder).
  static func binaryURL() throws -> URL {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("relief")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    throw BinaryNotFound(near: CommandLine.arguments[0])
  }

  /// Runs `relief` with `arguments` and the fixed clock `nowMillis`.
  static func run(
    _ arguments: [String], nowMillis: Int64 = 1_669_852_800_000,
    extraEnvironment: [String: String] = [:]
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = try binaryURL()
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["RELIEF_NOW_MS"] = String(nowMillis)
    environment["RELIEF_LEDGER"] = nil
    // Messages in English unless a test asks for Chinese: the machine's locale must not
    // change what the assertions read.
    environment["RELIEF_LANG"] = "en"
    // Each run gets a state directory of its own unless the test gives one: what one run
    // remembers (trusted projections, cosigners' memory) must not leak into another test.
    var ownState: URL?
    if extraEnvironment["XDG_STATE_HOME"] == nil {
      let state = FileManager.default.temporaryDirectory.appendingPathComponent(
        "relief-state-\(UUID().uuidString)")
      environment["XDG_STATE_HOME"] = state.path
      ownState = state
    }
    defer { if let ownState { try? FileManager.default.removeItem(at: ownState) } }
    for (key, value) in extraEnvironment { environment[key] = value }
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}

/// The `relief` executable was not built next to the tests (run `swift build` first).
struct BinaryNotFound: Error {
  let near: String
}

/// A temporary directory removed when the test ends.
final class TemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "relief-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}
