extension Catalogue {
  /// A journal line that does not decode as an entry, and reading the journal.
  static func ledgerDecoding(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .decodeMember: return ("member '{member}' {reason}", "成员“{member}”{reason}")
    case .decodeMustBeString: return ("must be a string", "应当是字符串")
    case .decodeMustBeInteger: return ("must be an integer", "应当是整数")
    case .decodeMustBeObject: return ("must be an object", "应当是 JSON 对象")
    case .decodeMemberUnknown:
      return ("is unknown here or out of canonical order", "不该出现在这里，或不符合规范的成员顺序")
    case .decodeMemberMissingFound:
      return ("is missing or out of order (found '{found}')", "缺失或顺序不对（此处是“{found}”）")
    case .decodeMemberMissingAtEnd:
      return ("is missing or out of order (the line ends)", "缺失或顺序不对（这一行已经结束）")
    case .decodePayeeOrCounterparty:
      return ("a line has a payee or a counterparty", "一行只能有收款人（payee）或对方单位（counterparty）之一")
    case .decodeFormat: return ("is {format}; this relief reads 1", "是 {format}；本版 relief 只能读取 1")
    case .decodeNotKeyRole: return ("'{value}' is not a key role", "“{value}”不是密钥角色")
    case .decodePositiveFen: return ("must be a positive number of fen", "应当是以分为单位的正整数")
    case .decodeNotSubsidyCategory:
      return ("'{value}' is not a subsidy category", "“{value}”不是补贴类别")
    case .decodeNotDisbursementCategory:
      return ("'{value}' is not a disbursement category", "“{value}”不是支出类别")
    case .decodeNotReceiptCategory:
      return ("'{value}' is not a receipt category", "“{value}”不是收入类别")
    case .decodeNotAssumed: return ("'{value}' is not '{expected}'", "“{value}”不是“{expected}”")
    case .rowNotAssumed:
      return ("'{value}' is not '{expected}' (or 推定)", "“{value}”不是“{expected}”（也可写“推定”）")
    case .decodeMustBeSeq: return ("must be a seq (0 or more)", "应当是序号（0 或更大的整数）")
    case .decodePeriodNotCanonical:
      return ("is not canonical (write {period})", "写法不规范（应写作 {period}）")
    case .decodeNotEntryKind: return ("'{value}' is not an entry kind", "“{value}”不是记录类型")
    case .payeeNotMasked:
      return (
        "'{name}' is not a masked name (first character, '*'s, last)",
        "“{name}”不是遮盖过的姓名（应为首字、若干 '*'、末字）"
      )
    case .payeeCommitmentNotHex:
      return ("is not 64 lowercase hex digits", "不是 64 位小写十六进制数字")
    case .stateJournalChanged:
      return ("the journal changed while it was read", "读取账本的过程中账本被改动了")
    case .clockOutOfRange:
      return (
        "the clock reads {millis} ms since 1970, outside the years 1900 to 9999",
        "系统时钟读数为 1970 年以来 {millis} 毫秒，不在 1900 到 9999 年之间：请校准本机时间"
      )
    default: return ("", "")
    }
  }
}
