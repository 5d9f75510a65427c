extension Catalogue {
  /// The journal's Merkle tree, its node cache and the published tiles.
  static func transparency(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .tileCannotWrite: return ("cannot write {path}: {reason}", "无法写入 {path}：{reason}")
    case .tileCannotRename:
      return ("cannot rename {from} to {to}: errno {code}", "无法把 {from} 重命名为 {to}：错误码 {code}")
    case .tileForeign:
      return (
        "{path} is already published and differs from this ledger's ({reason}): publish into "
          + "a new directory, or find out who wrote it; nothing was changed",
        "{path} 已经发布过，且与本账本的不同（{reason}）：请发布到新的目录，或查明是谁写入的；"
          + "未做任何改动"
      )
    case .tileBytesDiffer: return ("its bytes differ", "内容不同")
    case .treeLineNotVerified:
      return (
        "line {line} is not the line that was verified: run 'relief verify'",
        "第 {line} 行不是先前核验过的那一行：请运行 relief verify"
      )
    case .treeUnreadable: return ("cannot read the journal's tree", "无法读取账本文件的哈希树")
    case .journalUnreadable: return ("cannot read the journal: {reason}", "无法读取账本文件：{reason}")
    case .treeNoGenesis:
      return (
        "the journal has no committed genesis entry with an origin",
        "账本文件中没有已提交的、带来源名的创始记录"
      )
    case .nodeCacheUnwritable:
      return ("cannot update the node cache: {reason}", "无法更新哈希节点缓存：{reason}")
    case .nodeCacheUnreadable:
      return ("cannot read {path}; delete it to rebuild", "无法读取 {path}；删除它即可重建")
    case .ledgerChanged:
      return (
        "the journal's first {size} lines are no longer the lines verified earlier: committed "
          + "lines were changed since; nothing was used from them: run 'relief verify' and "
          + "compare with a published copy or checkpoint",
        "账本文件前 {size} 行已不是先前核验过的内容：已提交的行在此后被改动；其中的内容一概未用："
          + "请运行 relief verify，并与公开的副本或检查点比对"
      )
    default: return ("", "")
    }
  }
}
