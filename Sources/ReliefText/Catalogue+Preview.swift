extension Catalogue {
  /// `disclose --preview`: what would be published, masked or withheld, and why.
  static func disclosurePreview(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .previewHead:
      return (
        "Preview of what 'relief disclose' (site HTML, JSON, CSV) and 'relief export --format "
          + "csv' publish; nothing was written.",
        "预览 relief disclose（网站页面、JSON、CSV）和 relief export --format csv 将公开的内容；"
          + "未写入任何文件。"
      )
    case .previewCounterparties: return ("Counterparties", "收付款方")
    case .previewTexts: return ("Memos and commitment purposes", "备注和承诺用途")
    case .previewSection:
      return (
        "{title}: {count} distinct in {entries} entries", "{title}：{entries} 笔记录中有 {count} 个不同的"
      )
    case .previewTreatmentCount: return (", {count} {treatment}", "，{treatment} {count} 个")
    case .previewMore: return ("  ... and {count} more {treatment}", "  ……另有 {count} 个{treatment}")
    case .previewAlsoIn: return (" (+{count} more)", "（另有 {count} 笔）")
    case .previewItem: return ("  {label} {seq}{more}: {text}", "  {label} {seq}{more}：原文 {text}")
    case .previewNotPublished: return ("(not published)", "（不公开）")
    case .previewCode: return (" [code {code}]", " [代码 {code}]")
    case .treatmentWithheld: return ("withheld", "不公开")
    case .treatmentMasked: return ("masked", "脱敏")
    case .treatmentAsWritten: return ("published", "原样公开")
    default: return ("", "")
    }
  }

  /// Why the privacy policy masks or withholds a text.
  static func privacyReasons(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .privacyRedactOption: return ("{directive} (--redact)", "按隐去规则 {directive}（--redact）")
    case .privacyIndividualBusiness:
      return (
        "an individual business (credit code 92…): its name often is its owner's",
        "个体工商户（信用代码以 92 开头）：其字号往往就是业主姓名"
      )
    case .privacyLongNumber: return ("holds a long number", "含有长串数字")
    case .privacyNotAGroup:
      return ("not an organisation or a group: masked as a person", "不是单位或团体：按个人脱敏")
    case .privacyMayNamePerson: return ("may name a person: {names}", "可能含有人名：{names}")
    case .privacyMemoDigits:
      return (
        "holds a number of more than {digits} digits (a phone or account?)",
        "含有超过 {digits} 位的数字（可能是电话或账号）"
      )
    case .privacyOutsideVocabulary:
      return (
        "holds words outside the public vocabulary (a name?): '{words}'",
        "含有公开词表以外的字词（可能是人名）：“{words}”"
      )
    case .privacyPinyin: return ("may name a person in pinyin", "可能含有拼音人名")
    case .privacyLooksLike:
      return ("holds what looks like {kind} ({masked})", "含有疑似{kind}的内容（{masked}）")
    case .privacyIDNumber: return ("an ID number", "身份证号")
    case .privacyMobile: return ("a mobile number", "手机号")
    case .privacyBankCard: return ("a bank card number", "银行卡号")
    case .publishFieldExposes: return ("{field} {reason}", "字段 {field}：{reason}")
    case .publishCounterpartyExposes:
      return ("counterparty '{name}': {reason}", "收付款方“{name}”：{reason}")
    case .privacyNotAsWritten: return ("not shown as written", "不原样公开")
    case .monitorFolded:
      return (
        "balances folded: {held} yuan held, {paid} yuan paid out in all",
        "余额已逐笔算出：结余 {held} 元，累计支付 {paid} 元"
      )
    case .versionLine:
      return (
        "relief {version} (journal format version {format})", "relief {version}（账本格式第 {format} 版）"
      )
    case .monitorWatched:
      return ("entries naming {code}: {count} new", "涉及 {code} 的记录：新增 {count} 笔")
    default: return ("", "")
    }
  }
}
