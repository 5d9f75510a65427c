extension Catalogue {
  static func balances(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .columnUnion: return ("union", "工会")
    case .columnUnionWithBelow: return ("union (with all below it)", "工会（含下级）")
    case .columnProgram: return ("program", "资金项目")
    case .columnReceived: return ("received", "收入")
    case .columnAllocatedIn: return ("allocated in", "上级拨入")
    case .columnAllocatedNet: return ("allocated in, net", "净拨入")
    case .columnAllocatedOut: return ("allocated out", "下拨下级")
    case .columnRefunded: return ("refunded", "返还经费")
    case .columnSubsidized: return ("subsidized", "补贴")
    case .columnDisbursed: return ("disbursed", "支出")
    case .columnBalance: return ("balance", "结余")
    case .columnCommitted: return ("committed", "承诺金额")
    case .columnCommittedPaid: return ("paid (committed)", "已按承诺支付")
    case .columnCommittedRemaining: return ("remaining", "承诺未付")
    case .balancesFooter:
      return ("(yuan; head seq {seq}, hash {hash})", "（单位：元；账本截至序号 {seq}，哈希 {hash}）")
    case .balancesTreeFooter:
      return (
        "(yuan; each union's rows sum it and every union below it; head seq {seq}, hash {hash})",
        "（单位：元；每个工会的行为本级与全部下级之和，净拨入为从本系统以外拨入减去拨出；"
          + "账本截至序号 {seq}，哈希 {hash}）"
      )
    default: return ("", "")
    }
  }
}
