import ReliefLedger
import ReliefLog

/// Writes the ledger as a beancount file: the same transactions as `LedgerExporter`, with
/// an `open` directive for every account dated at its first use, and account names mapped
/// by `BeancountName`.
public enum BeancountExporter {
  /// Streams the verified `lines` to `out`, reading it twice (first for the accounts).
  public static func export(
    _ lines: VerifiedLines, to out: inout some TextOutputStream
  ) throws {
    var opened: [BookAccount: BusinessDate] = [:]
    var order: [BookAccount] = []
    var names: [String: String] = [:]
    try JournalStream.forEachEntry(lines) { item in
      switch item.event {
      case .union(let union): names[union.id] = union.name
      case .program(let program): names[program.id] = program.name
      case .money(let movement, _):
        for posting in Posting.of(movement) {
          if let date = opened[posting.account], date <= item.entry.date { continue }
          if opened[posting.account] == nil { order.append(posting.account) }
          opened[posting.account] = item.entry.date
        }
      case .goods(let movement, _):
        for posting in GoodsPosting.of(movement) {
          if let date = opened[posting.account], date <= item.entry.date { continue }
          if opened[posting.account] == nil { order.append(posting.account) }
          opened[posting.account] = item.entry.date
        }
      case .commitment, .other: break
      }
    }
    out.write("option \"title\" \"relief export\"\n")
    out.write("option \"operating_currency\" \"CNY\"\n\n")
    for account in order {
      guard let date = opened[account] else { continue }
      // Goods accounts hold many commodities (one per item and unit): no constraint.
      let currency = account.branch.hasPrefix("Goods") ? "" : " CNY"
      out.write("\(date) open \(account.beancountName)\(currency)\n")
      if let name = names[account.union] {
        out.write("  union: \(ExportText.beancountString(name))\n")
      }
      if let name = names[account.program] {
        out.write("  program: \(ExportText.beancountString(name))\n")
      }
    }
    out.write("\n")
    var named: Set<String> = []
    try JournalStream.forEachEntry(lines) { item in
      switch item.event {
      case .money(let movement, let reverses):
        out.write(transaction(item, movement, reverses: reverses))
      case .goods(let movement, let reverses):
        let symbol = GoodsCommodity.symbol(item: movement.goods.item, unit: movement.goods.unit)
        if named.insert(symbol).inserted { out.write(ExportText.commodityComment(movement)) }
        out.write(goodsTransaction(item, movement, reverses: reverses))
      case .commitment(let commitment, let reverses):
        out.write(ExportText.commitmentComment(item, commitment, reverses: reverses) + "\n")
      case .union, .program, .other:
        break
      }
    }
  }

  static func transaction(_ item: StreamedEntry, _ movement: Movement, reverses: Int64?)
    -> String
  {
    let description = ExportText.description(movement, reverses: reverses)
    let narration = item.entry.memo.map { description + " | " + $0 } ?? description
    var text = "\(item.entry.date) * \(ExportText.beancountString(narration))\n"
    text += "  seq: \(item.seq)\n"
    if let reverses { text += "  reverses: \(reverses)\n" }
    for posting in Posting.of(movement) {
      text += "  \(posting.account.beancountName)  \(ExportText.amount(posting.fen))\n"
    }
    return text + "\n"
  }

  /// A goods entry in whole quantities of its commodity; a valuation is metadata.
  static func goodsTransaction(_ item: StreamedEntry, _ movement: GoodsMovement, reverses: Int64?)
    -> String
  {
    let description = ExportText.description(movement, reverses: reverses)
    let narration = item.entry.memo.map { description + " | " + $0 } ?? description
    var text = "\(item.entry.date) * \(ExportText.beancountString(narration))\n"
    text += "  seq: \(item.seq)\n"
    if let reverses { text += "  reverses: \(reverses)\n" }
    if let value = movement.goods.value { text += "  value_fen: \(value.fen)\n" }
    for posting in GoodsPosting.of(movement) {
      text += "  \(posting.account.beancountName)  \(posting.quantity) \(posting.commodity)\n"
    }
    return text + "\n"
  }
}
