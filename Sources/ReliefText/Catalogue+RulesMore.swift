extension Catalogue {
  /// The rest of the ledger's rules: registrations, reversals, keys and request ids.
  static func rulesLedger(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .ruleGenesisMissing:
      return ("the journal does not begin with a genesis entry", "账本文件不是以创始记录开头")
    case .ruleGenesisNotFirst:
      return ("a genesis entry may only be the first line", "创始记录只能是第一行")
    case .ruleUnionRegistered:
      return ("union '{union}' is already registered", "工会“{union}”已经登记过")
    case .ruleProgramRegistered:
      return ("program '{program}' is already registered", "资金项目“{program}”已经登记过")
    case .ruleAllocationToItself:
      return ("allocation from union '{union}' to itself", "工会“{union}”不能下拨给自己")
    case .ruleAmountOverflow:
      return (
        "totals of union '{union}' in program '{program}' would overflow",
        "工会“{union}”在资金项目“{program}”中的合计将超出可记录的范围"
      )
    case .ruleAppendTimeOutOfRange:
      return (
        "append time {millis} ms is outside the years 1900 to 9999",
        "记账时间 {millis} 毫秒不在 1900 年至 9999 年之间"
      )
    case .ruleRequestIDUsed:
      return ("request_id '{id}' is already used by seq {seq}", "请求号“{id}”已被序号 {seq} 使用")
    case .ruleReversalOfUnknown:
      return ("there is no entry at seq {seq} to reverse", "没有序号为 {seq} 的记录可冲销")
    case .ruleReversalOfNonReversible:
      return (
        "seq {seq} is a {kind} entry, which cannot be reversed", "序号 {seq} 是{kind}记录，不能冲销"
      )
    case .ruleAlreadyReversed:
      return ("seq {seq} was already reversed by seq {bySeq}", "序号 {seq} 已被序号 {bySeq} 冲销")
    case .ruleReversalDiffers:
      return (
        "the copy of the original in this reversal differs from the entry at seq {seq}",
        "冲销记录中抄录的原记录与序号 {seq} 的记录不一致"
      )
    case .ruleInvalidKey:
      return (
        "the key is not a signed-note verifier key: {reason}", "这不是有效的签名公钥：{reason}"
      )
    case .ruleKeyRegistered:
      return (
        "key '{key}' is already registered (a key is registered once; generate a new one)",
        "公钥“{key}”已经登记过（每把公钥只登记一次；请另行生成）"
      )
    case .ruleUnknownKey: return ("key '{key}' is not registered", "公钥“{key}”没有登记")
    case .ruleKeyRevoked:
      return ("key '{key}' was already revoked at seq {seq}", "公钥“{key}”已在序号 {seq} 撤销")
    case .ruleLastAdministrator:
      return (
        "revoking '{key}' would leave no administrator; register another admin key first",
        "撤销“{key}”后将没有管理员；请先登记另一把管理员公钥"
      )
    case .ruleAccountantNeedsUnion:
      return (
        "an accountant key needs the union whose subtree it covers (field 'union')",
        "会计的公钥须指明其负责的工会（union 字段），其权限覆盖该工会及全部下级"
      )
    case .ruleRoleTakesNoUnion:
      return (
        "a {role} key covers the whole ledger and takes no union (not '{union}')",
        "{role} 角色的公钥覆盖整个账本，不指定工会（不应为“{union}”）"
      )
    default: return ("", "")
    }
  }

  /// The rules of closed periods, commitments and goods.
  static func rulesPeriods(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .rulePeriodClosed:
      return (
        "date {date} is in a closed period (the books are closed through {closed}); correct a "
          + "closed period with a reversal dated after it",
        "日期 {date} 在已结账期间内（已结账至 {closed}）；已结账期间的差错，请用结账之后日期的冲销记录更正"
      )
    case .rulePeriodAlreadyClosed:
      return (
        "the books are already closed through {closed}: closing {period} would not move the "
          + "close forward (a close never reopens a period)",
        "已结账至 {closed}：再结账至 {period} 不会向后推进（结账后不能重新打开期间）"
      )
    case .ruleCloseBeforePeriod:
      return (
        "a close dated {date} cannot close {period}, which has not begun by then",
        "日期为 {date} 的结账不能结 {period}，那时该期间还没有开始"
      )
    case .ruleUnknownCommitment:
      return (
        "seq {seq} is not a commitment (a payment names the seq of a commitment entry)",
        "序号 {seq} 不是承诺记录（付款应指明承诺记录的序号）"
      )
    case .ruleCommitmentReversed:
      return (
        "commitment seq {seq} was reversed by seq {bySeq}; nothing more is paid against it",
        "承诺序号 {seq} 已被序号 {bySeq} 冲销，不能再按此承诺付款"
      )
    case .ruleCommitmentAccount:
      return (
        "commitment seq {seq} is union '{union}' in program '{program}', not union "
          + "'{paymentUnion}' in program '{paymentProgram}'",
        "承诺序号 {seq} 属于工会“{union}”的资金项目“{program}”，"
          + "而不是工会“{paymentUnion}”的资金项目“{paymentProgram}”"
      )
    case .ruleCommitmentOverpaid:
      return (
        "paying {amount} yuan against commitment seq {seq} would exceed it: {paid} of "
          + "{committed} yuan is paid already",
        "按承诺序号 {seq} 再付 {amount} 元将超出承诺：承诺 {committed} 元中已付 {paid} 元"
      )
    case .ruleCommitmentHasPayments:
      return (
        "commitment seq {seq} has {paid} yuan paid against it; reverse those payments first",
        "承诺序号 {seq} 已按其付款 {paid} 元；请先冲销这些付款"
      )
    case .ruleStockNegative:
      return (
        "stock of '{item}' ({unit}) of union '{union}' in program '{program}' is {stock}, less "
          + "than {quantity} (goods stay in their program)",
        "工会“{union}”在资金项目“{program}”中的“{item}”（{unit}）库存为 {stock}，少于 {quantity}"
          + "（物资只能在所属资金项目内使用）"
      )
    default: return ("", "")
    }
  }
}
