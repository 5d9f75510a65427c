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

  /// Every command: each one's help comes from its definition.
  private var defined: [Command] { Relief.commands }

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

  /// The usage line of `command` in `language`: the help up to its first blank line.
  private func usage(_ command: String, _ language: String) -> String {
    help(command, language).components(separatedBy: "\n\n").first ?? ""
  }

  func testVerifyUsageLineInBothLanguages() {
    XCTAssertEqual(
      usage("verify", "en"),
      "Usage: relief verify [--key VERIFIER_KEY …] [--trust FILE] [--since FILE] [--json]")
    XCTAssertEqual(
      usage("verify", "zh"), "用法：relief verify [--key 验证公钥 …] [--trust 文件] [--since 文件] [--json]")
  }

  func testAppendUsageLineInBothLanguages() {
    XCTAssertEqual(
      usage("append", "en"),
      """
      Usage: relief append KIND --FIELD VALUE … [--date YYYY-MM-DD] [--union ID] [--to ID]
                           [--program ID] [--amount YUAN] [--item TEXT] [--quantity N]
                           [--unit UNIT] [--value YUAN] [--counterparty NAME]
                           [--counterparty-id CODE] [--person-name NAME] [--person-id ID]
                           [--bank-card DIGITS] [--category NAME] [--beneficiaries N]
                           [--beneficiary-unit UNIT] [--headcount N]
                           [--period YYYY-MM[..YYYY-MM]] [--dues-paid YUAN] [--purpose TEXT]
                           [--commitment SEQ] [--commitment-request ID] [--reverses SEQ]
                           [--reverses-request ID] [--amount-approx MARK]
                           [--beneficiaries-approx MARK] [--quantity-approx MARK]
                           [--date-basis assumed] [--memo TEXT] [--request-id ID] [--id ID]
                           [--name NAME] [--parent ID] [--key KEY] [--role ROLE]
                           [--signer FILE] [--stage] [--json]
      """)
    XCTAssertEqual(
      usage("append", "zh"),
      """
      用法：relief append 类型 --字段 值 … [--date YYYY-MM-DD] [--union 编号] [--to 编号]
                          [--program 编号] [--amount 金额] [--item 文字] [--quantity 数量]
                          [--unit 单位] [--value 金额] [--counterparty 名称]
                          [--counterparty-id 代码] [--person-name 名称] [--person-id 编号]
                          [--bank-card 卡号] [--category 名称] [--beneficiaries 数量]
                          [--beneficiary-unit 单位] [--headcount 数量]
                          [--period YYYY-MM[..YYYY-MM]] [--dues-paid 金额] [--purpose 文字]
                          [--commitment 序号] [--commitment-request 编号] [--reverses 序号]
                          [--reverses-request 编号] [--amount-approx 标记]
                          [--beneficiaries-approx 标记] [--quantity-approx 标记]
                          [--date-basis assumed] [--memo 文字] [--request-id 编号] [--id 编号]
                          [--name 名称] [--parent 编号] [--key 公钥] [--role 角色]
                          [--signer 文件] [--stage] [--json]
      """)
  }

  func testChineseAppendHelpDescribesTheAmountAndItsChineseColumns() {
    let pad = String(repeating: " ", count: HelpPage.optionColumn)
    XCTAssertTrue(
      help("append", "zh").contains(
        "\n  --amount 金额               单位为元，如 1234.56、1,234.56、19.87万（精确到分）\n"
          + pad + "CSV 列名也可写作：金额/金额（元）/金额(元)\n"))
    XCTAssertTrue(
      help("append", "en").contains(
        "\n  --amount YUAN               e.g. 1234.56, 1,234.56, 19.87万 (at most 0.01 yuan)\n"
          + pad + "also as a CSV column: 金额/金额（元）/金额(元)\n"))
  }

  func testChineseHelpShowsKindsWithTheirChineseNames() {
    let text = help("append", "zh")
    XCTAssertTrue(text.contains("refund（返还经费）"), text)
    XCTAssertTrue(text.contains("reversal（冲销）"), text)
    XCTAssertTrue(help("template", "zh").contains("refund（返还经费）"))
  }

  func testTheLanguageIsTakenFromEitherSpellingOfTheOption() {
    for arguments in [["--lang=zh", "verify", "--help"], ["verify", "--help", "--lang", "zh"]] {
      let console = RecordingConsole()
      XCTAssertEqual(Relief.run(arguments: arguments, environment: [:], console: console), 0)
      XCTAssertTrue(console.stdout.hasPrefix("用法：relief verify"), "\(arguments)")
    }
    XCTAssertEqual(
      Relief.languageOption(in: ["log", "--lang=en", "--kind", "x"]).rest, ["log", "--kind", "x"])
    // After `--` everything is an argument, even `--lang`.
    XCTAssertNil(Relief.languageOption(in: ["log", "--", "--lang", "zh"]).value)
  }
}
