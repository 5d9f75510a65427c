import Foundation
import ReliefLedger
import ReliefText
import XCTest

@testable import ReliefCLI

/// The commands' own messages in Chinese (`--lang zh`), and no bare English sentence left
/// in the command files.
final class ChineseCommandMessagesTests: TrustBoundaryTestCase {
  override func tearDown() {
    // In-process runs set the process's language: later tests read English.
    Text.current = Text(.en)
    super.tearDown()
  }

  /// Runs `relief` in Chinese as the honest user, signing with the administrator key.
  private func zh(_ arguments: [String]) throws -> ReliefProcess.Outcome {
    try ReliefProcess.run(
      arguments + ["--lang", "zh"],
      extraEnvironment: ["RELIEF_KEY": keyPath, "XDG_STATE_HOME": directory.path("honest")])
  }

  func testAUsageErrorAndItsHintAreChinese() throws {
    let unknown = try zh(["init", "--bogus"])
    XCTAssertEqual(unknown.status, 2)
    XCTAssertEqual(
      unknown.stderr, "relief init: 没有“--bogus”这个选项\n运行 relief init --help 查看用法\n")
    let twice = try zh(["log", "--kind", "receipt", "--kind=refund"])
    XCTAssertEqual(twice.status, 2)
    XCTAssertEqual(twice.stderr, "relief log: 选项 --kind 给了两次\n运行 relief log --help 查看用法\n")
    let english = try relief(["init", "--bogus"])
    XCTAssertEqual(
      english.stderr, "relief init: unknown option '--bogus'\nrun 'relief init --help' for usage\n")
  }

  func testKeysGenerateInitAndTemplateSpeakChinese() throws {
    let key = directory.path("zh.key")
    let generated = try zh(["keys", "generate", "--name", "zh-admin", "--out", key])
    XCTAssertEqual(generated.status, 0, generated.stderr)
    // The verifier key is machine output: alone on its line, the same in every language.
    XCTAssertTrue(generated.stdout.hasPrefix("zh-admin+"), generated.stdout)
    XCTAssertEqual(generated.stdout.filter { $0 == "\n" }.count, 1)
    XCTAssertEqual(generated.stderr, "")
    let again = try zh(["keys", "generate", "--name", "zh-admin", "--out", key])
    XCTAssertEqual(again.status, 5)
    XCTAssertEqual(again.stderr, "relief keys: \(key) 已存在；relief 从不覆盖密钥文件\n")

    let created = try zh(["init", "--ledger", ledger])
    XCTAssertEqual(created.status, 0, created.stderr)
    XCTAssertEqual(created.stdout, "已在 \(ledger) 新建账本（来源 relief.local/ledger）\n")

    let sheet = directory.path("refund.csv")
    let wrote = try zh(["template", "refund", "--out", sheet])
    XCTAssertEqual(wrote.status, 0, wrote.stderr)
    XCTAssertEqual(wrote.stdout, "已写入 \(sheet)：返还经费表格，附一行示例\n")
    let refused = try zh(["template", "refund", "--out", sheet])
    XCTAssertEqual(refused.status, 5)
    XCTAssertEqual(
      refused.stderr, "relief template: \(sheet) 已存在；relief 从不覆盖已有文件（没有写入任何内容）\n")
  }

  func testCheckpointProveRecoverAndApproveSpeakChinese() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,500.00,市财政,,,"])
    let signed = try zh(["checkpoint", "--ledger", ledger])
    XCTAssertEqual(signed.status, 0, signed.stderr)
    // The signed note is machine output; the line for people goes to standard error.
    XCTAssertTrue(signed.stdout.hasPrefix("tb.example/l\n8\n"), signed.stdout)
    XCTAssertEqual(signed.stderr, "")
    let unchanged = try zh(["checkpoint", "--ledger", ledger])
    XCTAssertEqual(unchanged.status, 0, unchanged.stderr)
    XCTAssertEqual(unchanged.stdout, signed.stdout)
    XCTAssertEqual(unchanged.stderr, "自检查点 8 以来，账本没有新增内容\n")

    let missing = try zh(["prove", "99", "--ledger", ledger])
    XCTAssertEqual(missing.status, 4)
    XCTAssertEqual(
      missing.stderr,
      "relief prove: 序号 99 不在检查点之内（该检查点只涵盖序号 0 至 7）；请用 relief checkpoint 签署新的检查点\n")

    let intact = try zh(["recover", "--ledger", ledger])
    XCTAssertEqual(intact.status, 0, intact.stderr)
    XCTAssertEqual(intact.stdout, "无需恢复：账本以提交行结尾，没有未写完的批次\n")

    let id = "0123456789abcdef"
    let unknown = try zh(["approve", id, "--ledger", ledger])
    XCTAssertEqual(unknown.status, 4)
    XCTAssertEqual(
      unknown.stderr,
      "relief approve: 没有写入任何内容：找不到提案 \(id)（\(ledger)/proposals/\(id)）；"
        + "它已经审批提交（relief log 中可查到这批记录），或者从未提交待审\n")
    let malformed = try zh(["approve", "XYZ", "--ledger", ledger])
    XCTAssertEqual(malformed.status, 2)
    XCTAssertEqual(
      malformed.stderr,
      "relief approve: 提案编号是 16 位小写十六进制数字，“XYZ”不是提案编号\n运行 relief approve --help 查看用法\n")
  }

  func testExportIsTheSameInBothLanguagesAndItsErrorsAreChinese() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,500.00,市财政,,,"])
    let out = directory.path("ledger.csv")
    let exported = try zh(["export", "--ledger", ledger, "--format", "csv", "--out", out])
    XCTAssertEqual(exported.status, 0, exported.stderr)
    XCTAssertEqual(exported.stdout + exported.stderr, "")
    // The exported file is machine output: byte for byte what English writes.
    let chinese = try zh(["export", "--ledger", ledger, "--format", "csv"])
    let english = try relief(["export", "--ledger", ledger, "--format", "csv"])
    XCTAssertEqual(chinese.stdout, english.stdout)
    XCTAssertEqual(try String(contentsOfFile: out, encoding: .utf8), english.stdout)
    let unknown = try zh(["export", "--ledger", ledger, "--format", "xls"])
    XCTAssertEqual(unknown.status, 2)
    XCTAssertEqual(
      unknown.stderr,
      "relief export: 没有“xls”这种格式（可用 ledger、beancount 或 csv）\n运行 relief export --help 查看用法\n")
  }

  func testStagingAndReviewSpeakChinese() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,500.00,市财政,,,"])
    let staged = try zh([
      "append", "disbursement", "--ledger", ledger, "--date", "2022-03-05", "--union", "city",
      "--program", "p", "--amount", "200", "--category", "supplies", "--headcount", "3",
      "--stage",
    ])
    XCTAssertEqual(staged.status, 0, staged.stderr)
    let lines = staged.stdout.split(separator: "\n").map(String.init)
    // The proposal's id stands alone on the first line, for scripts.
    let id = try XCTUnwrap(lines.first)
    XCTAssertEqual(id.count, 16)
    let maker = "tb-admin+" + (verifierKey.split(separator: "+").dropFirst().first ?? "")
    XCTAssertEqual(
      lines[1],
      "已把制单人 \(maker) 的 1 笔记录提交待审，存于 \(ledger)/proposals/\(id)；"
        + "复核人用以下命令审批提交：relief approve \(id) --key 复核人私钥文件")
    let review = try zh(["review", id, "--ledger", ledger])
    XCTAssertEqual(review.status, 0, review.stderr)
    let shown = review.stdout.split(separator: "\n").map(String.init)
    XCTAssertEqual(shown[0], "提案 \(id)（\(ledger)/proposals/\(id)）")
    XCTAssertTrue(shown.contains("记录：1 笔，尚未与账本核对"), review.stdout)
    XCTAssertTrue(shown.contains("账本来源：一致"), review.stdout)
    XCTAssertTrue(shown.contains("制单人签名：用制单人登记的公钥核验这些记录，签名有效"), review.stdout)
    XCTAssertTrue(shown.contains("状态：已核验；relief approve 审批时会再次逐笔与账本核对"), review.stdout)
    XCTAssertEqual(
      shown.last?.split(separator: " ", omittingEmptySubsequences: true).map(String.init),
      ["#1", "2022-03-05", "支出", "city", "p", "200.00", "物资；3", "人"])
  }

  /// A console whose standard error is a terminal, so that progress is drawn.
  private final class TerminalConsole: Console {
    var stdout = ""
    var stderr = ""
    func out(_ text: String) { stdout += text }
    func err(_ text: String) { stderr += text }
    var errIsTerminal: Bool { true }
  }

  func testTheProgressLineIsChinese() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,500.00,市财政,,,"])
    let environment = [
      "RELIEF_LANG": "zh", "RELIEF_LEDGER": ledger, "XDG_STATE_HOME": directory.path("zh"),
    ]
    let console = TerminalConsole()
    XCTAssertEqual(Relief.run(arguments: ["verify"], environment: environment, console: console), 0)
    XCTAssertTrue(console.stderr.hasPrefix("\r核对账本：0 行，已完成 0.0%（共 0.0 MiB）"), console.stderr)
    XCTAssertTrue(console.stdout.hasPrefix("有效："), console.stdout)
    let meter = ProgressMeter(
      label: Text.current(.progressImport), unit: Text.current(.progressUnitRows),
      describeTotal: { Text.current(.progressRows, ["count": Money.groupedCount($0)]) },
      enabled: true, clockMillis: { 0 }, write: { _ in })
    XCTAssertEqual(
      meter.line(items: 1_500, done: 1_500, total: 3_000, elapsedMillis: 1_000),
      "导入：1,500 行，已完成 50.0%（共 3,000 行），每秒 1,500 行，预计还需 0:01")
  }
}
