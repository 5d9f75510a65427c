extension Catalogue {
  /// What `relief checkpoint` (and its `cosign`) and `relief prove` say.
  static func commandsCheckpoint(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .checkpointNotAdmin:
      return (
        "key {key} is not an active administrator key of the ledger", "密钥 {key} 不是本账本现行有效的管理员密钥"
      )
    case .checkpointNotGrown:
      return ("the journal has not grown since checkpoint {size}", "自检查点 {size} 以来，账本没有新增内容")
    case .checkpointCannotSign: return ("cannot sign the checkpoint: {error}", "无法签署检查点：{error}")
    case .checkpointLatest: return ("the latest checkpoint", "最新的检查点")
    case .checkpointGiven: return ("the checkpoint", "所给的检查点")
    case .checkpointOtherOrigin:
      return ("{what} is for origin {origin}, not {ours}", "{what}属于来源 {origin}，不是 {ours}")
    case .checkpointLinesRemoved:
      return (
        "{what} covers {size} lines but the journal has only {count} committed lines: lines "
          + "were removed",
        "{what}涵盖 {size} 行，但账本只有 {count} 行已提交：有行被删掉了"
      )
    case .checkpointInconsistent:
      return (
        "the journal is not consistent with {what} (size {size}): its first {size} lines have a "
          + "different root; run 'relief verify --since' with that checkpoint to find the changed "
          + "line",
        "账本与{what}（大小 {size}）不一致：账本前 {size} 行的根哈希不同；请用该检查点运行 "
          + "relief verify --since，找出被改动的行"
      )
    case .proveNoCheckpoint:
      return (
        "no checkpoint at {path}: run 'relief checkpoint' first",
        "{path} 处没有检查点：请先运行 relief checkpoint"
      )
    case .proveSeqOutside:
      return (
        "seq {seq} is not in the checkpoint, which covers lines 0 to {last}; sign a newer one "
          + "with 'relief checkpoint'",
        "序号 {seq} 不在检查点之内（该检查点只涵盖序号 0 至 {last}）；请用 relief checkpoint 签署新的检查点"
      )
    case .proveLineUnreadable: return ("line {seq} cannot be read", "序号 {seq} 的行无法读取")
    case .receiptNoEntryLine: return ("the receipt has no entry line", "收据里没有记录行")
    default: return ("", "")
    }
  }

  /// What `relief checkpoint cosign` says.
  static func commandsCosign(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .cosignKeyInvalid: return ("cosigner key: {error}", "联署密钥：{error}")
    case .cosignNoCheckpoint:
      return (
        "no checkpoint to cosign: run 'relief checkpoint' first", "没有可联署的检查点：请先运行 relief checkpoint"
      )
    case .cosignLatestInvalid: return ("the latest checkpoint: {error}", "最新的检查点：{error}")
    case .cosignBadLine:
      return (
        "{path} has a line by {key} that is not its valid cosignature of that checkpoint; "
          + "remove that line, then cosign again",
        "{path} 中有一行署名为 {key}，但不是它对该检查点的有效联署；请删去这一行后重新联署"
      )
    case .cosignAlready:
      return ("{key} has already cosigned checkpoint {size}", "{key} 已经联署过检查点 {size}")
    case .cosignCannot: return ("cannot cosign: {error}", "无法联署：{error}")
    default: return ("", "")
    }
  }

  /// What `relief check-proof` and `relief note` say.
  static func commandsProof(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .receiptInvalid: return ("INVALID receipt: {error}", "收据无效：{error}")
    case .receiptEntryLineInvalid:
      return ("INVALID receipt: the entry line: {error}", "收据无效：记录行有误：{error}")
    case .receiptSeqMismatch:
      return (
        "INVALID receipt: the entry line has seq {seq} but the proof is for seq {index} (line "
          + "{line})",
        "收据无效：记录行的序号是 {seq}，而证明针对的是序号 {index}（第 {line} 行）"
      )
    case .receiptValid:
      return (
        "valid: {entry} is line {line} of the ledger {origin} whose checkpoint of size {size}, "
          + "root {root}, {signed}",
        "有效：{entry}是账本 {origin} 的第 {line} 行，该账本大小为 {size}、根哈希为 {root} 的检查点{signed}"
      )
    case .receiptSignedBy: return ("is signed by {keys}", "由 {keys} 签署")
    case .receiptCosignedOnly:
      return (
        "is cosigned; the ledger's own signature was not checked (no ledger key given)",
        "已获联署；未给出账本公钥，没有核验账本自己的签名"
      )
    case .receiptCosignedBy:
      return (
        "cosigned by {key} at {time}: this cosigner saw this checkpoint as the ledger's newest, "
          + "consistent with the ones it saw before",
        "{key} 于 {time} 联署：该联署方见到此检查点时，它是账本最新的检查点，且与联署方此前见过的一致"
      )
    case .receiptOtherSignatures:
      return (
        "other signatures, not checked (keys not given): {keys}", "其他签名未核验（未给出其公钥）：{keys}"
      )
    case .receiptCommitLine: return ("the commit line seq {seq}", "序号 {seq} 的提交行")
    case .receiptOtherLine: return ("the line seq {seq} (kind {kind})", "序号 {seq} 的行（类型 {kind}）")
    case .receiptEntry: return ("entry seq {seq} ({words})", "序号 {seq} 的记录（{words}）")
    case .receiptYuan: return ("{amount} yuan", "{amount} 元")
    case .receiptUnion: return ("union {union}", "工会 {union}")
    case .receiptProgram: return ("program {program}", "资金项目 {program}")
    default: return ("", "")
    }
  }

  /// What `relief note` says.
  static func commandsNote(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .noteCannotSign: return ("cannot sign: {error}", "无法签署：{error}")
    case .noteInvalid: return ("INVALID note: {error}", "签名文本无效：{error}")
    case .noteVerified: return ("verified: {key}", "已核验：{key}")
    case .noteVerifiedCosignature:
      return ("verified: {key} (cosignature of {time})", "已核验：{key}（{time} 的联署）")
    default: return ("", "")
    }
  }
}
