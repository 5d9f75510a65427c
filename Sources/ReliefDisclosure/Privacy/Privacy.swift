import ReliefLedger

/// The word lists and masks behind `DisclosurePolicy` (see docs/DISCLOSURE.md).
public enum Privacy {
  /// Name endings that mark an organisation.
  public static let organisationSuffixes = [
    "公司", "工会", "总会", "医院", "协会", "委员会", "委", "局", "中心", "集团", "社", "厂", "店",
    "学校", "银行", "政府", "财政", "办", "部", "所", "站", "队", "院", "市", "省", "区", "县",
    "街道", "社区", "经费", "场", "园", "镇", "乡", "村", "馆",
  ]
  /// Words that mark a group of people or an organisation, not one person.
  public static let groupWords = [
    "职工", "员工", "人员", "群众", "农户", "养殖户", "司机", "家属", "一线", "单位", "部门",
    "企业", "借款人", "居民", "志愿者", "医务", "困难", "商超", "捐款", "工人", "农民工",
    "快递员", "外卖", "骑手", "劳动者", "医护",
  ]

  /// True when `name` is clearly an organisation or a group, not a person's name.
  public static func isOrganisation(_ name: String) -> Bool {
    if organisationSuffixes.contains(where: { name.hasSuffix($0) }) { return true }
    if groupWords.contains(where: { name.contains($0) }) { return true }
    // Chinese personal names are 2–4 characters; longer Chinese text is a description.
    return name.count > 4 && name.unicodeScalars.allSatisfy(isChineseOrPunctuation)
  }

  /// A person's name masked as the journal's `payee` is: `张三丰` → `张*丰`, `李四` → `李*`,
  /// `欧阳娜娜` → `欧**娜` (`PersonName.masked`, the one definition).
  public static func maskPerson(_ name: String) -> String {
    PersonName.masked(name)
  }

  /// Whether `code` is the credit code of an individual business (个体工商户: registered by
  /// market regulation, `9`, as kind `2`), whose trade name is often its owner's name.
  public static func isIndividualBusiness(_ code: String) -> Bool {
    code.hasPrefix("92")
  }

  /// The length of the longest run of digits in `text` joined by single spaces, dots or
  /// hyphens, leaving out dates (`2022-03-01`) and amounts with two decimals (`1234.50`).
  static func longestNumberCount(_ text: String) -> Int {
    var longest = 0
    for token in text.split(whereSeparator: { !($0.isASCII && ($0.isNumber || " .-".contains($0))) }
    ) {
      for group in token.split(separator: " ") {
        let digits = group.filter(\.isNumber).count
        let parts = group.split(separator: "-", omittingEmptySubsequences: false)
        let isDate = parts.count == 3 && parts.map(\.count) == [4, 2, 2]
        let dotted = group.split(separator: ".", omittingEmptySubsequences: false)
        let isAmount = dotted.count == 2 && dotted[1].count == 2 && !group.contains("-")
        if !isDate && !isAmount { longest = max(longest, digits) }
      }
    }
    return longest
  }

  private static func isChineseOrPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
      || (0x3000...0x303F).contains(value) || (0xFF00...0xFFEF).contains(value)
      || (0x2018...0x201D).contains(value) || value == 0xB7
  }
}
