extension Catalogue {
  static func listing(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .logSeq: return ("seq", "序号")
    case .logDate: return ("date", "日期")
    case .logKind: return ("kind", "类型")
    case .logUnion: return ("union", "工会")
    case .logProgram: return ("program", "资金项目")
    case .logAmount: return ("amount", "金额")
    case .logDetails: return ("details", "摘要")
    case .logFrom: return ("from {who}", "来自 {who}")
    case .logTo: return ("to {who}", "付给 {who}")
    case .logReverses: return ("reverses seq {seq} ({kind})", "冲销序号 {seq}（{kind}）")
    case .logPaysCommitment: return ("pays commitment seq {seq}", "兑现承诺序号 {seq}")
    case .publishDone:
      return (
        "published {lines} lines to {out}: {written} files written ({bytes} bytes), {kept} "
          + "already in place; checkpoint written last",
        "已发布 {lines} 行到 {out}：写入 {written} 个文件（{bytes} 字节），{kept} 个已存在；"
          + "检查点最后写入"
      )
    default: return ("", "")
    }
  }
}
