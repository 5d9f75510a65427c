extension Catalogue {
  /// Why a ledger is not the one a verifier trusts, and what its checkpoint amounts to.
  static func trustCheckpoint(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .trustOriginMismatch:
      return (
        "the ledger's origin is {origin}, but {source} trusts {trusted}",
        "账本的来源名是 {origin}，但 {source} 信任的是 {trusted}"
      )
    case .trustGenesisKeyNotPinned:
      return (
        "the genesis administrator key is not one you pinned: this history was signed from "
          + "the start by another key (a rewritten or different ledger)",
        "创始管理员公钥不是您指定的公钥：这段历史从一开始就由另一把私钥签名（账本被重写，或是另一个账本）"
      )
    case .trustCheckpointMissing:
      return (
        "{source} asks for {count} cosignatures, but the ledger has no checkpoint "
          + "('relief checkpoint', then 'relief checkpoint cosign')",
        "{source} 要求 {count} 个联署，但账本没有检查点（先运行 relief checkpoint，"
          + "再运行 relief checkpoint cosign）"
      )
    case .trustCheckpointMalformed:
      return ("{path} is not a signed checkpoint: {reason}", "{path} 不是已签名的检查点：{reason}")
    case .trustCheckpointBadSignature:
      return ("the latest checkpoint: {reason}", "最新检查点：{reason}")
    case .trustTooFewCosignatures:
      return (
        "the latest checkpoint has {count} of the {required} cosignatures {source} asks for",
        "最新检查点只有 {count} 个联署，{source} 要求 {required} 个"
      )
    case .trustNotSignedByPinnedKey:
      return (
        "the latest checkpoint is not signed by an administrator key of {source}",
        "最新检查点没有 {source} 中任何管理员公钥的签名"
      )
    case .trustCheckpointOtherLedger:
      return (
        "the latest checkpoint is for another ledger, {origin}",
        "最新检查点属于另一个账本：{origin}"
      )
    case .trustJournalUnreadable:
      return (
        "the journal cannot be checked against the checkpoint", "无法用检查点核对账本文件"
      )
    case .trustLinesRemoved:
      return (
        "the latest checkpoint covers {size} lines, but the journal has only {lines}: "
          + "committed lines were removed",
        "最新检查点涵盖 {size} 行，但账本文件只有 {lines} 行：已提交的行被删除了"
      )
    case .trustRootDiffers:
      return (
        "the journal's first {size} lines do not have the latest checkpoint's root: they "
          + "were changed after it was signed (find the line with 'relief verify --since')",
        "账本文件前 {size} 行的根哈希与最新检查点不符：签发检查点之后这些行被改动过"
          + "（用 relief verify --since 找出是哪一行）"
      )
    default: return ("", "")
    }
  }

  /// What a checked checkpoint amounts to, and a refusal as a whole.
  static func trustOutcome(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .trustCheckpointMet:
      return (
        "the latest checkpoint (size {size}, root {root}) is signed by {signers} and the "
          + "journal's first {size} lines have its root",
        "最新检查点（{size} 行，根哈希 {root}）由 {signers} 签名，账本文件前 {size} 行与其根哈希相符"
      )
    case .trustSigners:
      return (
        "{admins}, cosigned by {cosigners} ({required} required)",
        "{admins}，并由 {cosigners} 联署（要求 {required} 个）"
      )
    case .trustGenesisMissing:
      return (
        "the journal has no committed genesis entry; nothing was written",
        "账本文件中没有已提交的创始记录；未写入任何内容"
      )
    case .trustRefused:
      return ("{code}: {reason}; nothing was written", "{code}：{reason}；未写入任何内容")
    default: return ("", "")
    }
  }
}
