extension Catalogue {
  static func verifying(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .verifySummary:
      return (
        "{lines} lines: {entries} committed entries in {batches} signed batches",
        "共 {lines} 行：已提交 {entries} 笔记录，分 {batches} 批签名"
      )
    case .verifyHead:
      return ("committed head: seq {seq}, hash {hash}", "已提交部分截至：序号 {seq}，哈希 {hash}")
    case .verifyHeadNone: return ("committed head: none", "已提交部分截至：无")
    case .verifyValid: return ("valid: {summary}", "有效：{summary}")
    case .verifyTorn: return ("TORN TAIL: {message}", "末尾不完整：{message}")
    case .verifyTornDefault: return ("unfinished batch at the end", "末尾有一批没有写完")
    case .verifyTornCommittedValid:
      return ("the committed part is valid: {summary}", "已提交部分有效：{summary}")
    case .verifyTornRecover:
      return (
        "run 'relief recover' to cut the last {bytes} bytes (they are kept in torn/)",
        "运行 relief recover 截去最后 {bytes} 字节（截下的内容保存在 torn/ 中）"
      )
    case .verifyInvalid:
      return (
        "INVALID: line {line}{seq}, byte offset {offset}: {message}",
        "无效：第 {line} 行{seq}，字节偏移 {offset}：{message}"
      )
    case .verifyInvalidSeq: return (", seq {seq}", "（序号 {seq}）")
    case .verifyInvalidDetails:
      return (
        "  failure:  {code}\n  expected: {expected}\n  found:    {found}",
        "  问题：{code}\n  应为：{expected}\n  实为：{found}"
      )
    case .verifyInvalidHint:
      return (
        "this is damage or tampering in committed lines, not a crash; compare with a published "
          + "copy or checkpoint",
        "这是已提交的内容遭到损坏或篡改，不是崩溃造成的；请与公布的副本或检查点比对"
      )
    case .verifySelfConsistency:
      return (
        "self-consistency only: checked under the genesis administrator key {key} (origin "
          + "{origin}) that the journal itself names; pin it with --key or --trust to catch a "
          + "history rewritten under another key",
        "仅检查了自洽：依据的是账本自己写明的创始管理员公钥 {key}（来源 {origin}）；"
          + "用 --key 或 --trust 指定公钥，才能发现用另一把密钥重写的历史"
      )
    case .verifyNothingCommitted:
      return ("self-consistency only: nothing is committed yet", "仅检查了自洽：尚无已提交的内容")
    case .ledgerMissing:
      return (
        "no ledger in {directory} (create one with 'relief init --ledger {directory}')",
        "{directory} 中没有账本（可用 relief init --ledger {directory} 新建）"
      )
    case .unionNotRegistered: return ("union '{union}' is not registered", "工会“{union}”尚未登记")
    case .programNotRegistered:
      return ("program '{program}' is not registered", "资金项目“{program}”尚未登记")
    default: return ("", "")
    }
  }

  static func disclosing(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .discloseWrote: return ("wrote {count} files to {out}", "已写入 {count} 个文件到 {out}")
    case .discloseLogCarried:
      return (
        "the site carries the log up to checkpoint {size} (checkpoint, tile/): lookup.html "
          + "proves each entry it shows against it",
        "网站附带截至检查点 {size} 的日志（checkpoint、tile/）：lookup.html 据此逐笔核验所显示的记录"
      )
    case .discloseNoCheckpoint:
      return (
        "the site carries no log: the ledger has no checkpoint yet ('relief checkpoint'), so "
          + "lookup.html cannot check entries",
        "网站未附带日志：账本还没有检查点（relief checkpoint），lookup.html 无法核验记录"
      )
    case .discloseNoLogRedact:
      return (
        "the site carries no log: --redact hides what the log's lines would show",
        "网站未附带日志：--redact 要隐去的内容，在日志原文中无法隐去"
      )
    case .discloseNoLogPerson:
      return ("the site carries no log: {reason}", "网站未附带日志：{reason}")
    default: return ("", "")
    }
  }
}
