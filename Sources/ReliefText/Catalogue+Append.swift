extension Catalogue {
  static func appending(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .seqOne: return ("seq {seq}", "序号 {seq}")
    case .seqRange: return ("seqs {first}–{last}", "序号 {first}–{last}")
    case .appendedOne:
      return (
        "appended 1 entry as {seqs}, committed by seq {commit}", "已记入 1 笔（{seqs}），由序号 {commit} 提交"
      )
    case .appendedMany:
      return (
        "appended {count} entries as {seqs}, committed by seq {commit}",
        "已记入 {count} 笔（{seqs}），由序号 {commit} 提交"
      )
    case .appendedNothing: return ("appended nothing", "没有记入任何内容")
    case .skippedDuplicateLine:
      return (
        "line {line}: request_id '{id}' is already seq {seq}; skipped",
        "第 {line} 行：请求号“{id}”已是序号 {seq}，跳过"
      )
    case .importNothingNewOne:
      return (
        "nothing new: the one row of {file} is already in the ledger ({seqs})",
        "没有新内容：{file} 仅有的一行已记入账本（{seqs}）"
      )
    case .importNothingNewAll:
      return (
        "nothing new: all {count} rows of {file} are already in the ledger ({seqs})",
        "没有新内容：{file} 的全部 {count} 行都已记入账本（{seqs}）"
      )
    case .importSkippedOne:
      return (
        "skipped 1 row already in the ledger ({seqs})", "跳过 1 行已记入账本的记录（{seqs}）"
      )
    case .importSkippedMany:
      return (
        "skipped {count} rows already in the ledger ({seqs})",
        "跳过 {count} 行已记入账本的记录（{seqs}）"
      )
    case .nothingWrittenOneProblem:
      return ("nothing was written: 1 problem in the input", "没有写入任何内容：输入中有 1 处问题")
    case .nothingWrittenProblems:
      return (
        "nothing was written: {count} problems in the input", "没有写入任何内容：输入中有 {count} 处问题"
      )
    default: return ("", "")
    }
  }
}
