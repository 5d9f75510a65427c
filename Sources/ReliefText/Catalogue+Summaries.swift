extension Catalogue {
  /// Each command's line in the overview (`relief --help`).
  static func summaries(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .summaryAppend: return ("append one entry", "记入一笔")
    case .summaryApprove: return ("check and commit a staged proposal (审核)", "审核待审提案并提交（审核）")
    case .summaryBalances: return ("show balances per union and program", "按工会和资金项目显示收支与结余")
    case .summaryCheckProof:
      return ("verify a receipt offline with the ledger's verifier key", "用账本的验证公钥离线核验收据")
    case .summaryCheckpoint:
      return ("sign or cosign a checkpoint of the journal's Merkle root", "为账本的默克尔根签署或联署检查点")
    case .summaryClose: return ("close the books through a month (结账)", "结账：截至某月不再记入")
    case .summaryDisclose: return ("write the public disclosure site", "生成公开披露网站")
    case .summaryExport:
      return (
        "export to ledger-cli/hledger, beancount or CSV", "导出为 ledger-cli/hledger、beancount 或 CSV"
      )
    case .summaryImport:
      return ("append a batch of entries from CSV or JSON Lines", "从 CSV 或 JSON Lines 成批记入")
    case .summaryInit: return ("create a new ledger", "新建账本")
    case .summaryKeys: return ("generate a signing key or show its verifier key", "生成签名密钥，或显示其验证公钥")
    case .summaryLog: return ("list entries", "列出记录")
    case .summaryMonitor:
      return ("follow a published log and check every line and balance", "跟踪已发布的日志，核对每一行和每个结余")
    case .summaryNote: return ("sign or verify any C2SP signed note", "签署或核验任意 C2SP 签名文本")
    case .summaryProve:
      return ("print a receipt proving an entry is in a signed checkpoint", "打印收据，证明某笔记录在已签名的检查点之内")
    case .summaryPublish:
      return (
        "write the log as static tiles (c2sp.org/tlog-tiles)", "把日志写成静态分片（c2sp.org/tlog-tiles）"
      )
    case .summaryRecover: return ("cut an unfinished batch left by a crash", "截去崩溃留下的未写完的一批")
    case .summaryReview:
      return ("show and check a staged proposal (制单) before approving it", "审核前查看并核对待审提案（制单）")
    case .summaryRoster: return ("check the private roster against the journal", "核对私密名册与账本是否一致")
    case .summaryTemplate:
      return ("write an Excel-ready CSV sheet for one kind of entry", "为一种记录生成可用 Excel 打开的 CSV 表格")
    case .summaryVerify: return ("check the journal's chain, encoding and rules", "核对账本的哈希链、编码和规则")
    case .summaryWitness:
      return (
        "cosign logs' checkpoints over HTTP (c2sp.org/tlog-witness)",
        "通过 HTTP 为日志的检查点做见证联署（c2sp.org/tlog-witness）"
      )
    default: return ("", "")
    }
  }
}
