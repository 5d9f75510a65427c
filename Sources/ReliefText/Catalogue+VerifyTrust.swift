extension Catalogue {
  /// What `verify` says of the pin, `--since` and an overlong line.
  static func verifyTrust(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .verifyLineOverlong:
      return ("line {line} is longer than {max} bytes", "第 {line} 行超过 {max} 字节")
    case .verifySinceUncheckable:
      return ("the --since checkpoint could not be checked", "无法核对 --since 给出的检查点")
    case .verifySinceNotExtending:
      return (
        "the journal does not extend the checkpoint in {path}: {found}",
        "账本文件不是 {path} 中检查点的延续：{found}"
      )
    case .verifyNoGenesisToCompare:
      return (
        "the journal has no committed genesis entry to compare", "账本文件中没有可供比对的已提交创始记录"
      )
    case .verifyPinnedByPolicy:
      return (
        "pinned by {source}: the origin {origin} and the genesis administrator key {key} are "
          + "the policy's",
        "已按 {source} 核对：来源名 {origin} 和创始管理员公钥 {key} 与信任策略一致"
      )
    case .verifyPinnedByKeys:
      return (
        "pinned: the genesis administrator key {key} is one of the keys given with --key",
        "已核对：创始管理员公钥 {key} 是 --key 给出的公钥之一"
      )
    default: return ("", "")
    }
  }
}

extension Catalogue {
  /// What another process holding a lock is doing, for the lock message.
  static func lockHolders(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .holderWitnessing: return ("witnessing a checkpoint", "正在见证检查点")
    case .holderCosigning: return ("cosigning as {cosigner}", "正以 {cosigner} 的身份联署")
    case .holderCheckpoints: return ("updating the checkpoints", "正在更新检查点")
    case .receiptInvalidPrefix: return ("INVALID receipt: the checkpoint has ", "回执无效：检查点")
    case .noteInvalidPrefix: return ("INVALID note: it has ", "签名文件无效：其中")
    default: return ("", "")
    }
  }
}
