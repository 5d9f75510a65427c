extension Catalogue {
  /// The placeholders of values in the help and what follows a command's name.
  static func helpWords(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .placeholderKind: return ("KIND", "类型")
    case .placeholderYuan: return ("YUAN", "金额")
    case .placeholderCode: return ("CODE", "代码")
    case .placeholderDigits: return ("DIGITS", "卡号")
    case .placeholderUnit: return ("UNIT", "单位")
    case .placeholderMark: return ("MARK", "标记")
    case .placeholderRole: return ("ROLE", "角色")
    case .placeholderPeriod: return ("PERIOD", "月份")
    case .placeholderPolicy: return ("POLICY", "规则文件")
    case .placeholderSource: return ("SOURCE", "来源")
    case .placeholderHostPort: return ("HOST:PORT", "地址:端口")
    case .placeholderOriginKey: return ("ORIGIN=VERIFIER_KEY", "来源名=验证公钥")
    case .placeholderWitness: return ("URL=KEY", "网址=公钥")
    case .placeholderVerifierKey: return ("VERIFIER_KEY", "验证公钥")
    case .placeholderAnyKey: return ("KEY", "密钥")
    case .synopsisAppend: return ("KIND --FIELD VALUE …", "类型 --字段 值 …")
    case .synopsisKeys: return ("generate | show FILE", "generate | show 文件")
    case .synopsisNote: return ("sign TEXTFILE | verify FILE", "sign 文本文件 | verify 文件")
    case .helpCSVColumns: return ("also as a CSV column: {names}", "CSV 列名也可写作：{names}")
    default: return ("", "")
    }
  }

  /// The entry fields that say where money goes and how much.
  static func helpFieldsMoney(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .optionFieldKind:
      return ("the entry kind (the first argument of append)", "记录类型（append 的第一个参数）")
    case .optionFieldDate:
      return ("business date (registrations default to today)", "业务日期（登记类记录默认为当天）")
    case .optionFieldUnion:
      return ("acting union (payer; receiver for a receipt)", "经办工会（付款方；收入记录中为收款方）")
    case .optionFieldTo: return ("receiving union of an allocation", "下拨的接收工会")
    case .optionFieldProgram:
      return ("the fund the money or goods belong to", "资金或物资所属的资金项目")
    case .optionFieldAmount:
      return (
        "e.g. 1234.56, 1,234.56, 19.87万 (at most 0.01 yuan)",
        "单位为元，如 1234.56、1,234.56、19.87万（精确到分）"
      )
    case .optionFieldCounterparty: return ("donor, business or payee", "捐赠方、企业或收款人")
    case .optionFieldCounterpartyId:
      return (
        "refunds: unified social credit code (18 characters);\nothers: the counterparty's id, if any",
        "返还经费：统一社会信用代码（18 位）；\n其他：对方的编号（如有）"
      )
    case .optionFieldPersonName:
      return (
        "subsidy or disbursement to a person: full name\n(roster only; the journal shows it masked)",
        "补贴或支出给个人时：姓名\n（只记入名册；账本中脱敏显示）"
      )
    case .optionFieldPersonId:
      return (
        "the person's ID number (roster only; committed to)",
        "本人身份证号（只记入名册；账本中仅存其承诺值）"
      )
    case .optionFieldBankCard:
      return ("the card paid, optional (roster only)", "收款银行卡号，可不填（只记入名册）")
    case .optionFieldCategory:
      return (
        "receipt: {receiptCategories};\nsubsidy: {subsidyCategories};\n"
          + "disbursement: {disbursementCategories}",
        "收入：{receiptCategories}；\n补贴：{subsidyCategories}；\n支出：{disbursementCategories}"
      )
    case .optionFieldPeriod:
      return (
        "refund period; the months a commitment covers;\nclose: the last month closed (YYYY-MM)",
        "返还经费的所属期间；承诺覆盖的月份；\n结账：结账的最后一个月（YYYY-MM）"
      )
    case .optionFieldDuesPaid:
      return (
        "refund: union dues the business paid for the period", "返还经费：企业在该期间实缴的工会经费"
      )
    case .optionFieldPurpose: return ("commitment: what the money is for", "承诺：资金用途")
    default: return ("", "")
    }
  }

  /// The entry fields of goods, counts and marks.
  static func helpFieldsGoods(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .optionFieldItem:
      return ("goods kinds: what the goods are, e.g. 口罩", "物资类记录：物资名称，如 口罩")
    case .optionFieldQuantity:
      return ("goods kinds: how many, a whole number (1 or more)", "物资类记录：数量，正整数")
    case .optionFieldUnit:
      return ("goods kinds: what quantity counts:\n{units}", "物资类记录：数量的计量单位，为下列之一：\n{units}")
    case .optionFieldValue:
      return (
        "goods kinds: what the goods are worth, if stated\n(informational: moves no money)",
        "物资类记录：物资折合金额（如有）\n（仅供参考，不计入资金）"
      )
    case .optionFieldBeneficiaries:
      return (
        "subsidy, disbursement, goods distribution: how many\nwere reached; commitment: how many are to be",
        "补贴、支出、物资发放：受益人数（或户数等）；\n承诺：计划受益的数量"
      )
    case .optionFieldBeneficiaryUnit:
      return (
        "what beneficiaries counts:\n{beneficiaryUnits}", "受益数量的计量单位：{beneficiaryUnits}"
      )
    case .optionFieldHeadcount:
      return (
        "older sheets: read as beneficiaries in 人\n(a subsidy's 0: no count)",
        "旧表格用：按以“人”计的受益数量读取\n（补贴记 0 表示未统计）"
      )
    case .optionFieldAmountApprox:
      return (
        "the amount (goods: the value) is approximate,\nas the source says: {approximations}",
        "金额（物资为折合金额）为约数，\n按来源的说法：{approximations}"
      )
    case .optionFieldBeneficiariesApprox:
      return (
        "the beneficiaries count is approximate: {approximations}", "受益数量为约数：{approximations}"
      )
    case .optionFieldQuantityApprox:
      return (
        "goods kinds: the quantity is approximate: {approximations}",
        "物资类记录：数量为约数：{approximations}"
      )
    case .optionFieldDateBasis:
      return (
        "the date is assumed, not given by the source\n(shown as such to the public)",
        "日期系推定，来源未载明\n（公开时如实注明）"
      )
    default: return ("", "")
    }
  }

  /// The entry fields that refer to other entries and those of registrations.
  static func helpFieldsLinks(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .optionFieldCommitment:
      return (
        "refund, subsidy, disbursement: the commitment it\npays against",
        "返还经费、补贴、支出：所兑现承诺的序号"
      )
    case .optionFieldCommitmentRequest:
      return ("the same, named by the commitment's request_id", "同上，以该承诺的请求号指明")
    case .optionFieldReverses: return ("reversal: the entry to negate", "冲销：被冲销记录的序号")
    case .optionFieldReversesRequest:
      return ("the same, named by its request_id", "同上，以被冲销记录的请求号指明")
    case .optionFieldMemo: return ("a note", "备注")
    case .optionFieldRequestId:
      return (
        "unique per ledger; a repeated request id is skipped\nas a duplicate",
        "请求号，账本内唯一；重复的请求号视为重复提交而跳过"
      )
    case .optionFieldId:
      return ("union and program registration: the new id", "工会和资金项目登记：新编号")
    case .optionFieldName:
      return ("union and program registration: the display name", "工会和资金项目登记：显示名称")
    case .optionFieldParent: return ("union registration: the parent union", "工会登记：上级工会")
    case .optionFieldKey:
      return (
        "key entries: the verifier key; other kinds: your\nprivate key file (default: $RELIEF_KEY)",
        "登记或撤销公钥时：所登记或撤销的验证公钥；其他类型：\n您的私钥文件（默认：$RELIEF_KEY）"
      )
    case .optionFieldRole: return ("key entries: {roles}", "公钥登记：角色，{roles}")
    default: return ("", "")
    }
  }
}
