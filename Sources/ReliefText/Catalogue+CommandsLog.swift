extension Catalogue {
  /// The words of the details column in `relief log`, `review` and receipts, and the
  /// names of the key roles.
  static func commandsLog(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .entryOrigin: return ("origin {origin}", "来源 {origin}")
    case .entryUnder: return ("under {parent}", "上级 {parent}")
    case .entryKey: return ("{role} key {key}", "{role}密钥 {key}")
    case .roleAdmin: return ("admin", "管理员")
    case .roleAccountant: return ("accountant", "会计")
    case .roleAuditor: return ("auditor", "审计")
    case .roleReviewer: return ("reviewer", "复核人")
    case .entryRevokesKey: return ("revokes key {key}", "吊销密钥 {key}")
    case .entryClosed: return ("books closed through {period}", "已结账至 {period}")
    case .entryThreshold:
      return ("batches above {amount} need a reviewer", "超过 {amount} 元的批次须经复核")
    case .entryCommitted:
      return ("committed, moves no money: {purpose}", "承诺事项（不动用资金）：{purpose}")
    case .entryFor: return ("for {period}", "所属期 {period}")
    case .entryToReach: return ("to reach {target}", "计划惠及 {target}")
    case .goodsReceived: return ("goods received: {lot}", "收到物资：{lot}")
    case .goodsDistributed: return ("goods distributed: {lot}", "发放物资：{lot}")
    case .goodsAllocated: return ("goods allocated: {lot}", "下拨物资：{lot}")
    case .goodsValued: return ("{lot} (valued {amount} yuan)", "{lot}（价值 {amount} 元）")
    default: return ("", "")
    }
  }

  /// The goods table of `relief balances`.
  static func commandsGoods(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .goodsColumnItem: return ("item", "物资")
    case .goodsColumnUnit: return ("unit", "单位")
    case .goodsColumnReceived: return ("received", "收到")
    case .goodsColumnDistributed: return ("distributed", "发放")
    case .goodsColumnInStock: return ("in stock", "库存")
    case .goodsColumnValued: return ("valued (yuan)", "价值（元）")
    case .goodsFooter:
      return (
        "(goods in kind: quantities in their unit; they move no money)",
        "（实物：数量按各自的单位计，不涉及资金收支）"
      )
    default: return ("", "")
    }
  }
}
