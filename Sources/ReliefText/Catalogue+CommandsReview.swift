extension Catalogue {
  /// What staging, `relief review`, `relief approve` and `relief roster` say.
  static func commandsReview(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .proposalMissing:
      return (
        "nothing was written: there is no proposal {id} ({path}): it was approved already (its "
          + "batch is in 'relief log') or never staged",
        "没有写入任何内容：找不到提案 {id}（{path}）；它已经审批提交（relief log 中可查到这批记录），"
          + "或者从未提交待审"
      )
    case .proposalUnreadable:
      return ("nothing was written: {path}:{line}: {reason}", "没有写入任何内容：{path}:{line}：{reason}")
    case .proposalBusy:
      return (
        "nothing was written: proposal {id} is being approved by another process ({path} is "
          + "locked); once it finishes, 'relief log' shows its batch",
        "没有写入任何内容：提案 {id} 正由另一个进程审批（{path} 已锁定）；审批完成后，relief log 中可看到这批记录"
      )
    case .proposalJustApproved:
      return (
        "nothing was written: proposal {id} was approved by another process just now (its "
          + "batch is in 'relief log')",
        "没有写入任何内容：提案 {id} 刚刚已由另一个进程审批提交（relief log 中可查到这批记录）"
      )
    case .stagedOne:
      return (
        "staged 1 entry made by {maker} in {path}; a reviewer commits it with: relief approve "
          + "{id} --key REVIEWER_KEY",
        "已把制单人 {maker} 的 1 笔记录提交待审，存于 {path}；复核人用以下命令审批提交："
          + "relief approve {id} --key 复核人私钥文件"
      )
    case .stagedMany:
      return (
        "staged {count} entries made by {maker} in {path}; a reviewer commits them with: "
          + "relief approve {id} --key REVIEWER_KEY",
        "已把制单人 {maker} 的 {count} 笔记录提交待审，存于 {path}；复核人用以下命令审批提交："
          + "relief approve {id} --key 复核人私钥文件"
      )
    case .reviewRefused:
      return (
        "proposal {id} is not verified: do not approve it\n{problems}",
        "提案 {id} 未通过核验：请勿审批\n{problems}"
      )
    case .rosterInvalid: return ("roster invalid: {count} problem(s)", "名册无效：{count} 处问题")
    case .rosterValid:
      return (
        "roster valid: {count} payment(s) to people, each with its record",
        "名册有效：付给个人的款项共 {count} 笔，每笔都有对应的名册记录"
      )
    default: return ("", "")
    }
  }

  /// The lines of `relief review`'s account of a proposal.
  static func commandsReviewOutput(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .reviewProposal: return ("proposal {id} ({path})", "提案 {id}（{path}）")
    case .reviewOrigin: return ("origin: {origin}", "来源：{origin}")
    case .reviewMaker: return ("maker: {key}", "制单人：{key}")
    case .reviewSource: return ("source: {source}", "出处：{source}")
    case .reviewDigest: return ("digest signed by the maker: {digest}", "制单人签署的摘要：{digest}")
    case .reviewEntries:
      return ("entries: {count}, not yet checked against the ledger", "记录：{count} 笔，尚未与账本核对")
    case .reviewLedgerOriginMatches: return ("ledger origin: matches", "账本来源：一致")
    case .reviewLedgerOriginDiffers:
      return ("ledger origin: '{origin}', not the proposal's", "账本来源：“{origin}”，与提案的不同")
    case .reviewMakerKey: return ("maker key: {status}", "制单人密钥：{status}")
    case .reviewMakerKeyUnknown: return ("not registered in this ledger", "未在本账本登记")
    case .reviewMakerKeyRegistered:
      return (
        "registered at seq {seq} as {role}{scope}, {revoked}",
        "于序号 {seq} 登记为 {role}{scope}，{revoked}"
      )
    case .reviewMakerKeyScope: return (" of union '{union}'", "（工会“{union}”）")
    case .reviewMakerKeyRevoked: return ("revoked at seq {seq}", "已于序号 {seq} 吊销")
    case .reviewMakerKeyNotRevoked: return ("not revoked", "未吊销")
    default: return ("", "")
    }
  }

  /// The signature, people and status lines of `relief review`.
  static func commandsReviewStatus(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .reviewSignature: return ("maker signature: {status}", "制单人签名：{status}")
    case .reviewSignatureVerifies:
      return (
        "verifies over these entries with the maker's registered key", "用制单人登记的公钥核验这些记录，签名有效"
      )
    case .reviewSignatureFails:
      return ("DOES NOT VERIFY over these entries", "对这些记录核验不通过")
    case .reviewSignatureUnknownKey:
      return ("not checked: no registered key has the maker's id", "未核验：没有登记的公钥与制单人的编号相符")
    case .reviewPeople:
      return (
        "people: {payments} to people, {records} carried for the roster (names and ID numbers "
          + "not shown)",
        "个人：付给个人的款项 {payments}，随附名册记录 {records}（姓名和身份证号不显示）"
      )
    case .reviewPaymentOne: return ("1 payment", "1 笔")
    case .reviewPaymentMany: return ("{count} payments", "{count} 笔")
    case .reviewRecordOne: return ("1 record", "1 条")
    case .reviewRecordMany: return ("{count} records", "{count} 条")
    case .reviewVerified:
      return (
        "status: verified; 'relief approve' checks every entry against the ledger again",
        "状态：已核验；relief approve 审批时会再次逐笔与账本核对"
      )
    case .reviewNotVerified: return ("status: NOT VERIFIED: do not approve it", "状态：未通过核验：请勿审批")
    case .reviewProblem: return ("problem: {problem}", "问题：{problem}")
    case .reviewPays: return ("pays {who}", "付给 {who}")
    default: return ("", "")
    }
  }
}
