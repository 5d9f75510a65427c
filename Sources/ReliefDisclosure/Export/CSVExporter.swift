import ReliefLedger
import ReliefLog

/// Writes one CSV row per entry (RFC 4180 quoting).
///
/// Columns: `seq, date, kind, union, to, program, amount_yuan, effect_yuan, counterparty,
/// counterparty_id, category, beneficiaries, beneficiary_unit, period, reverses, memo,
/// purpose, commitment, item, quantity, unit, value_yuan`.
/// `effect_yuan` is the signed change to the acting union's balance (a reversal's is its
/// original's negated; a commitment's is 0.00: it moves no money). Union and program
/// registrations fill `union` (a union's id; `to` is its parent) or `program`, and
/// `counterparty` with the name. `commitment` is the seq of the commitment a payment pays
/// against. Goods rows fill `item`, `quantity` (signed: a reversal's is negative), `unit` and
/// the informational `value_yuan`; their `amount_yuan` is empty and `effect_yuan` 0.00 (goods
/// move no money).
public enum CSVExporter {
  /// The header row's columns.
  public static let columns = [
    "seq", "date", "kind", "union", "to", "program", "amount_yuan", "effect_yuan",
    "counterparty", "counterparty_id", "category", "beneficiaries", "beneficiary_unit", "period",
    "reverses", "memo", "purpose", "commitment", "item", "quantity", "unit", "value_yuan",
  ]

  /// Streams the verified `lines` to `out`, counterparties, memos and purposes as `policy`
  /// publishes them.
  public static func export(
    _ lines: VerifiedLines, policy: DisclosurePolicy, to out: inout some TextOutputStream
  ) throws {
    out.write(CSVField.row(columns))
    try JournalStream.forEachEntry(lines) { item in
      out.write(CSVField.row(cells(item, policy: policy)))
    }
  }

  static func cells(_ item: StreamedEntry, policy: DisclosurePolicy) -> [String] {
    var cells = [String](repeating: "", count: columns.count)
    cells[0] = String(item.seq)
    cells[1] = item.entry.date.description
    cells[2] = item.entry.kind.rawValue
    cells[15] = policy.freeText(item.entry.memo, union: actingUnion(item.event))?.published ?? ""
    switch item.event {
    case .union(let union):
      cells[3] = union.id
      cells[4] = union.parent ?? ""
      cells[8] = union.name
    case .program(let program):
      cells[5] = program.id
      cells[8] = program.name
    case .money(let movement, let reverses):
      cells[3] = movement.union
      cells[4] = movement.to ?? ""
      cells[5] = movement.program
      cells[6] = movement.amount.yuanString
      cells[7] = Money(fen: movement.effectOnUnionFen).yuanString
      let shown = policy.counterparty(movement)
      cells[8] = shown.name?.published ?? ""
      cells[9] = shown.code ?? ""
      cells[10] = movement.category ?? ""
      cells[11] = movement.beneficiaries.map { String($0.count) } ?? ""
      cells[12] = movement.beneficiaries?.unit.rawValue ?? ""
      cells[13] = movement.period ?? ""
      cells[14] = reverses.map(String.init) ?? ""
      cells[17] = movement.commitment.map(String.init) ?? ""
    case .commitment(let commitment, let reverses):
      cells[3] = commitment.union
      cells[5] = commitment.program
      cells[6] = commitment.amount.yuanString
      cells[7] = Money.zero.yuanString
      cells[11] = commitment.beneficiaries.map { String($0.count) } ?? ""
      cells[12] = commitment.beneficiaries?.unit.rawValue ?? ""
      cells[13] = commitment.period?.description ?? ""
      cells[14] = reverses.map(String.init) ?? ""
      cells[16] = policy.freeText(commitment.purpose, union: commitment.union)?.published ?? ""
    case .goods(let movement, let reverses):
      cells[3] = movement.union
      cells[4] = movement.to ?? ""
      cells[5] = movement.program
      cells[7] = Money.zero.yuanString
      let shown = policy.counterparty(movement.counterparty, id: nil, union: movement.union)
      cells[8] = shown.name?.published ?? ""
      cells[11] = movement.beneficiaries.map { String($0.count) } ?? ""
      cells[12] = movement.beneficiaries?.unit.rawValue ?? ""
      cells[14] = reverses.map(String.init) ?? ""
      cells[18] = movement.goods.item
      cells[19] = String(movement.signedQuantity)
      cells[20] = movement.goods.unit.rawValue
      cells[21] = movement.goods.value?.yuanString ?? ""
    case .other:
      break
    }
    return cells
  }

  /// The union an entry acts for, whose `--redact` directives apply to its memo.
  private static func actingUnion(_ event: LedgerEvent) -> String? {
    switch event {
    case .money(let movement, _): return movement.union
    case .commitment(let commitment, _): return commitment.union
    case .goods(let movement, _): return movement.union
    case .union(let union): return union.id
    case .program, .other: return nil
    }
  }
}

extension String {
  /// The string with every `target` character replaced by `replacement`.
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
