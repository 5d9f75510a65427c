extension Catalogue {
  /// The journal file: its lock, its tail, its lines and their chain.
  static func journal(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .journalExists:
      return (
        "a ledger already exists in {directory}; relief never overwrites a ledger",
        "{directory} 中已有账本；relief 从不覆盖已有账本"
      )
    case .journalLocked:
      return (
        "another relief process has held the lock on {path} for {waited} ms; try again when "
          + "it finishes (or raise RELIEF_LOCK_TIMEOUT_MS)",
        "另一个 relief 进程已占用 {path} 的锁 {waited} 毫秒；请等它结束后再试（或调大 RELIEF_LOCK_TIMEOUT_MS）"
      )
    case .journalTornTail:
      return (
        "the journal in {directory} ends with {bytes} bytes of an unfinished batch (a crash "
          + "during an append); run 'relief verify' and then 'relief recover'",
        "{directory} 中的账本文件末尾有 {bytes} 字节未写完的一批（记账时中断）；"
          + "请先运行 relief verify，再运行 relief recover"
      )
    case .journalLineTooLong:
      return (
        "line {line} at byte {offset} is longer than {max} bytes",
        "第 {line} 行（第 {offset} 字节起）超过 {max} 字节"
      )
    case .journalSomeLineTooLong:
      return ("a line at byte {offset} is longer than {max} bytes", "第 {offset} 字节起的一行超过 {max} 字节")
    case .journalTailChanged:
      return (
        "the journal in {directory} changed while recovering; run 'relief verify' again",
        "恢复期间 {directory} 中的账本文件发生了变化；请重新运行 relief verify"
      )
    case .ledgerDoesNotVerify:
      return (
        "the ledger does not verify: line {line}{seq}, byte offset {offset}: {reason} ({code}); "
          + "nothing was used from it: run 'relief verify' and compare with a published copy "
          + "or checkpoint",
        "账本未通过核验：第 {line} 行{seq}，字节偏移 {offset}：{reason}（{code}）；其中的内容一概未用："
          + "请运行 relief verify，并与公开的副本或检查点比对"
      )
    case .ledgerDoesNotVerifySeq: return (", seq {seq}", "（序号 {seq}）")
    case .lineCommitRejected: return ("commit rejected: {reason}", "提交被拒：{reason}")
    case .lineEntryNotCanonical: return ("entry is not canonical: {reason}", "记录不是规范格式：{reason}")
    case .lineRuleBroken: return ("rule broken: {reason}", "违反规则：{reason}")
    default: return ("", "")
    }
  }

  /// A broken hash chain, as `relief verify` reports it.
  static func chain(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .chainNotCanonical: return ("line is not canonical: {reason}", "该行不是规范格式：{reason}")
    case .chainSeqOutOfOrder:
      return (
        "sequence number out of order: expected {expected}, found {found}",
        "序号不连续：应为 {expected}，实际为 {found}"
      )
    case .chainBroken:
      return (
        "hash chain broken: the line before no longer hashes to this line's prev (the line "
          + "before was altered, or this prev was)",
        "哈希链断裂：上一行的哈希与本行记录的 prev 不符（上一行或本行的 prev 被改动过）"
      )
    case .chainTimeBackwards:
      return (
        "append time went backwards: expected {expected}, found {found}",
        "记账时间倒退：应为 {expected}，实际为 {found}"
      )
    case .chainTimeInBatch:
      return (
        "append time changed within a batch: expected {expected}, found {found}",
        "同一批内记账时间不一致：应为 {expected}，实际为 {found}"
      )
    case .chainCommitCount:
      return (
        "commit closes a different number of entries: expected {expected}, found {found}",
        "提交行记录的笔数不符：应为 {expected}，实际为 {found}"
      )
    default: return ("", "")
    }
  }
}
