import Foundation
import XCTest

/// What a verifier, a cosigner and a monitor are told when trust fails, in Chinese.
final class ChineseTrustMessagesTests: TrustBoundaryTestCase {
  private func chinese(_ arguments: [String]) throws -> ReliefProcess.Outcome {
    try ReliefProcess.run(
      arguments + ["--lang", "zh"],
      extraEnvironment: ["RELIEF_KEY": keyPath, "XDG_STATE_HOME": directory.path("zh")])
  }

  func testAMalformedTrustPolicyIsExplainedLineByLine() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,500.00,市财政,,,"])
    let policy = directory.path("bad.trust")
    try "colour red\norigin a b\ncosignatures 9\n".write(
      toFile: policy, atomically: true, encoding: .utf8)
    let outcome = try chinese(["verify", "--ledger", ledger, "--trust", policy])
    XCTAssertEqual(outcome.status, 2)
    XCTAssertTrue(
      outcome.stderr.hasPrefix(
        """
        relief verify: 信任策略文件有误：
        \(policy):1: 没有“colour”这一设置
        \(policy):2: origin 后面只能有一个值（值中不能有空格）
        \(policy): 没有 origin 行：请写明账本的来源名
        \(policy): 没有 admin 行：请给出创始管理员的公钥
        \(policy):3: 要求 9 个联署，但只有 0 个 cosigner 行：这个策略永远无法满足
        每行是 origin 来源名、admin 管理员公钥、cosigner 联署人公钥、cosignatures 联署数，或以 # 开头的注释
        """), outcome.stderr)
  }

  func testALedgerSignedByAnotherKeyIsRefusedInChinese() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,500.00,市财政,,,"])
    let other = try ReliefProcess.run([
      "keys", "generate", "--name", "other", "--out", directory.path("other.key"),
    ])
    XCTAssertEqual(other.status, 0, other.stderr)
    let pinned = other.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let outcome = try chinese(["balances", "--ledger", ledger, "--key", pinned])
    // balances takes no --key: the pin belongs to verify, disclose and export.
    XCTAssertEqual(outcome.status, 2)
    let export = try chinese([
      "export", "--ledger", ledger, "--key", pinned, "--format", "csv", "--out",
      directory.path("out.csv"),
    ])
    XCTAssertEqual(export.status, 1)
    XCTAssertTrue(
      export.stderr.contains(
        "genesis-key-not-pinned：创始管理员公钥不是您指定的公钥：这段历史从一开始就由另一把私钥签名"
          + "（账本被重写，或是另一个账本）；未写入任何内容"), export.stderr)
    XCTAssertFalse(exists(directory.path("out.csv")))
  }

  func testAMonitorOfAnEmptyFolderSaysWhatItCannotRead() throws {
    let empty = directory.path("empty-log")
    try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
    let outcome = try chinese([
      "monitor", empty, "--key", verifierKey, "--state", directory.path("monitor"),
    ])
    XCTAssertEqual(outcome.status, 5)
    XCTAssertEqual(outcome.stderr, "relief monitor: 无法读取 \(empty)/checkpoint\n")
  }

  func testAFailedSystemCallIsSaidInChinese() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,500.00,市财政,,,"])
    let missing = directory.path("no/such/receipt.txt")
    let outcome = try chinese(["check-proof", missing, "--key", verifierKey])
    XCTAssertEqual(outcome.status, 5)
    XCTAssertTrue(
      outcome.stderr.contains("无法打开 \(missing)：文件或目录不存在"), outcome.stderr)
  }

  func testABrokenRuleAndABrokenChainAreSaidInChinese() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,500.00,市财政,,,"])
    let reversal = try chinese([
      "append", "冲销", "--ledger", ledger, "--date", "2022-03-05", "--reverses", "99",
    ])
    XCTAssertEqual(reversal.status, 4)
    XCTAssertTrue(reversal.stderr.contains("没有序号为 99 的记录可冲销"), reversal.stderr)

    // A committed amount raised from 500.00 to 900.00: the next line's prev no longer matches.
    let journal = try String(contentsOfFile: journalPath, encoding: .utf8)
    try journal.replacingOccurrences(of: "\"amount_fen\":50000", with: "\"amount_fen\":90000")
      .write(toFile: journalPath, atomically: true, encoding: .utf8)
    let verify = try chinese(["verify", "--ledger", ledger])
    XCTAssertEqual(verify.status, 1)
    XCTAssertTrue(
      verify.stdout.contains(
        "哈希链断裂：上一行的哈希与本行记录的 prev 不符（上一行或本行的 prev 被改动过）"),
      verify.stdout + verify.stderr)
  }

  func testAKeyThatIsNotAKeyIsExplainedInChinese() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,500.00,市财政,,,"])
    let outcome = try chinese(["verify", "--ledger", ledger, "--key", "abc"])
    XCTAssertEqual(outcome.status, 2)
    XCTAssertTrue(
      outcome.stderr.hasPrefix(
        "relief verify: --key abc 不是公钥（应为 名称+哈希+base64）：公钥的格式应为 名称+哈希+密钥\n"),
      outcome.stderr)
  }

  func testThePreviewAndTheLogFilterSpeakChinese() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,500.00,市财政,,,"])
    let preview = try chinese(["disclose", "--ledger", ledger, "--preview"])
    XCTAssertEqual(preview.status, 0, preview.stderr)
    let lines = preview.stdout.split(separator: "\n").map(String.init)
    XCTAssertEqual(
      lines[0],
      "预览 relief disclose（网站页面、JSON、CSV）和 relief export --format csv 将公开的内容；未写入任何文件。")
    XCTAssertEqual(lines[1], "收付款方：1 笔记录中有 1 个不同的，不公开 0 个，脱敏 0 个，原样公开 1 个")
    XCTAssertEqual(lines[2], "  原样公开 序号 6：原文 '市财政'")

    let log = try chinese(["log", "--ledger", ledger, "--kind", "收入"])
    XCTAssertEqual(log.status, 0, log.stderr)
    XCTAssertTrue(log.stdout.contains("收入"), log.stdout)
    let version = try chinese(["--version"])
    XCTAssertEqual(version.stdout, "relief 0.12.0（账本格式第 2 版）\n")
  }
}
