extension Catalogue {
  /// What `relief verify --since` says of the checkpoint it compares the journal with.
  static func commandsSince(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .sinceNotChecked:
      return ("the --since checkpoint was not checked: {error}", "未能核对 --since 检查点：{error}")
    case .sinceUnverified: return ("NOT CONSISTENT: {path}: {error}", "不一致：{path}：{error}")
    case .sinceOtherOrigin:
      return (
        "NOT CONSISTENT: the checkpoint is for origin {origin}", "不一致：该检查点属于来源 {origin}"
      )
    case .sinceConsistent:
      return (
        "consistent with the checkpoint of size {size}, root {root}, signed by {signers}: the "
          + "journal's first {size} lines are unchanged",
        "与大小为 {size}、根哈希为 {root}、由 {signers} 签署的检查点一致：账本前 {size} 行未被改动"
      )
    case .sinceNotConsistent:
      return (
        "NOT CONSISTENT with the checkpoint of size {size}, root {root}: {found}",
        "与大小为 {size}、根哈希为 {root} 的检查点不一致：{found}"
      )
    case .sinceOnlyLines:
      return ("the journal has only {count} committed lines", "账本只有 {count} 行已提交")
    case .sinceDifferentRoot:
      return ("the journal's first {size} lines have a different root", "账本前 {size} 行的根哈希不同")
    case .verifyCannotRead: return ("cannot read {path}", "无法读取 {path}")
    case .verifyInvalidUnplaced: return ("INVALID: {message}", "无效：{message}")
    case .verifyUntrusted:
      return (
        "the journal is consistent in itself ({lines} lines), but it is not the ledger you "
          + "trust",
        "账本本身是自洽的（共 {lines} 行），但它不是您所信任的那个账本"
      )
    case .verifyNotSince:
      return (
        "the journal is consistent in itself ({lines} lines), but it does not extend the "
          + "--since checkpoint",
        "账本本身是自洽的（共 {lines} 行），但它不是 --since 检查点的延续"
      )
    default: return ("", "")
    }
  }

  /// How `relief verify --since` reports the first line that differs.
  static func commandsDivergence(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .divergenceLine:
      return ("the first diverging line is line {line} (seq {seq})", "第一处不同的是第 {line} 行（序号 {seq}）")
    case .divergenceLineMissing:
      return (
        "the first diverging line is line {line} (seq {seq}), missing with all lines after it",
        "第一处不同的是第 {line} 行（序号 {seq}）：该行及其后的所有行都已缺失"
      )
    case .divergenceFoundWith:
      return (
        "{line}; found with {name}, whose nodes reproduce the checkpoint's signed root",
        "{line}；由 {name} 找到，它的节点能复现检查点签署的根哈希"
      )
    case .divergenceBetween:
      return (
        "the first diverging line is between line {low} (seq {lowSeq}) and line {high} (seq "
          + "{highSeq}); checkpoints of more sizes would narrow it down",
        "第一处不同的行在第 {low} 行（序号 {lowSeq}）与第 {high} 行（序号 {highSeq}）之间；"
          + "有更多不同大小的检查点可以缩小范围"
      )
    case .divergenceUnknown:
      return ("the node cache cannot find the exact line: {reasons}", "节点缓存无法确定具体是哪一行：{reasons}")
    case .divergenceCacheUnreadable: return ("{name} cannot be read", "{name} 无法读取")
    case .divergenceCacheShort: return ("{name} holds only {count} lines", "{name} 只有 {count} 行")
    case .divergenceCacheMismatch:
      return (
        "{name} does not reproduce the checkpoint's root (rebuilt or altered)",
        "{name} 无法复现检查点的根哈希（已重建或被改动）"
      )
    case .divergenceNoCache:
      return ("there is no node cache (merkle.cache)", "没有节点缓存（merkle.cache）")
    default: return ("", "")
    }
  }
}
