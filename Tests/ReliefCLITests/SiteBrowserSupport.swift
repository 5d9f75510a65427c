import Foundation
import XCTest

/// The sample ledger's disclosure site, written once per test run by `relief disclose`
/// and served on loopback for headless Chromium.
enum SampleSite {
  /// The repository's root (this file is Tests/ReliefCLITests/…).
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// A business of the sample ledger: its code, name, the seq of its one refund and the
  /// refund as the lookup page shows it.
  static let code = "91000000000000075A"
  static let name = "合成企业00075"
  static let seq = 210

  private static let built: Result<String, Error> = Result {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "relief-sample-site-\(UUID().uuidString)"
    ).path
    let outcome = try ReliefProcess.run(
      [
        "disclose", "--ledger", repository.appendingPathComponent("ledger").path, "--out", folder,
        "--sources", repository.appendingPathComponent("seeds/sources.csv").path,
      ])
    guard outcome.status == 0 else { throw SiteNotBuilt(stderr: outcome.stderr) }
    return folder
  }

  struct SiteNotBuilt: Error {
    let stderr: String
  }

  /// The folder holding the sample site (shared: copy it before changing anything).
  static func folder() throws -> String { try built.get() }

  /// A copy of the site that a test may change.
  static func copy(into directory: TemporaryDirectory) throws -> String {
    let copy = directory.path("site")
    try FileManager.default.copyItem(atPath: try folder(), toPath: copy)
    return copy
  }

  /// The sample ledger's administrator verifier key (its genesis line's `admin_key`).
  static func adminKey() throws -> String {
    let journal = try String(
      contentsOf: repository.appendingPathComponent("ledger/journal.jsonl"), encoding: .utf8)
    let first = journal.prefix(while: { $0 != "\n" })
    let object = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
    return try XCTUnwrap(object?["admin_key"] as? String)
  }

  /// Where screenshots go: `$RELIEF_SCREENSHOTS`, or `.build/screenshots` in the repository
  /// (CI keeps them as artefacts).
  static func screenshotFolder() throws -> String {
    let folder =
      ProcessInfo.processInfo.environment["RELIEF_SCREENSHOTS"]
      ?? repository.appendingPathComponent(".build/screenshots").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }
}

/// Serves `root` on loopback for the duration of `body` (at most `maxRequests` requests).
func withServedSite<T>(
  _ root: String, maxRequests: Int = 2_000, _ body: (String) throws -> T
) throws -> T {
  let server = try StaticFileServer(root: root, maxRequests: maxRequests)
  defer { server.stop() }
  return try body("http://127.0.0.1:\(server.port)/")
}

extension String {
  /// The text of the first element whose opening tag contains `marker`, tags removed
  /// (enough for the assertions: the page's own markup is simple).
  func text(ofElementWith marker: String) -> String? {
    guard let start = range(of: marker) else { return nil }
    guard let open = self[..<start.lowerBound].lastIndex(of: "<") else { return nil }
    let tag = self[self.index(after: open)...].prefix(while: { $0.isLetter || $0.isNumber })
    var depth = 0
    var index = open
    var text = ""
    while index < endIndex {
      if self[index...].hasPrefix("<\(tag)") {
        depth += 1
      } else if self[index...].hasPrefix("</\(tag)>") {
        depth -= 1
        if depth == 0 { break }
      }
      if self[index] == "<" {
        index = self[index...].firstIndex(of: ">").map { self.index(after: $0) } ?? endIndex
        continue
      }
      text.append(self[index])
      index = self.index(after: index)
    }
    return text
  }

  /// The decoded `data:` URL of the first link with class `receipt`.
  var receiptLink: String? {
    guard let range = range(of: "class=\"receipt\"") else { return nil }
    let rest = self[range.upperBound...]
    guard let href = rest.range(of: "href=\"data:text/plain;charset=utf-8,") else { return nil }
    let encoded = rest[href.upperBound...].prefix(while: { $0 != "\"" })
    return String(encoded).removingPercentEncoding
  }
}
