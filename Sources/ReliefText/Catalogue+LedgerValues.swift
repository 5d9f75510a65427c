extension Catalogue {
  /// An amount of yuan that cannot be read.
  static func ledgerAmounts(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .moneyEmpty:
      return (
        "amount is empty; enter a number of yuan such as 1234.56", "金额是空的：请填以元为单位的数字，如 1234.56"
      )
    case .moneyNegative:
      return (
        "amount {amount} is negative, but only zero or positive amounts are allowed here; "
          + "remove the minus sign",
        "金额 {amount} 是负数，这里只能填零或正数：请去掉负号（冲销请用“冲销”记录）"
      )
    case .moneyUnexpectedCharacter:
      return (
        "amount {amount} contains {character} at position {position}; {hint}",
        "金额 {amount} 的第 {position} 个字符是 {character}：{hint}"
      )
    case .moneyNoDigitsBeforePoint:
      return (
        "amount {amount} has no digits before the decimal point; write a leading zero, e.g. "
          + "0.5 instead of .5",
        "金额 {amount} 的小数点前没有数字：请补上 0，如把 .5 写成 0.5"
      )
    case .moneyNoDigits:
      return (
        "amount {amount} has no digits; enter a number of yuan such as 1234.56 or 19.87万",
        "金额 {amount} 里没有数字：请填以元为单位的数字，如 1234.56 或 19.87万"
      )
    case .moneyBadGrouping:
      return (
        "amount {amount} has misplaced thousands commas; commas must split the digits before "
          + "the decimal point into groups of three (1,234,567.89), or be left out",
        "金额 {amount} 的千分位逗号位置不对：逗号只能把小数点前的数字每三位隔开（如 1,234,567.89），"
          + "也可以不写逗号"
      )
    case .moneyNoFractionDigits:
      return (
        "amount {amount} ends its decimal point without digits; remove the point or add the "
          + "decimal places, e.g. 1 or 1.00",
        "金额 {amount} 的小数点后没有数字：请去掉小数点或补上小数，如 1 或 1.00"
      )
    case .moneyTooPreciseWan:
      return (
        "amount {amount} has more than six decimal places before 万 (smallest unit is "
          + "0.000001万 = 0.01 yuan)",
        "金额 {amount} 在“万”字前的小数超过六位（最小单位是 0.000001万，即 0.01 元）"
      )
    case .moneyTooPrecise:
      return (
        "amount {amount} has more than two decimal places (smallest unit is 0.01 yuan)",
        "金额 {amount} 的小数超过两位（最小单位是分，即 0.01 元）"
      )
    case .moneyOverflow:
      return (
        "amount {amount} is too large; amounts are limited to 92,233,720,368,547,758.07 yuan "
          + "either way",
        "金额 {amount} 太大：金额的绝对值不能超过 92,233,720,368,547,758.07 元"
      )
    default: return ledgerAmountHints(id)
    }
  }

  /// What to do about a character an amount cannot hold, and how a character is named.
  private static func ledgerAmountHints(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .moneyHintPlus: return ("leave out the plus sign", "请去掉加号")
    case .moneyHintMinus: return ("a minus sign may only come first", "负号只能写在最前面")
    case .moneyHintExponent:
      return ("write the amount in full digits, without an exponent", "请把金额的每位数字写全，不要用科学计数法")
    case .moneyHintPoint: return ("an amount has at most one decimal point", "一个金额最多只有一个小数点")
    case .moneyHintComma:
      return ("thousands commas may only appear before the decimal point", "千分位逗号只能写在小数点之前")
    case .moneyHintWan:
      return ("万 may only come last, right after the number", "“万”只能写在最后，紧跟在数字后面")
    case .moneyHintCurrency:
      return (
        "leave out currency signs and units; amounts are in yuan", "请去掉货币符号和单位：金额一律以元为单位"
      )
    case .moneyHintFullWidth:
      return (
        "use half-width (ASCII) digits and punctuation, not full-width ones",
        "请用半角（英文）数字和标点，不要用全角的"
      )
    case .moneyHintOther:
      return (
        "use only digits, one decimal point, thousands commas and an optional final 万",
        "只能用数字、一个小数点和千分位逗号，末尾可以加“万”"
      )
    case .characterSpace: return ("a space", "空格")
    case .characterControl: return ("the control character {code}", "控制字符 {code}")
    default: return ("", "")
    }
  }

  /// A field's text or count that the ledger does not accept.
  static func ledgerFields(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .fieldEmpty: return ("is empty", "不能为空")
    case .fieldTooManyCharacters: return ("is longer than {max} characters", "超过了 {max} 个字符")
    case .fieldTooManyBytes:
      return ("is longer than {max} bytes ({size})", "超过了 {max} 字节（有 {size} 字节）")
    case .fieldNotAnID:
      return (
        "'{text}' is not an id (use lowercase letters, digits, '.', '_' or '-', starting with "
          + "a letter or digit)",
        "“{text}”不能用作编号：只能用小写字母、数字和 '.'、'_'、'-'，并以字母或数字开头"
      )
    case .fieldCountRange:
      return (
        "must be a whole number from {minimum} to {max}, not {value}",
        "应为 {minimum} 到 {max} 之间的整数，填的是 {value}"
      )
    case .fieldNotPrintableASCII:
      return (
        "'{text}' must be printable ASCII without spaces", "“{text}”只能由半角的可见字符组成，不能有空格"
      )
    case .fieldNotVerifierKey:
      return (
        "is not a signed-note verifier key (<name>+<hash>+<base64>): {error}",
        "不是签名记录的验证公钥（格式为 <name>+<hash>+<base64>）：{error}"
      )
    case .fieldControlCharacter:
      return (
        "contains the control character {code} (no tab, newline or other control character: "
          + "U+0000 to U+001F, U+007F to U+009F)",
        "含有控制字符 {code}（不能有制表符、换行符或其他控制字符：U+0000 至 U+001F、U+007F 至 U+009F）"
      )
    case .fieldOuterSpaces: return ("has leading or trailing spaces", "开头或结尾有空格")
    case .marksNeedAmount:
      return ("needs an amount (a goods entry's value)", "须填了金额才能标注（物资记录即物资价值）")
    case .marksNeedBeneficiaries: return ("needs beneficiaries", "须填了受益人数才能标注")
    case .marksGoodsOnly: return ("applies to goods entries only", "只用于物资记录")
    default: return ledgerRows(id)
    }
  }

  /// The fields of one input row that go together, and the people a row pays.
  private static func ledgerRows(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .rowHeadcountAndBeneficiaries:
      return (
        "and {given} cannot both be given (headcount is beneficiaries in 人)",
        "不能与 {given} 同时填写（headcount 就是以“人”为单位的受益人数）"
      )
    case .rowUnitNeedsBeneficiaries: return ("is required with beneficiaries", "填了受益人数就必须填写")
    case .rowBeneficiariesNeedUnit: return ("is required with beneficiary_unit", "填了受益单位就必须填写")
    case .rowCommitmentBoth:
      return ("and commitment_request cannot both be given", "不能与 commitment_request 同时填写")
    case .rowReversesRequired:
      return ("or reverses_request is required for reversals", "冲销记录须填写此项或 reverses_request")
    case .rowReversesBoth:
      return ("and reverses_request cannot both be given", "不能与 reverses_request 同时填写")
    case .peopleIdentifierInPublicField:
      return (
        "looks like an ID/phone/bank-card number ('{masked}' masked); people's identifiers "
          + "never go into the journal: use person_id (kept in the roster)",
        "看起来是身份证号、手机号或银行卡号（遮盖后为“{masked}”）；个人证件号码一律不记入账本："
          + "请填在 person_id（身份证号）一栏，它只存于名册"
      )
    case .peopleRequiredToPay: return ("is required to pay a person", "支付给个人时必须填写")
    case .peopleNotForPersonPayment:
      return (
        "does not apply to a payment to a person (the journal shows the masked person_name as "
          + "payee)",
        "支付给个人时不填此项（账本中的收款人是遮盖后的 person_name）"
      )
    case .peopleNoSalt: return ("no random salt: {error}", "无法取得随机盐值：{error}")
    case .peopleNotIDNumber:
      return (
        "is not a PRC resident ID number ('{masked}' masked: 18 characters, the last a digit "
          + "or X, or the old 15 digits)",
        "不是居民身份证号码（遮盖后为“{masked}”）：应为 18 位，最后一位是数字或 X，或旧式的 15 位数字"
      )
    case .peopleIDWrongCheck:
      return (
        "'{masked}' masked has a wrong check character",
        "身份证号码（遮盖后为“{masked}”）的校验位不对，多半是抄错了，请对照证件逐位核对"
      )
    case .peopleNotBankCard:
      return (
        "is not a bank card number ('{masked}' masked: 16 to 19 digits)",
        "不是银行卡号（遮盖后为“{masked}”）：应为 16 到 19 位数字"
      )
    default: return ("", "")
    }
  }
}
