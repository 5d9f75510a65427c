import Foundation
import XCTest

/// A new user's first steps: the version, and a key written into a folder that does not
/// exist yet (the README's first command on a fresh machine).
final class FirstStepsTests: XCTestCase {
  func testVersionIsPrinted() throws {
    let outcome = try ReliefProcess.run(["--version"])
    XCTAssertEqual(outcome.status, 0)
    XCTAssertEqual(outcome.stdout, "relief 0.12.0 (journal format version 2)\n")
  }

  func testKeysGenerateMakesAMissingFolderPrivate() throws {
    let directory = try TemporaryDirectory()
    let key = directory.path("home/.relief/admin.key")
    let outcome = try ReliefProcess.run(["keys", "generate", "--name", "first", "--out", key])
    XCTAssertEqual(outcome.status, 0, outcome.stderr)
    let folder = try FileManager.default.attributesOfItem(atPath: directory.path("home/.relief"))
    XCTAssertEqual(folder[.posixPermissions] as? Int, 0o700)
    let file = try FileManager.default.attributesOfItem(atPath: key)
    XCTAssertEqual(file[.posixPermissions] as? Int, 0o600)
  }

  func testTheCommandListIsAligned() throws {
    let overview = try ReliefProcess.run(["--help"]).stdout
    let lines = overview.split(separator: "\n").filter {
      $0.hasPrefix("  ") && !$0.hasPrefix("    ")
    }
    let starts = Set(
      lines.prefix(while: { !$0.contains("--") }).compactMap { line -> Int? in
        let afterName = line.dropFirst(2).firstIndex(of: " ").map { line[$0...] }
        return afterName.map { line.count - $0.drop(while: { $0 == " " }).count }
      })
    XCTAssertEqual(starts.count, 1, overview)
  }
}
