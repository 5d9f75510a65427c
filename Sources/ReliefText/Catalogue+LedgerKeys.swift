extension Catalogue {
  /// Why a commit's signing key may not append what the commit holds.
  static func ledgerKeys(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .keyUnsigned:
      return (
        "the commit is unsigned (ledgers from before signed commits must be rebuilt)",
        "这次提交没有签名（启用签名提交以前的账本须重建）"
      )
    case .keyPartlySigned:
      return (
        "the commit has only one of signer and sig: both are needed (or, for an unsigned "
          + "commit, neither)",
        "这次提交只有 signer 和 sig 中的一项：两项都要有（不签名的提交则两项都不要）"
      )
    case .keyUnknownSigner:
      return (
        "the commit is signed by '{id}', which is not a registered key", "这次提交由“{id}”签名，但它不是已登记的密钥"
      )
    case .keyRevokedSigner:
      return (
        "the commit is signed by '{id}', which was revoked at seq {seq}",
        "这次提交由“{id}”签名，但这把密钥已在序号 {seq} 吊销"
      )
    case .keyBadSignature:
      return (
        "the signature of '{id}' does not verify: the commit line was altered or forged",
        "“{id}”的签名验证不通过：提交行被改动过或是伪造的"
      )
    case .keyNotEntitled:
      return (
        "key '{id}' ({role}) may not append seq {seq}: {reason}",
        "密钥“{id}”（{role}）无权记入序号 {seq}：{reason}"
      )
    case .keyNotEntitledOfUnion:
      return (
        "key '{id}' ({role} of union '{union}') may not append seq {seq}: {reason}",
        "密钥“{id}”（工会“{union}”的{role}）无权记入序号 {seq}：{reason}"
      )
    case .scopeAuditorAppendsNothing:
      return ("auditor keys append no entries", "审计密钥不能记账（它只用于联署检查点）")
    case .scopeReviewerAppendsNothing:
      return (
        "reviewer keys append no entries of their own; they approve a maker's proposal",
        "复核人密钥不能自己记账，只能审批制单人提交的提案"
      )
    case .scopeAdminOnly:
      return ("only administrators append {kind} entries", "只有管理员才能记入{kind}记录")
    case .scopeNoUnion: return ("no union", "没有所属工会")
    case .scopeOutsideSubtree:
      return (
        "union '{union}' is outside the subtree of '{root}'", "工会“{union}”不属于“{root}”本级及其下级工会"
      )
    case .scopeCheckerNotReviewer:
      return (
        "the checker of a made batch must be a reviewer key, not {role}",
        "复核制单记录的必须是复核人密钥，不能是{role}"
      )
    case .scopeReviewerKind:
      return (
        "a reviewer of union '{root}' does not check {kind} entries", "工会“{root}”的复核人不复核{kind}记录"
      )
    default: return ledgerReview(id)
    }
  }

  /// Why a batch made by one key (制单) and checked by another (复核) is refused.
  private static func ledgerReview(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .reviewRequiredAbove:
      return (
        "the batch moves {amount} yuan in the subtree of union '{union}', above its review "
          + "threshold of {threshold} yuan: stage it (--stage) and have a reviewer approve it "
          + "(relief approve)",
        "这批记录在工会“{union}”本级及下级中涉及 {amount} 元，超过了须经复核的限额 {threshold} 元："
          + "请先制单暂存（--stage），再由复核人审批（relief approve）"
      )
    case .reviewMalformedMaker:
      return ("the commit's maker fields are malformed: {reason}", "提交中的制单人字段格式不对：{reason}")
    case .reviewMakerIsChecker:
      return (
        "key '{id}' both made and checked the batch: the checker must be another key",
        "密钥“{id}”既制单又复核了这批记录：复核须由另一把密钥进行"
      )
    case .reviewCheckerRefused:
      return ("key '{id}' may not check this batch: {reason}", "密钥“{id}”无权复核这批记录：{reason}")
    case .reviewUnknownMaker:
      return (
        "the batch was made by '{id}', which is not a registered key", "这批记录由“{id}”制单，但它不是已登记的密钥"
      )
    case .reviewRevokedMaker:
      return (
        "the batch was made by '{id}', which was revoked at seq {seq}",
        "这批记录由“{id}”制单，但这把密钥已在序号 {seq} 吊销"
      )
    case .reviewBadMakerSignature:
      return (
        "the maker signature of '{id}' does not verify over the batch's entries: they were "
          + "altered after the maker signed them",
        "制单人“{id}”的签名与这批记录对不上：记录在制单人签名之后被改动过"
      )
    case .reviewMakerNotEntitled:
      return ("the maker '{id}' may not append this batch: {reason}", "制单人“{id}”无权记入这批记录：{reason}")
    case .reviewMakerSignatureReused:
      return (
        "a batch signed by maker '{id}' with this very signature was committed before",
        "制单人“{id}”的同一个签名此前已经提交过一批记录，不能再用"
      )
    default: return ("", "")
    }
  }
}
