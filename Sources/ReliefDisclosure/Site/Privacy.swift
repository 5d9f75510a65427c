import ReliefLedger

/// What the public site may show of counterparties and memos (see docs/DISCLOSURE.md).
///
/// People are masked, businesses and organisations shown, ID-like numbers never shown.
public enum Privacy {
  /// Name endings that mark an organisation.
  public static let organisationSuffixes = [
    "公司", "工会", "总会", "医院", "协会", "委员会", "委", "局", "中心", "集团", "社", "厂", "店",
    "学校", "银行", "政府", "财政", "办", "部", "所", "站", "队", "院", "市", "省", "区", "县",
    "街道", "社区", "经费",
  ]
  /// Words that mark a group of people or an organisation, not one person.
  public static let groupWords = [
    "职工", "员工", "人员", "群众", "农户", "养殖户", "司机", "家属", "一线", "单位", "部门",
    "企业", "借款人", "居民", "志愿者", "医务", "困难", "商超", "捐款",
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

  /// `text` with every ID-like number replaced by `***`: runs of 11 or more digits (phone,
  /// bank card and ID card numbers), including a final `X` after 17 digits.
  public static func scrubNumbers(_ text: String) -> String {
    var result = ""
    var run = ""
    func flush() {
      result += run.count >= 11 ? "***" : run
      run = ""
    }
    for character in text {
      if character.isASCII && character.isNumber {
        run.append(character)
      } else if (character == "X" || character == "x") && run.count == 17 {
        run.append(character)
        flush()
      } else {
        flush()
        result.append(character)
      }
    }
    flush()
    return result
  }

  /// How a counterparty appears on the site: the business name and code of a refund, an
  /// organisation as written, anyone else masked; nil when the policy hides it.
  public static func counterparty(
    _ movement: Movement, policy: RedactionPolicy
  ) -> (name: String?, code: String?) {
    let union = movement.union
    if policy.applies(.hideCounterparty, to: union) { return (nil, nil) }
    guard let name = movement.counterparty else { return (nil, nil) }
    let validCode = movement.counterpartyID.flatMap { id in
      (try? UnifiedSocialCreditCode(validating: id)).map { $0.text }
    }
    let code = policy.applies(.hideBusinessCodes, to: union) ? nil : validCode
    if validCode != nil {
      let masked = policy.applies(.maskBusinessNames, to: union)
      return (scrubNumbers(masked ? maskPerson(name) : name), code)
    }
    if isOrganisation(name) && !policy.applies(.maskAllNames, to: union) {
      return (scrubNumbers(name), nil)
    }
    return (maskPerson(scrubNumbers(name)), nil)
  }

  /// A memo as the site shows it: scrubbed of ID-like numbers, or nil when hidden.
  public static func memo(_ memo: String?, union: String, policy: RedactionPolicy) -> String? {
    guard let memo, !policy.applies(.hideMemo, to: union) else { return nil }
    return scrubNumbers(memo)
  }

  private static func isChineseOrPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
      || (0x3000...0x303F).contains(value) || (0xFF00...0xFFEF).contains(value)
      || (0x2018...0x201D).contains(value) || value == 0xB7
  }
}
