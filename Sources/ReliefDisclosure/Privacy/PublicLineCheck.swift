import ReliefLedger

/// Whether a journal line may be published as it is (`relief publish`: tiles hold the
/// lines verbatim, forever), by the same rules the site applies to what it shows.
///
/// A line exposes a person when its free text (memo, purpose) holds an identifier or what
/// may be a person's name, or when a counterparty would not be shown as written (a person,
/// an individual business, an identifier). A payee is already masked in the line.
public struct PublicLineCheck: Sendable {
  private let policy: DisclosurePolicy

  /// The check for a ledger whose unions and programs are in `state`.
  public init(state: LedgerState?) {
    policy = DisclosurePolicy(state: state)
  }

  /// Why `entry`'s line would expose a person if published, or nil when it would not.
  public func exposure(_ entry: Entry) -> String? {
    var texts: [(String, String)] = entry.memo.map { [("memo", $0)] } ?? []
    if case .commitment(let commitment) = entry.action {
      texts.append(("purpose", commitment.purpose))
    }
    for (field, text) in texts {
      let normalized = PublicText.normalized(text)
      if let finding = IdentifierScreen.find(in: normalized) {
        return "\(field) \(DisclosurePolicy.identifierReason(finding))"
      }
      let characters = Array(normalized)
      if let span = NameFinder(vocabulary: policy.vocabulary).spans(in: characters).first {
        return "\(field) may name a person: '\(String(characters[span.range]))' (\(span.rule))"
      }
    }
    guard let union = entry.action.actingUnion else { return nil }
    for (name, id) in Self.counterparties(entry.action) {
      let shown = policy.counterparty(name, id: id, union: union)
      if let disclosed = shown.name, disclosed.treatment != .asWritten {
        return "counterparty '\(name)': \(disclosed.reason ?? "not shown as written")"
      }
    }
    if case .reversal(let reversal) = entry.action { return exposure(reversal.original) }
    return nil
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
