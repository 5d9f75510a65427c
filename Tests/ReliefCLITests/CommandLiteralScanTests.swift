import Foundation
import XCTest

/// The commands print people's text from the catalogue only: no English sentence is
/// written into a command file and printed as it is.
final class CommandLiteralScanTests: XCTestCase {
  /// The folders whose messages are in the catalogue (`Sources/ReliefText`).
  private static let scannedFolders = [
    "Sources/ReliefCLI", "Sources/ReliefCLI/Commands", "Sources/ReliefCLI/Trust",
    "Sources/ReliefCLI/Transparency", "Sources/ReliefCLI/Monitor", "Sources/ReliefCLI/Witness",
    "Sources/ReliefCLI/Help", "Sources/ReliefDisclosure/Core", "Sources/ReliefDisclosure/Privacy",
  ]
  private static let scannedFiles: [String] = []

  /// Lines that may keep an English literal, each with the reason.
  private static let allowed: Set<String> = [
    // The prefix "relief witness: " frames an error the witness logs; it is no sentence.
    #"console.err("relief witness: \(error.message)\n")"#,
    // The same frame, "relief" or "relief COMMAND", before a message from the catalogue.
    #"console.err("relief: \(error)\n")"#,
    #"console.err("relief: " + Text.current(.unknownCommand, ["command": first]) + "\n")"#,
    #"console.err("relief \(command.name): \(error.message)\n")"#,
    #"for problem in problems { console.err("relief checkpoint: \(problem)\n") }"#,
    // A stable failure code (as `verify --json` names it) before the catalogue's sentence.
    #"message: "genesis-key-not-pinned: " + Text.current(.trustGenesisMissing))"#,
  ]

  /// `console.out("`, `console.err("`, `.usage("`, `message: "` or `reason: "` followed by a
  /// letter.
  private static let printed = try? NSRegularExpression(
    pattern: #"(console\.(out|err)\(|\.usage\(|message: |reason: )"[A-Za-z]"#)

  private var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  func testNoCommandPrintsABareEnglishLiteral() throws {
    let regex = try XCTUnwrap(Self.printed)
    var paths = Self.scannedFiles
    for folder in Self.scannedFolders {
      let names = try FileManager.default.contentsOfDirectory(
        atPath: packageRoot.appendingPathComponent(folder).path)
      paths += names.filter { $0.hasSuffix(".swift") }.map { folder + "/" + $0 }
    }
    XCTAssertGreaterThan(paths.count, 80)
    var found: [String] = []
    for path in paths.sorted() {
      let text = try String(
        contentsOf: packageRoot.appendingPathComponent(path), encoding: .utf8)
      for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
        .enumerated()
      {
        let code = line.trimmingCharacters(in: .whitespaces)
        let range = NSRange(code.startIndex..., in: code)
        guard regex.firstMatch(in: code, range: range) != nil,
          !Self.allowed.contains(code)
        else { continue }
        found.append("\(path):\(index + 1): \(code)")
      }
    }
    XCTAssertEqual(found, [], found.joined(separator: "\n"))
  }
}
