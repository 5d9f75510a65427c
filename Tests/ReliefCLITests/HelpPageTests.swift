import ReliefText
import XCTest

@testable import ReliefCLI

/// Every command's `--help` is written from the options the parser accepts, in both
/// languages.
final class HelpPageTests: XCTestCase {
  override func tearDown() {
    Text.current = Text(.en)
  }

  private func help(_ command: String, _ language: String) -> String {
    let console = RecordingConsole()
    let status = Relief.run(
      arguments: [command, "--help", "--lang", language], environment: [:], console: console)
    XCTAssertEqual(status, 0, command)
    return console.stdout
  }

  /// How often `option` stands in `text` as a whole word (`--key`, not `--key-file`).
  private func mentions(of option: String, in text: String) -> Int {
    let pieces = text.components(separatedBy: option).dropFirst()
    return pieces.filter { piece in
      guard let next = piece.unicodeScalars.first else { return true }
      return !(next == "-" || next == "_" || next.properties.isAlphabetic)
    }.count
  }

  /// Commands whose help comes from their definition (all of them once the move is done).
  private var defined: [Command] { Relief.commands.filter { $0.about != .helpOptions } }

  func testEveryOptionTheParserAcceptsIsInTheHelpInBothLanguages() {
    XCTAssertFalse(defined.isEmpty)
    for command in defined {
      for language in ["en", "zh"] {
        let text = help(command.name, language)
        for option in command.options {
          let count = mentions(of: option.spelled, in: text)
          // Once on the usage line and once where it is described.
          XCTAssertGreaterThanOrEqual(count, 2, "\(command.name) \(option.spelled) \(language)")
        }
        XCTAssertTrue(text.contains("--ledger"), command.name)
      }
    }
  }

  func testChineseHelpIsChinese() {
    for command in defined {
      let text = help(command.name, "zh")
      XCTAssertTrue(text.hasPrefix("用法：relief \(command.name)"), command.name)
      XCTAssertTrue(text.contains("\n选项："), command.name)
      XCTAssertFalse(text.contains("Usage:"), command.name)
      XCTAssertFalse(text.contains("Options:"), command.name)
    }
  }

  func testInitAndImportHelpNameTheKeyTheyNeed() {
    XCTAssertTrue(help("init", "en").contains("  --key FILE"))
    XCTAssertTrue(help("init", "zh").contains("  --key 文件"))
    XCTAssertTrue(help("import", "en").contains("  --key FILE"))
    XCTAssertTrue(help("import", "en").hasPrefix("Usage: relief import FILE [--format csv|jsonl]"))
  }

  func testAnOptionLineIsPaddedToItsColumnAndContinuationsIndented() {
    let option = CommandOption.valued("key", .file, .optionSigningKey)
    Text.current = Text(.en)
    XCTAssertEqual(
      HelpPage.line(option),
      "  --key FILE                  your private key file, made by 'relief keys generate'\n"
        + String(repeating: " ", count: 30) + "(default: $RELIEF_KEY)\n")
    Text.current = Text(.zh)
    // 文件 takes four columns, so the description starts in the same column.
    XCTAssertTrue(HelpPage.line(option).hasPrefix("  --key 文件                  您的私钥文件"))
  }
}
