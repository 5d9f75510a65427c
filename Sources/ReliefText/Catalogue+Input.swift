extension Catalogue {
  static func input(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .issueField: return ("field '{field}': {reason}", "字段“{field}”：{reason}")
    case .fieldRequired: return ("is required", "必须填写")
    case .fieldRequiredForKind:
      return ("is required for {kind} entries", "{kind}记录必须填写此项")
    case .fieldNotForKind:
      return ("does not apply to {kind} entries", "{kind}记录不填此项")
    case .notMoreThanZero: return ("must be more than zero (got {value})", "必须大于零（填的是 {value}）")
    case .notWholeNumber: return ("'{value}' is not a whole number", "“{value}”不是整数")
    case .notOneOf: return ("'{value}' is not one of: {known}", "“{value}”不是以下之一：{known}")
    default: return ("", "")
    }
  }

  static func values(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .dateMalformed:
      return (
        "date {text} is not written as YYYY-MM-DD; use four-digit years and two-digit months "
          + "and days, e.g. 2020-03-01",
        "日期 {text} 的写法不对：请写成 2020-03-01、2020/3/1 或 2020年3月1日"
      )
    case .dateYearOutOfRange:
      return (
        "date has year {year}, but only years 1900 to 9999 are accepted",
        "日期的年份是 {year}，只能是 1900 到 9999 年"
      )
    case .dateMonthOutOfRange:
      return (
        "date has month {month}, but months run from 01 to 12", "日期的月份是 {month}，月份只能是 01 到 12"
      )
    case .dateNotInCalendar:
      return (
        "date \"{date}\" is not a calendar date ({month} {year} has {days} days)",
        "日期“{date}”不存在（{year}年{month}只有 {days} 天）"
      )
    case .periodMalformedMonth:
      return (
        "month {text} is not written as YYYY-MM; use a four-digit year and a two-digit month, "
          + "e.g. 2020-01",
        "月份 {text} 的写法不对：请写成 2020-01 或 2020年1月"
      )
    case .periodMalformed:
      return (
        "period {text} is not written as YYYY-MM or YYYY-MM..YYYY-MM; e.g. 2020-01 for one "
          + "month or 2020-01..2022-12 for a range",
        "所属期 {text} 的写法不对：一个月写 2020-01 或 2020年1月，一段时间写 2020-01..2022-12 或 "
          + "2020年1月至2022年12月"
      )
    case .periodYearOutOfRange:
      return (
        "period has year {year}, but only years 1900 to 9999 are accepted",
        "所属期的年份是 {year}，只能是 1900 到 9999 年"
      )
    case .periodMonthOutOfRange:
      return (
        "period has month {month}, but months run from 01 to 12", "所属期的月份是 {month}，月份只能是 01 到 12"
      )
    case .periodEndBeforeStart:
      return (
        "period \"{start}..{end}\" ends before it starts; put the earlier month first: "
          + "{end}..{start}",
        "所属期“{start}..{end}”的结束早于开始：请把较早的月份写在前面，写成 {end}..{start}"
      )
    default: return creditCodes(id)
    }
  }

  private static func creditCodes(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .creditCodeLength:
      return (
        "a unified social credit code has 18 characters, but this one has {count}; copy it "
          + "again from the business licence, without spaces",
        "统一社会信用代码应有 18 位，这里是 {count} 位：请照营业执照重新抄写，不要带空格"
      )
    case .creditCodeCharacter:
      return (
        "a unified social credit code cannot contain {character} (position {position}); "
          + "{hint}",
        "统一社会信用代码不能含有 {character}（第 {position} 位）：{hint}"
      )
    case .creditCodeCheck:
      return (
        "unified social credit code fails its check: the last character is \"{found}\" but "
          + "the first 17 characters call for \"{expected}\"; the code is probably mistyped, "
          + "so compare every character with the business licence",
        "统一社会信用代码校验不通过：最后一位是“{found}”，按前 17 位应为“{expected}”；"
          + "多半是抄错了，请对照营业执照逐位核对"
      )
    case .creditHintConfusable:
      return (
        "the letters I, O, S, V and Z are never used (I is probably 1, O is 0, Z is 2, S is 5)",
        "代码中不用字母 I、O、S、V、Z（I 多半是 1，O 是 0，Z 是 2，S 是 5）"
      )
    case .creditHintUppercase:
      return ("letters must be uppercase: write \"{upper}\"", "字母须大写：写作“{upper}”")
    case .creditHintSpace: return ("remove spaces and line breaks", "请删去空格和换行")
    case .creditHintAlphabet:
      return (
        "only digits and the letters ABCDEFGHJKLMNPQRTUWXY are used",
        "代码只由数字和字母 ABCDEFGHJKLMNPQRTUWXY 组成"
      )
    default: return ("", "")
    }
  }

  static func rules(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .ruleUnknownUnion:
      return (
        "union '{union}' is not registered (register it first with kind 'union')",
        "工会“{union}”尚未登记（请先用“工会登记”登记）"
      )
    case .ruleUnknownProgram:
      return (
        "program '{program}' is not registered (register it first with kind 'program')",
        "资金项目“{program}”尚未登记（请先用“资金项目登记”登记）"
      )
    case .ruleBalanceNegative:
      return (
        "balance of union '{union}' in program '{program}' is {balance} yuan, less than "
          + "{amount} yuan (no overdraft: money stays in its program)",
        "工会“{union}”在资金项目“{program}”中的结余为 {balance} 元，不足 {amount} 元"
          + "（不得透支：资金只在本项目内使用）"
      )
    case .ruleRefundExceedsDues:
      return (
        "refund of {amount} yuan exceeds the dues paid ({dues} yuan)",
        "返还 {amount} 元，超过了已缴经费（{dues} 元）"
      )
    case .ruleRefundOverlap:
      return (
        "business {code} already has a refund for {existing} (seq {seq}), which overlaps "
          + "{period}",
        "企业 {code} 已有 {existing} 的返还（序号 {seq}），与 {period} 重叠"
      )
    case .ruleDateInFuture:
      return (
        "date {date} is after the append date {appendDate} (China Standard Time)",
        "日期 {date} 晚于记账日期 {appendDate}（北京时间）"
      )
    default: return ("", "")
    }
  }
}
