import ReliefLedger
import ReliefText

/// The one policy for everything public.
///
/// What the site (HTML, JSON and CSV alike) and `relief export --format csv` show of
/// counterparties and free text; see docs/DISCLOSURE.md.
///
/// Nothing about a person is published unless a rule here lets it: a business with a credit
/// code is shown, a group or an organisation is shown with any name in it masked, anyone else
/// is masked, and free text is published only when it passes every check.
public struct DisclosurePolicy: Sendable {
  /// Extra redactions from `--redact`.
  public let redaction: RedactionPolicy
  /// The words a published memo may be made of.
  public let vocabulary: PublicVocabulary

  /// Longest run of digits a memo may hold (longer runs may be phone or account numbers).
  public static let memoDigitsMax = 6

  /// The policy for a ledger whose unions and programs are in `state`.
  public init(redaction: RedactionPolicy = RedactionPolicy(), state: LedgerState?) {
    self.redaction = redaction
    vocabulary = PublicVocabulary(state: state)
  }

  /// A counterparty as published, with the credit code shown beside it (nil when none).
  public struct Counterparty: Equatable, Sendable {
    /// The name's treatment.
    public let name: Disclosed?
    /// A valid unified social credit code, unless hidden by `--redact`.
    public let code: String?
  }

  /// The counterparty of a money movement.
  public func counterparty(_ movement: Movement) -> Counterparty {
    counterparty(movement.counterparty, id: movement.counterpartyID, union: movement.union)
  }

  /// The counterparty `name` with identifier `id` of an entry of `union`.
  public func counterparty(_ raw: String?, id: String?, union: String) -> Counterparty {
    guard let raw else { return Counterparty(name: nil, code: nil) }
    if redaction.applies(.hideCounterparty, to: union) {
      return Counterparty(name: .withheld(raw, Self.redacted(.hideCounterparty)), code: nil)
    }
    let name = PublicText.normalized(raw)
    let validCode = id.flatMap { (try? UnifiedSocialCreditCode(validating: $0))?.text }
    let code = redaction.applies(.hideBusinessCodes, to: union) ? nil : validCode
    if let finding = IdentifierScreen.find(in: name) {
      return Counterparty(name: .withheld(raw, Self.identifierReason(finding)), code: code)
    }
    if let validCode {
      if Privacy.isIndividualBusiness(validCode) {
        return Counterparty(
          name: .masked(
            raw, "个体工商户",
            Text.current(.privacyIndividualBusiness)),
          code: code)
      }
      if redaction.applies(.maskBusinessNames, to: union) {
        return Counterparty(
          name: .masked(raw, Self.maskedPerson(name), Self.redacted(.maskBusinessNames)),
          code: code)
      }
      return Counterparty(name: .asWritten(raw, name), code: code)
    }
    if Privacy.longestNumberCount(name) > Self.memoDigitsMax {
      return Counterparty(name: .withheld(raw, Text.current(.privacyLongNumber)), code: nil)
    }
    // A payee is in the journal already masked (`张*丰`): masking it again would hide more
    // than the rule asks.
    if PersonName.isMasked(name) { return Counterparty(name: .asWritten(raw, name), code: nil) }
    let isGroup = isOrganisation(name)
    guard isGroup && !redaction.applies(.maskAllNames, to: union) else {
      let reason =
        isGroup ? Self.redacted(.maskAllNames) : Text.current(.privacyNotAGroup)
      return Counterparty(name: .masked(raw, Self.maskedPerson(name), reason), code: nil)
    }
    return Counterparty(name: maskingNames(raw, name), code: nil)
  }

  /// Whether `name` is clearly an organisation or a group: it ends with an organisation
  /// suffix or holds a group word (`Privacy`), or it is longer than 4 characters, all
  /// Chinese, and holds a word of two or more characters of the public vocabulary (a
  /// description such as `资金来源未报道（合成）`, not a long name such as `阿依古丽·买买提`).
  public func isOrganisation(_ full: String) -> Bool {
    // A closing note in brackets (`辽宁省财政(合成)`) says something about the name; the
    // name is what comes before it.
    let name = Self.withoutClosingNote(full)
    if Privacy.organisationSuffixes.contains(where: { name.hasSuffix($0) }) { return true }
    if Privacy.groupWords.contains(where: { name.contains($0) }) { return true }
    guard Privacy.isOrganisation(name) else { return false }
    let characters = Array(name)
    return characters.indices.contains { vocabulary.startsWord(characters, at: $0) }
  }

  /// `name` without a bracketed note at its end (`(合成)`, `（合成）`), when something is
  /// left before it.
  static func withoutClosingNote(_ name: String) -> String {
    guard let last = name.last, last == ")" || last == "）",
      let open = name.lastIndex(where: { $0 == "(" || $0 == "（" }), open != name.startIndex
    else { return name }
    return String(name[..<open]).trimmingCharacters(in: .whitespaces)
  }

  /// A person's name masked after dropping everything but letters and digits, so that
  /// `张 伟` or `张.伟` shows no more than `张伟` would (`张*`).
  static func maskedPerson(_ name: String) -> String {
    PersonName.masked(String(name.filter { $0.isLetter || $0.isNumber }))
  }

  /// `name` with every possible person's name in it masked (those `keep` accepts).
  private func maskingNames(
    _ raw: String, _ name: String, keep: (NameFinder.Span, [Character]) -> Bool = { _, _ in true }
  ) -> Disclosed {
    let characters = Array(name)
    let spans = NameFinder(vocabulary: vocabulary).spans(in: characters).filter {
      keep($0, characters)
    }
    guard !spans.isEmpty else { return .asWritten(raw, name) }
    var published = ""
    var index = 0
    for span in spans {
      published += String(characters[index..<span.range.lowerBound])
      published += PersonName.masked(String(characters[span.range]))
      index = span.range.upperBound
    }
    published += String(characters[index...])
    let reasons = spans.map { "'\(String(characters[$0.range]))' (\($0.rule))" }
    return .masked(
      raw, published,
      Text.current(.privacyMayNamePerson, ["names": reasons.joined(separator: ", ")]))
  }

  /// A report's words quoted beside an entry (`disclose --sources`): names in it masked,
  /// nil (withheld) when it holds an identifier or a long number.
  public func quote(_ raw: String) -> String? {
    let text = PublicText.normalized(raw)
    guard IdentifierScreen.find(in: text) == nil,
      Privacy.longestNumberCount(text) <= Self.memoDigitsMax
    else { return nil }
    // A quote states figures: a piece right after a number is its unit (2000余人, 300万元),
    // not a name, so the "alone" rule does not mask it there.
    return maskingNames(raw, text) { span, characters in
      let start = span.range.lowerBound
      return !(span.rule == NameFinder.aloneRule && start > 0 && characters[start - 1].isNumber)
    }.published
  }

  /// Free text (a memo, a commitment's purpose) of an entry of `union`: published as written
  /// only when it passes every check, otherwise withheld whole.
  public func freeText(_ raw: String?, union: String?) -> Disclosed? {
    guard let raw, !raw.isEmpty else { return nil }
    if let union, redaction.applies(.hideMemo, to: union) {
      return .withheld(raw, Self.redacted(.hideMemo))
    }
    let text = PublicText.normalized(raw)
    if let finding = IdentifierScreen.find(in: text) {
      return .withheld(raw, Self.identifierReason(finding))
    }
    if Privacy.longestNumberCount(text) > Self.memoDigitsMax {
      return .withheld(
        raw, Text.current(.privacyMemoDigits, ["digits": "\(Self.memoDigitsMax)"]))
    }
    let characters = Array(text)
    if let span = NameFinder(vocabulary: vocabulary).spans(in: characters).first {
      return .withheld(
        raw,
        Text.current(
          .privacyMayNamePerson, ["names": "'\(String(characters[span.range]))' (\(span.rule))"]))
    }
    if let run = vocabulary.firstUnknownRun(in: text) {
      return .withheld(raw, Text.current(.privacyOutsideVocabulary, ["words": String(run)]))
    }
    if NameLists.hasPinyinName(text) {
      return .withheld(raw, Text.current(.privacyPinyin))
    }
    return .asWritten(raw, text)
  }

  static func identifierReason(_ finding: IdentifierScreen.Finding) -> String {
    let kind: MessageID
    switch finding.kind {
    case .idNumber: kind = .privacyIDNumber
    case .mobileNumber: kind = .privacyMobile
    case .bankCard: kind = .privacyBankCard
    }
    return Text.current(
      .privacyLooksLike, ["kind": Text.current(kind), "masked": finding.masked])
  }

  /// The reason for a text hidden by a `--redact` directive.
  static func redacted(_ directive: RedactionPolicy.Directive) -> String {
    Text.current(.privacyRedactOption, ["directive": directive.rawValue])
  }
}
