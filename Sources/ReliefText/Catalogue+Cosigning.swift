extension Catalogue {
  /// A cosigner's memory of what it cosigned, and signature quorums.
  static func cosigning(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .memoryDamaged:
      return (
        "{path} is not {cosigner}'s memory of what it cosigned for {origin}: it was damaged "
          + "or edited; restore it from a backup (removing it would let this key be made to "
          + "cosign a second history)",
        "{path} 不是 {cosigner} 对 {origin} 联署记录的存档：文件已损坏或被修改；请从备份恢复"
          + "（删除它会让这把私钥可能被诱导去联署另一段历史）"
      )
    case .memoryUnwritable:
      return (
        "cannot keep {cosigner}'s memory of what it cosigned in {directory}: {reason}; nothing "
          + "was cosigned (give --state DIR with a directory you can write)",
        "无法在 {directory} 保存 {cosigner} 的联署记录：{reason}；未联署任何内容"
          + "（请用 --state 目录 指定一个可写的目录）"
      )
    case .cosignSmaller:
      return (
        "is smaller: cosigning it would take back lines already vouched for",
        "行数更少：联署它就等于收回已经担保过的行"
      )
    case .cosignSplitView:
      return (
        "has the same size with another root: a second history (a split view)",
        "行数相同但根哈希不同：这是另一段历史（分叉视图）"
      )
    case .cosignNotExtending:
      return (
        "does not extend it: the journal's first {size} lines have root {root}; history was "
          + "rewritten",
        "不是在其基础上增加：账本文件前 {size} 行的根哈希为 {root}；历史被改写了"
      )
    case .cosignRefused:
      return (
        "refusing to cosign: {cosigner} last cosigned {origin} at size {size}, root {root} "
          + "(remembered in {path}), and the latest checkpoint, size {newSize}, root {newRoot}, "
          + "{reason}; nothing was written",
        "拒绝联署：{cosigner} 上次联署 {origin} 时为 {size} 行，根哈希 {root}（记录在 {path}），"
          + "而最新检查点（{newSize} 行，根哈希 {newRoot}）{reason}；未写入任何内容"
      )
    case .quorumRange:
      return (
        "--quorum must be a whole number from 1 to {count} (the number of keys given with "
          + "--key), not '{value}'",
        "--quorum 须为 1 到 {count} 的整数（即 --key 给出的公钥数），而不是“{value}”"
      )
    case .quorumNoSignatureOne:
      return ("no signature by the given key {keys}", "没有所给公钥 {keys} 的签名")
    case .quorumNoSignatureMany:
      return ("no signatures by the given keys {keys}", "没有所给公钥 {keys} 的签名")
    case .quorumExplicit:
      return (
        "; --quorum {required} needs {required} of the {count} given keys, {signed} signed",
        "；--quorum {required} 要求所给 {count} 个公钥中有 {required} 个签名，实际 {signed} 个"
      )
    case .quorumEveryKey:
      return (
        "; every key given with --key must have signed (--quorum N accepts N of them)",
        "；--key 给出的每个公钥都必须签名（用 --quorum N 可只要求其中 N 个）"
      )
    case .quorumMissingAll: return ("; missing: {keys}", "；缺少：{keys}")
    case .quorumMetWithout:
      return (
        "not signed by {keys}; --quorum {required} of the {count} given keys is met",
        "{keys} 没有签名；所给 {count} 个公钥中 {required} 个签名的要求（--quorum）已满足"
      )
    default: return ("", "")
    }
  }
}
