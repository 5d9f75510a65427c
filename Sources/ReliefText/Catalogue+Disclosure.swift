extension Catalogue {
  /// Reading the journal for a disclosure, and its redaction and sources files.
  static func disclosureFiles(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .discloseLineUnreadable:
      return (
        "journal line {line} cannot be read: {reason}; run 'relief verify'",
        "无法读取账本文件第 {line} 行：{reason}；请运行 relief verify"
      )
    case .discloseLineCutShort:
      return ("journal line {line} is cut short", "账本文件第 {line} 行不完整")
    case .discloseLineChanged:
      return (
        "journal line {line} is not the line that was verified (the journal was changed since, "
          + "or while it was read): nothing more was written; run 'relief verify'",
        "账本文件第 {line} 行不是核验过的那一行（账本文件在核验之后或读取期间被改动）："
          + "没有再写入任何内容；请运行 relief verify"
      )
    case .discloseCannotCreate: return ("cannot create {path}", "无法创建 {path}")
    case .discloseCannotOpen: return ("cannot open {path} for writing", "无法打开 {path} 写入")
    case .discloseCannotWrite: return ("cannot write {path}: {reason}", "无法写入 {path}：{reason}")
    case .discloseRenameFailed: return ("rename failed", "重命名失败")
    case .redactionLine:
      return ("redaction policy line {line}: {reason}", "隐去规则文件第 {line} 行：{reason}")
    case .redactionUnknownDirective:
      return ("unknown directive '{directive}' (use {known})", "没有“{directive}”这条指令（可用：{known}）")
    case .redactionOneTarget:
      return ("'{directive}' takes one union id or '*'", "{directive} 后面应为一个工会编号或 *")
    case .sourcesLine: return ("sources file line {line}: {reason}", "出处文件第 {line} 行：{reason}")
    case .sourcesHeader:
      return ("the header must be 'key,title,quote'", "第一行（表头）必须是 key,title,quote")
    case .sourcesFields:
      return (
        "expected three fields key,title,quote (quote with \"…\")",
        "应有三个字段 key,title,quote（含逗号的字段用 \"…\" 括起）"
      )
    default: return ("", "")
    }
  }
}
