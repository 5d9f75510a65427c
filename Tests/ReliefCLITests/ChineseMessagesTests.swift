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

  func testARejectedSheetIsExplainedInChineseRowByRow() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,500.00,市财政,,,"])
    let sheet = directory.path("refunds.csv")
    let rows = [
      "类型,日期,单位,资金,金额,对象,统一社会信用代码,所属期,已缴经费",
      "返还经费,2022/4/31,city,p,100,南通甲公司,91320600MA1N000001,2021年,100",
      "返还经费,2022/4/15,city,p,-100,南通乙公司,91320600MA1N000002,2021-01,100",
      "返还经费,2022/4/15,city,p,50元,南通丁公司,91320600MA1N000001,2021-02,30",
      "返还经费,2022/4/15,city,p,50元,南通丁公司,,2021-03,50",
    ]
    try (rows.joined(separator: "\n") + "\n").write(
      toFile: sheet, atomically: true, encoding: .utf8)
    let refused = try chinese(
      ["import", sheet, "--ledger", ledger], locale: ["LANG": "zh_CN.UTF-8"])
    XCTAssertEqual(refused.status, 4)
    XCTAssertEqual(
      refused.stderr,
      "relief import: 没有写入任何内容：输入中有 6 处问题\n"
        + "\(sheet):2: 字段“日期（date）”：日期“2022-04-31”不存在（2022年4月只有 30 天）\n"
        + "\(sheet):2: 字段“所属期（period）”：所属期 \"2021年\" 的写法不对：一个月写 2020-01 或 "
        + "2020年1月，一段时间写 2020-01..2022-12 或 2020年1月至2022年12月\n"
        + "\(sheet):3: 字段“金额（amount）”：必须大于零（填的是 -100）\n"
        + "\(sheet):3: 字段“统一社会信用代码（counterparty_id）”：统一社会信用代码校验不通过："
        + "最后一位是“2”，按前 17 位应为“1”；多半是抄错了，请对照营业执照逐位核对\n"
        + "\(sheet):4: 字段“金额（amount）”：返还 50.00 元，超过了已缴经费（30.00 元）\n"
        + "\(sheet):5: 字段“统一社会信用代码（counterparty_id）”：返还经费记录必须填写此项\n")
    // The same sheet in English, as before.
    let english = try relief(["import", sheet, "--ledger", ledger])
    XCTAssertTrue(
      english.stderr.hasPrefix("relief import: nothing was written: 6 problems in the input\n"))
    XCTAssertTrue(
      english.stderr.contains(
        ":5: field 'counterparty_id': is required for refund entries\n"), english.stderr)
  }

  func testTheREADMEsFirstCommandSpeaksChinese() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,500.00,市财政,,,"])
    let zh = ["RELIEF_LANG": "zh"]
    let verified = try chinese(["verify", "--ledger", ledger], locale: zh)
    XCTAssertEqual(verified.status, 0, verified.stderr)
    let lines = verified.stdout.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines[0], "有效：共 8 行：已提交 4 笔记录，分 4 批签名")
    XCTAssertTrue(lines[1].hasPrefix("已提交部分截至：序号 7，哈希 "), lines[1])
    XCTAssertTrue(lines[2].hasPrefix("仅检查了自洽：依据的是账本自己写明的创始管理员公钥 tb-admin+"), lines[2])
    let site = directory.path("site")
    let disclosed = try chinese(["disclose", "--ledger", ledger, "--out", site], locale: zh)
    XCTAssertEqual(disclosed.status, 0, disclosed.stderr)
    XCTAssertTrue(
      disclosed.stdout.hasSuffix(
        "网站未附带日志：账本还没有检查点（relief checkpoint），lookup.html 无法核验记录\n"),
      disclosed.stdout)
    XCTAssertTrue(disclosed.stdout.hasPrefix("已写入 "), disclosed.stdout)
    let missing = try chinese(["verify", "--ledger", directory.path("none")], locale: zh)
    XCTAssertEqual(missing.status, 5)
    XCTAssertEqual(
      missing.stderr,
      "relief verify: \(directory.path("none")) 中没有账本（可用 relief init --ledger "
        + "\(directory.path("none")) 新建）\n")
  }

  func testTheOverviewListsEveryCommandInChineseAndLangMayComeFirst() throws {
    let overview = try chinese(["--lang", "zh", "--help"], locale: [:])
    XCTAssertEqual(overview.status, 0, overview.stderr)
    XCTAssertTrue(overview.stdout.hasPrefix("relief：工会救助资金防篡改账本\n\n用法："), overview.stdout)
    XCTAssertTrue(overview.stdout.contains("\n  verify       核对账本的哈希链、编码和规则\n"))
    XCTAssertTrue(overview.stdout.contains("\n  import       从 CSV 或 JSON Lines 成批记入\n"))
    XCTAssertTrue(overview.stdout.contains("退出码：0 成功，1 账本无效"), overview.stdout)
    let english = try relief(["--help"])
    XCTAssertTrue(
      english.stdout.contains("\n  verify       check the journal's chain, encoding and rules\n"))
    let first = try chinese(
      ["--lang", "zh", "verify", "--ledger", directory.path("none")], locale: [:])
    XCTAssertEqual(first.status, 5)
    XCTAssertTrue(first.stderr.hasPrefix("relief verify: "), first.stderr)
    XCTAssertTrue(first.stderr.contains("中没有账本"), first.stderr)
  }

  func testTheLogAndPublishSpeakChinese() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,500.00,市财政,,,"])
    let zh = ["RELIEF_LANG": "zh"]
    let log = try chinese(["log", "--ledger", ledger, "--kind", "receipt"], locale: zh)
    XCTAssertEqual(log.status, 0, log.stderr)
    let lines = log.stdout.split(separator: "\n").map(String.init)
    XCTAssertEqual(
      lines[0].split(separator: " ").map(String.init),
      ["序号", "日期", "类型", "工会", "资金项目", "金额", "摘要"])
    XCTAssertEqual(
      lines[1].split(separator: " ").map(String.init),
      ["6", "2022-03-02", "收入", "city", "p", "500.00", "来自", "市财政"])
    try succeed(["checkpoint", "--ledger", ledger])
    let out = directory.path("pub")
    let published = try chinese(["publish", "--ledger", ledger, "--out", out], locale: zh)
    XCTAssertEqual(published.status, 0, published.stderr)
    XCTAssertTrue(published.stdout.hasPrefix("已发布 8 行到 \(out)：写入 2 个文件"), published.stdout)
  }
}
