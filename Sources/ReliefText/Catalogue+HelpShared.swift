extension Catalogue {
  /// Options that several commands take, described once.
  static func helpShared(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .optionSigningKey:
      return (
        "your private key file, made by 'relief keys generate'\n(default: $RELIEF_KEY)",
        "您的私钥文件，由 relief keys generate 生成\n（默认：$RELIEF_KEY）"
      )
    case .optionSigner:
      return (
        "the same as --key (for 'append key', whose --key is the\nkey being registered)",
        "与 --key 相同（append key 时 --key 是要登记的公钥，\n签名私钥用此项给出）"
      )
    case .optionStage:
      return (
        "commit nothing: sign as maker (制单) and leave a proposal\nfor a reviewer to approve",
        "不提交：以制单人身份签名，留作待审批的提案，\n由复核人用 relief approve 提交"
      )
    case .optionJSON:
      return ("print the result as JSON (amounts in fen)", "以 JSON 输出结果（金额单位为分）")
    default: return ("", "")
    }
  }
}
