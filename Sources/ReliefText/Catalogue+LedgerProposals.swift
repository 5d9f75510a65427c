extension Catalogue {
  /// A staged proposal (制单) that cannot be read or approved (审批).
  static func ledgerProposals(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .proposalOtherLedger:
      return (
        "it was staged for the ledger '{origin}', not this one ('{ledger}')",
        "它是为账本“{origin}”制单的，不是这个账本（“{ledger}”）"
      )
    case .proposalMakerRevoked:
      return ("the maker's key {id} was revoked at seq {seq}", "制单人的密钥 {id} 已在序号 {seq} 吊销")
    case .proposalSignatureFails:
      return (
        "the maker's signature does not verify over these entries with the key {id}: the file "
          + "was altered after the maker signed it, or signed elsewhere",
        "用密钥 {id} 验证制单人对这些记录的签名不通过：文件在制单签名后被改动过，或是在别处签的名"
      )
    case .proposalPeopleAltered:
      return (
        "the people lines are not as the maker signed them (people_sig): a name, ID number or "
          + "bank card was altered after staging",
        "人员行与制单人签名（people_sig）时的不一致：制单后有姓名、身份证号或银行卡号被改动过"
      )
    case .proposalPeopleAlteredBy:
      return (
        "the people lines are not as the maker {id} signed them (people_sig): a name, ID number "
          + "or bank card was altered after staging",
        "人员行与制单人 {id} 签名（people_sig）时的不一致：制单后有姓名、身份证号或银行卡号被改动过"
      )
    case .proposalMakerUnknown:
      return ("the maker {id} is not a key registered in this ledger", "制单人 {id} 不是本账本登记过的密钥")
    case .proposalAlreadyCommitted:
      return (
        "a committed batch already carries this maker signature: it was approved",
        "已提交的批次中已有这个制单签名：这份提案已经审批过了"
      )
    case .proposalApprovedAlready:
      return (
        "this proposal was approved already: a committed batch carries its maker signature "
          + "(see 'relief log')",
        "这份提案已经审批过了：已提交的批次中有它的制单签名（见 relief log）"
      )
    case .proposalNothingToStage: return ("there is nothing to stage", "没有可以制单暂存的记录")
    case .makerEmpty: return ("maker is empty", "制单人（maker）是空的")
    case .makerSignatureMalformed:
      return (
        "maker_sig is not the base64 of a 64-byte Ed25519 signature",
        "maker_sig 不是 64 字节 Ed25519 签名的 base64 编码"
      )
    default: return ledgerProposalFile(id)
    }
  }

  /// The lines of a proposal file.
  private static func ledgerProposalFile(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .proposalLine: return ("line {line}: {reason}", "第 {line} 行：{reason}")
    case .proposalNoFinalNewline:
      return ("the file does not end in a newline", "文件没有以换行符结尾（可能没有存完整）")
    case .proposalFileEmpty: return ("the file is empty", "文件是空的")
    case .proposalLineCount:
      return (
        "entries is {entries} and people {people} but the file holds {lines} lines after the "
          + "header",
        "文件头写的是 {entries} 笔记录、{people} 条人员行，但文件头之后有 {lines} 行"
      )
    case .proposalBadEntry: return ("not a canonical entry: {error}", "不是规范格式的记录：{error}")
    case .proposalBadPeopleLine: return ("not a people line: {reason}", "不是人员行：{reason}")
    case .proposalPeopleOrder:
      return (
        "people lines must name their entries in increasing order", "人员行须按记录编号从小到大排列"
      )
    case .proposalHeaderMembers:
      return (
        "the header must be {members} (people, from 1, and people_sig before source when the "
          + "proposal pays people)",
        "文件头须依次为 {members}（提案支付给个人时，在 source 之前还要有 people（从 1 起）和 people_sig）"
      )
    case .peopleNoSuchEntry:
      return (
        "a people record names entry #{number}, which does not exist",
        "有一条人员记录指向第 {number} 笔记录，但没有这笔记录"
      )
    case .peoplePersonForNoPayee:
      return (
        "the proposal carries a person for entry #{number}, which pays no person: its people "
          + "section was altered after the maker staged it",
        "提案为第 {number} 笔记录附了个人信息，但这笔记录并不支付给个人：人员部分在制单后被改动过"
      )
    case .peopleMissingRecord:
      return (
        "entry #{number} pays {payee} but the proposal carries no record of who (name and ID "
          + "number): a payment to a person is committed only with its roster record; stage "
          + "it again",
        "第 {number} 笔记录支付给 {payee}，但提案中没有此人的姓名和身份证号：支付给个人的记录须连同名册记录一起提交；"
          + "请重新制单"
      )
    case .peopleCommitmentDiffers:
      return (
        "the people record of entry #{number} (paying {payee}) does not give its "
          + "payee_commitment: the salt, name or ID number was altered after the maker staged it",
        "第 {number} 笔记录（支付给 {payee}）的人员记录与其 payee_commitment 对不上：制单后盐值、姓名或身份证号被改动过"
      )
    case .peopleNameDiffers:
      return (
        "the people record of entry #{number} has a name that does not mask to its payee "
          + "{payee}",
        "第 {number} 笔记录的人员记录中的姓名遮盖后不是收款人 {payee}"
      )
    case .peopleLineEntry:
      return (
        "a people line begins with entry, from 1 to {count}", "人员行须以 entry 开头，取值为 1 到 {count}"
      )
    case .peopleLineMembers:
      return (
        "members must be entry, salt (32 hex digits), name, person_id, bank_card?",
        "成员须依次为 entry、salt（32 位十六进制数字）、name、person_id，可选 bank_card"
      )
    default: return ("", "")
    }
  }

  /// The roster (名册) of the people paid, and reading the ledger's state.
  static func ledgerRoster(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .rosterNotCanonical: return ("not canonical JSON: {error}", "不是规范格式的 JSON：{error}")
    case .rosterMembers:
      return (
        "members must be seq, salt, name, person_id, bank_card?",
        "成员须依次为 seq、salt、name、person_id，可选 bank_card"
      )
    case .rosterFields:
      return ("a seq, a 32-hex-digit salt and a name", "须有序号（seq）、32 位十六进制的盐值（salt）和姓名（name）")
    case .peopleLineIDNumber:
      return ("person_id is not a canonical ID number", "person_id 不是规范写法的身份证号码")
    case .peopleLineBankCard:
      return ("bank_card is not 16 to 19 digits", "bank_card 不是 16 到 19 位数字")
    case .rosterIO: return ("roster: {error}", "名册：{error}")
    case .rosterLine: return ("roster line {line}: {reason}", "名册第 {line} 行：{reason}")
    case .rosterSeqRepeated:
      return (
        "roster line {line}: seq {seq} already has a record (line {first})",
        "名册第 {line} 行：序号 {seq} 已有一条记录（第 {first} 行）"
      )
    case .rosterRecordMissing:
      return (
        "seq {seq}: the payment to {payee} has no roster record", "序号 {seq}：支付给 {payee} 的款项在名册中没有记录"
      )
    case .rosterNameDiffers:
      return (
        "roster line {line}: seq {seq}: the name masked is '{masked}', the journal's payee is "
          + "'{payee}'",
        "名册第 {line} 行：序号 {seq}：姓名遮盖后是“{masked}”，而账本中的收款人是“{payee}”"
      )
    case .rosterCommitmentDiffers:
      return (
        "roster line {line}: seq {seq}: the commitment of salt, name and ID number is {found}, "
          + "the journal's payee_commitment is {expected}",
        "名册第 {line} 行：序号 {seq}：由盐值、姓名和身份证号算出的承诺值是 {found}，"
          + "而账本中的 payee_commitment 是 {expected}"
      )
    case .rosterNotAPayment:
      return (
        "roster line {line}: seq {seq} is not a payment to a person in the journal",
        "名册第 {line} 行：账本中序号 {seq} 不是支付给个人的款项"
      )
    case .stateLineUnreadable:
      return (
        "journal line {line} cannot be read: {reason}; run 'relief verify' for a full diagnosis",
        "账本第 {line} 行读不出来：{reason}；请运行 relief verify 全面检查"
      )
    case .stateLineCutShort: return ("the line is cut short", "这一行不完整（被截断了）")
    case .verifyJournalEmpty: return ("the journal is empty", "账本是空的")
    case .verifyLastLineCut:
      return (
        "the last line was cut short (a crash while appending)", "最后一行不完整（记账时程序中断了）"
      )
    case .verifyBatchUncommitted:
      return (
        "the last batch has no commit line (a crash while appending)", "最后一批记录没有提交行（记账时程序中断了）"
      )
    default: return ("", "")
    }
  }
}
