import ReliefLedger
import ReliefLog
import ReliefText

/// What `relief disclose --preview` shows the accountant.
///
/// Each distinct counterparty and free text (memo, commitment purpose) of the ledger as the
/// site and `export --format csv` would publish it, and what is masked or withheld and why.
/// Nothing is written.
public struct DisclosurePreview {
  /// One distinct text, how it is published, and how often it occurs.
  public struct Item {
    /// The policy's verdict.
    public let disclosed: Disclosed
    /// The credit code shown beside a counterparty, if any.
    public let code: String?
    /// Entries holding it.
    public var count: Int
    /// The seq of the first entry holding it.
    public let firstSeq: Int64
  }

  /// Distinct counterparties, in order of first appearance.
  public private(set) var counterparties: [Item] = []
  /// Distinct memos and purposes, in order of first appearance.
  public private(set) var texts: [Item] = []
  private var counterpartyIndex: [String: Int] = [:]
  private var textIndex: [String: Int] = [:]

  /// The preview of the committed part of `journal` that `view` verified.
  public static func collect(
    _ journal: Journal, verified view: LedgerView, redaction: RedactionPolicy
  ) throws -> DisclosurePreview {
    let policy = DisclosurePolicy(redaction: redaction, state: view.state)
    var preview = DisclosurePreview()
    try JournalStream.forEachEntry(VerifiedLines(try journal.openSnapshot(), view: view)) { item in
      let union: String?
      switch item.event {
      case .money(let movement, _):
        union = movement.union
        preview.addCounterparty(policy.counterparty(movement), seq: item.seq)
      case .goods(let movement, _):
        union = movement.union
        let shown = policy.counterparty(movement.counterparty, id: nil, union: movement.union)
        preview.addCounterparty(shown, seq: item.seq)
      case .commitment(let commitment, _):
        union = commitment.union
        preview.addText(policy.freeText(commitment.purpose, union: union), seq: item.seq)
      case .union(let registration): union = registration.id
      case .program, .other: union = nil
      }
      preview.addText(policy.freeText(item.entry.memo, union: union), seq: item.seq)
    }
    return preview
  }

  private mutating func addCounterparty(_ shown: DisclosurePolicy.Counterparty, seq: Int64) {
    guard let name = shown.name else { return }
    let key = name.original + "\u{0}" + (shown.code ?? "")
    if let index = counterpartyIndex[key] {
      counterparties[index].count += 1
    } else {
      counterpartyIndex[key] = counterparties.count
      counterparties.append(Item(disclosed: name, code: shown.code, count: 1, firstSeq: seq))
    }
  }

  private mutating func addText(_ disclosed: Disclosed?, seq: Int64) {
    guard let disclosed else { return }
    if let index = textIndex[disclosed.original] {
      texts[index].count += 1
    } else {
      textIndex[disclosed.original] = texts.count
      texts.append(Item(disclosed: disclosed, code: nil, count: 1, firstSeq: seq))
    }
  }

  /// The preview as text: per section a count of each treatment, then every withheld and
  /// masked text (up to `linesMax` of each) and the first `linesMax` published as written.
  public func text(linesMax: Int = 50) -> String {
    var out = Text.current(.previewHead) + "\n"
    out += section(Text.current(.previewCounterparties), counterparties, linesMax: linesMax)
    out += section(Text.current(.previewTexts), texts, linesMax: linesMax)
    return out
  }

  private func section(_ title: String, _ items: [Item], linesMax: Int) -> String {
    let entries = items.reduce(0) { $0 + $1.count }
    var out =
      "\n"
      + Text.current(
        .previewSection, ["title": title, "count": "\(items.count)", "entries": "\(entries)"])
    for treatment in [Disclosed.Treatment.withheld, .masked, .asWritten] {
      let count = items.filter { $0.disclosed.treatment == treatment }.count
      out += Text.current(
        .previewTreatmentCount, ["count": "\(count)", "treatment": Self.shown(treatment)])
    }
    out += "\n"
    for treatment in [Disclosed.Treatment.withheld, .masked, .asWritten] {
      let chosen = items.filter { $0.disclosed.treatment == treatment }
      for item in chosen.prefix(linesMax) { out += line(item) }
      if chosen.count > linesMax {
        out +=
          Text.current(
            .previewMore,
            ["count": "\(chosen.count - linesMax)", "treatment": Self.shown(treatment)]) + "\n"
      }
    }
    return out
  }

  private func line(_ item: Item) -> String {
    let disclosed = item.disclosed
    // The labels are all Latin or all Chinese, so counting characters aligns them.
    let width =
      [Disclosed.Treatment.withheld, .masked, .asWritten].map { Self.shown($0).count }
      .max() ?? 0
    let label = Self.shown(disclosed.treatment).padding(width)
    let more =
      item.count > 1 ? Text.current(.previewAlsoIn, ["count": "\(item.count - 1)"]) : ""
    var text = Text.current(
      .previewItem,
      [
        "label": label, "seq": Text.current(.seqOne, ["seq": "\(item.firstSeq)"]), "more": more,
        "text": quoted(disclosed.original),
      ])
    if disclosed.treatment != .asWritten {
      text += " -> " + (disclosed.published.map(quoted) ?? Text.current(.previewNotPublished))
    }
    if let code = item.code { text += Text.current(.previewCode, ["code": code]) }
    if let reason = disclosed.reason { text += "  -- " + reason }
    return text + "\n"
  }

  /// A treatment as the reader's language names it.
  private static func shown(_ treatment: Disclosed.Treatment) -> String {
    switch treatment {
    case .withheld: return Text.current(.treatmentWithheld)
    case .masked: return Text.current(.treatmentMasked)
    case .asWritten: return Text.current(.treatmentAsWritten)
    }
  }

  /// `text` in quotes with invisible characters shown as `<U+XXXX>`.
  private func quoted(_ text: String) -> String {
    var out = "'"
    for scalar in text.unicodeScalars {
      if IdentifierScreen.isInvisible(scalar) || scalar.value < 0x20 {
        out += "<U+" + String(scalar.value, radix: 16, uppercase: true) + ">"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out + "'"
  }
}

extension String {
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
