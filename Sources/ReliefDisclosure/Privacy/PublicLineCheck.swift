import ReliefLedger
import ReliefText

/// Whether a journal line may be published as it is (`relief publish`: tiles hold the
/// lines verbatim, forever), by the same rules the site applies to what it shows.
///
/// A line exposes a person when its free text (memo, purpose) holds an identifier or what
/// may be a person's name, or when a counterparty would not be shown as written (a person,
/// an individual business, an identifier). A payee is already masked in the line.
public struct PublicLineCheck: Sendable {
  private let policy: DisclosurePolicy
  /// Verdicts already reached, by text (memos and counterparties repeat across a ledger);
  /// emptied when it grows past `cacheCountMax`.
  private var textVerdicts: [String: String?] = [:]
  private var counterpartyVerdicts: [String: String?] = [:]
  private static let cacheCountMax = 100_000

  /// The check for a ledger whose unions and programs are in `state`.
  public init(state: LedgerState?) {
    policy = DisclosurePolicy(state: state)
  }

  /// Why `entry`'s line would expose a person if published, or nil when it would not.
  public mutating func exposure(_ entry: Entry) -> String? {
    var texts: [(String, String)] = entry.memo.map { [("memo", $0)] } ?? []
    if case .commitment(let commitment) = entry.action {
      texts.append(("purpose", commitment.purpose))
    }
    for (field, text) in texts {
      if let reason = textVerdict(text) {
        return Text.current(.publishFieldExposes, ["field": field, "reason": reason])
      }
    }
    guard let union = entry.action.actingUnion else { return nil }
    for (name, id) in Self.counterparties(entry.action) {
      if let reason = counterpartyVerdict(name, id: id, union: union) {
        return Text.current(.publishCounterpartyExposes, ["name": name, "reason": reason])
      }
    }
    if case .reversal(let reversal) = entry.action { return exposure(reversal.original) }
    return nil
  }

  /// Why free text exposes a person, or nil.
  private mutating func textVerdict(_ text: String) -> String? {
    if let known = textVerdicts[text] { return known }
    let normalized = PublicText.normalized(text)
    var verdict: String?
    if let finding = IdentifierScreen.find(in: normalized) {
      verdict = DisclosurePolicy.identifierReason(finding)
    } else {
      let characters = Array(normalized)
      if let span = NameFinder(vocabulary: policy.vocabulary).spans(in: characters).first {
        verdict = Text.current(
          .privacyMayNamePerson, ["names": "'\(String(characters[span.range]))' (\(span.rule))"])
      }
    }
    if textVerdicts.count >= Self.cacheCountMax { textVerdicts.removeAll() }
    textVerdicts[text] = verdict
    return verdict
  }

  /// Why a counterparty would not be shown as written, or nil.
  private mutating func counterpartyVerdict(
    _ name: String, id: String?, union: String
  ) -> String? {
    // Publishing applies no --redact policy, so the union does not change the verdict.
    let key = name + "\u{0}" + (id ?? "")
    if let known = counterpartyVerdicts[key] { return known }
    var verdict: String?
    if let disclosed = policy.counterparty(name, id: id, union: union).name,
      disclosed.treatment != .asWritten
    {
      verdict = disclosed.reason ?? Text.current(.privacyNotAsWritten)
    }
    if counterpartyVerdicts.count >= Self.cacheCountMax { counterpartyVerdicts.removeAll() }
    counterpartyVerdicts[key] = verdict
    return verdict
  }

  /// The counterparties an action names, with their ids.
  private static func counterparties(_ action: Action) -> [(String, String?)] {
    switch action {
    case .receipt(let value): return value.counterparty.map { [($0, value.counterpartyID)] } ?? []
    case .refund(let value): return [(value.business, value.code.description)]
    case .subsidy(let value): return value.counterparty.map { [($0, value.counterpartyID)] } ?? []
    case .disbursement(let value):
      return value.counterparty.map { [($0, value.counterpartyID)] } ?? []
    case .goodsReceipt(let value):
      return value.counterparty.map { [($0, value.counterpartyID)] } ?? []
    case .goodsDistribution(let value):
      return value.counterparty.map { [($0, value.counterpartyID)] } ?? []
    case .genesis, .union, .program, .allocation, .commitment, .reversal, .key, .keyRevocation,
      .close, .reviewThreshold, .goodsAllocation:
      return []
    }
  }
}
