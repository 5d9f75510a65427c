import Foundation
import XCTest

/// Headless Chromium for the site tests.
///
/// It loads a page, lets its scripts run, and returns the DOM and the browser's log (where
/// uncaught script errors appear); or takes a screenshot. The tests fail, never skip, when Chromium is missing: .ci/run installs it.
struct HeadlessChromium {
  let executable: String

  /// Finds `chromium` (or `$RELIEF_CHROMIUM`).
  init() throws {
    let candidates =
      [ProcessInfo.processInfo.environment["RELIEF_CHROMIUM"]].compactMap { $0 }
      + ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    guard let found = candidates.first(where: FileManager.default.isExecutableFile) else {
      throw ChromiumMissing()
    }
    executable = found
  }

  struct ChromiumMissing: Error, CustomStringConvertible {
    var description: String {
      "headless Chromium is required for the site tests: apt-get install chromium "
        + "(or set RELIEF_CHROMIUM)"
    }
  }

  /// What a page load gave: the serialised DOM after scripts ran, and the browser's log.
  struct Load {
    let dom: String
    let log: String

    /// The log lines reporting uncaught script errors.
    var scriptErrors: [String] {
      log.split(separator: "\n").map(String.init).filter { $0.contains("Uncaught") }
    }
  }

  /// Loads `url` and returns its DOM once the page's scripts settled (virtual time).
  func load(_ url: String) throws -> Load {
    let (out, err) = try run(["--dump-dom", url])
    return Load(dom: out, log: err)
  }

  /// Saves a screenshot of `url` at `width` px wide (and `height` tall) as PNG at `path`.
  func screenshot(_ url: String, width: Int, height: Int, to path: String) throws {
    _ = try run(["--window-size=\(width),\(height)", "--screenshot=\(path)", url])
  }

  private func run(_ arguments: [String]) throws -> (String, String) {
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
      "relief-chromium-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments =
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        "--no-first-run", "--disable-extensions", "--user-data-dir=\(profile.path)",
        "--virtual-time-budget=20000", "--enable-logging=stderr", "--v=0",
      ] + arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // A hung browser must not hang the tests: killed after 90 s.
    let deadline = DispatchWorkItem { [process] in if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + 90, execute: deadline)
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    deadline.cancel()
    return (String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
  }
}
