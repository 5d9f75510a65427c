import Foundation
import XCTest

/// The commands print people's text from the catalogue only: no English sentence is
/// written into a command file and printed as it is.
final class CommandLiteralScanTests: XCTestCase {
  /// The source files whose messages are in the catalogue (`Sources/ReliefText`).
  private static let scannedFolders = ["Sources/ReliefCLI/Commands"]
  private static let scannedFiles = [
    "Arguments.swift", "ExitCode.swift", "KeyFiles.swift", "Context.swift", "FileLock.swift",
    "LedgerLoading.swift", "ProgressMeter.swift", "ProgressMeter+Lines.swift",
  ].map { "Sources/ReliefCLI/" + $0 }

  /// Lines that may keep an English literal, each with the reason.
  private static let allowed: Set<String> = [
    // The prefix "relief witness: " frames an error the witness logs; it is no sentence.
    #"console.err("relief witness: \(error.message)\n")"#,
    // Failure records: their message is also a value of `verify --json`, which stays
    // English; the text around them comes from the catalogue.
    #"message: "line \(line) is longer than \(JournalLimits.lineSizeBytesMax) bytes")"#,
    #"found: error.message, message: "the --since checkpoint could not be checked")"#,
    #"message: "the journal does not extend the checkpoint in \(path): \(found)")"#,
    #"found: "none", message: "the journal has no committed genesis entry to compare")"#,
  ]

  /// `console.out("`, `console.err("`, `.usage("` or `message: "` followed by a letter.
  private static let printed = try? NSRegularExpression(
    pattern: #"(console\.(out|err)\(|\.usage\(|message: )"[A-Za-z]"#)

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
    XCTAssertGreaterThan(paths.count, 30)
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
