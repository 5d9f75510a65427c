import Foundation
import XCTest

/// Messages in Chinese: chosen by `--lang zh`, `RELIEF_LANG` or a `zh_*` locale.
final class ChineseMessagesTests: TrustBoundaryTestCase {
  private func chinese(_ arguments: [String], locale: [String: String]) throws
    -> ReliefProcess.Outcome
  {
    try ReliefProcess.run(
      arguments,
      // RELIEF_LANG empty: the locale given decides (ReliefProcess pins English otherwise).
      extraEnvironment: [
        "RELIEF_KEY": keyPath, "XDG_STATE_HOME": directory.path("zh"), "RELIEF_LANG": "",
      ].merging(locale) { $1 })
  }

  func testBalancesTreeAndAReImportedSheetSpeakChinese() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,500.00,市财政,,,"])
    try succeed([
      "append", "union", "--ledger", ledger, "--id", "district", "--name", "区总工会",
      "--parent", "city",
    ])
    let sheet = directory.path("下拨.csv")
    try "类型,日期,单位,拨入单位,资金,金额\n下拨,2022/3/3,city,district,p,100元\n".write(
      toFile: sheet, atomically: true, encoding: .utf8)
    let first = try chinese(["import", sheet, "--ledger", ledger], locale: ["LANG": "zh_CN.UTF-8"])
    XCTAssertEqual(first.status, 0, first.stderr)
    XCTAssertEqual(first.stdout, "已记入 1 笔（序号 10），由序号 11 提交\n")
    let again = try chinese(["import", sheet, "--ledger", ledger, "--lang", "zh"], locale: [:])
    XCTAssertEqual(again.status, 0, again.stderr)
    XCTAssertEqual(again.stdout, "没有新内容：\(sheet) 仅有的一行已记入账本（序号 10）\n")

    let tree = try chinese(
      ["balances", "--ledger", ledger, "--tree"], locale: ["RELIEF_LANG": "zh"])
    XCTAssertEqual(tree.status, 0, tree.stderr)
    let lines = tree.stdout.split(separator: "\n").map(String.init)
    XCTAssertEqual(
      lines[0].split(separator: " ").map(String.init),
      ["工会（含下级）", "资金项目", "收入", "净拨入", "返还经费", "补贴", "支出", "结余", "承诺金额", "已按承诺支付", "承诺未付"])
    XCTAssertEqual(
      lines[1].split(separator: " ").map(String.init),
      ["city", "p", "500.00", "0.00", "0.00", "0.00", "0.00", "500.00", "0.00", "0.00", "0.00"])
    XCTAssertEqual(
      lines[2].split(separator: " ").map(String.init),
      ["district", "p", "0.00", "100.00", "0.00", "0.00", "0.00", "100.00", "0.00", "0.00", "0.00"])
    XCTAssertTrue(lines[3].hasPrefix("（单位：元；每个工会的行为本级与全部下级之和"), lines[3])

    let english = try relief(["balances", "--ledger", ledger])
    XCTAssertTrue(english.stdout.hasPrefix("union"), english.stdout)
  }

  func testAnUnknownCommandAndAnUnknownLanguageAreSaidInChinese() throws {
    let unknown = try chinese(["balanse"], locale: ["LC_ALL": "zh_CN.UTF-8"])
    XCTAssertEqual(unknown.status, 2)
    XCTAssertEqual(unknown.stderr, "relief: 没有“balanse”这个命令\n运行 relief --help 查看全部命令\n")
    let french = try chinese(["balances", "--lang", "fr"], locale: [:])
    XCTAssertEqual(french.status, 2)
    XCTAssertEqual(
      french.stderr, "relief: --lang 'fr' is not zh or en（--lang 只能是 zh（中文）或 en（英文））\n")
  }
}
