import ReliefLedger
import ReliefLog

/// Writes the ledger as a ledger-cli / hledger journal: one transaction per money entry.
///
/// Amounts are yuan with two decimals in commodity `CNY`. Accounts:
/// `Assets:Union:<union>:<program>` holds a balance, `Income:Receipts:…` is the source of
/// receipts (`Income:Donations:…` of donations received), `Expenses:Refunds:…`,
/// `Expenses:Subsidies:…` and `Expenses:Disbursements:…` the destinations of outflows
/// (`Expenses:Donations:…` of donations given). An allocation moves money between two `Assets` accounts; a
/// reversal is its original's transaction with every sign flipped. A commitment moves no
/// money: it is a comment, never a posting. Goods are whole quantities of a commodity per
/// item and unit (`GoodsCommodity`) in their own `Goods` accounts (`GoodsPosting`), never CNY.
public enum LedgerExporter {
  /// Streams the verified `lines` to `out`.
  public static func export(
    _ lines: VerifiedLines, to out: inout some TextOutputStream
  ) throws {
    out.write("; relief ledger export: one transaction per entry, amounts in CNY\n")
    out.write("\n")
    var named: Set<String> = []
    try JournalStream.forEachEntry(lines) { item in
      switch item.event {
      case .union(let union):
        let parent = union.parent.map { " (parent \($0))" } ?? ""
        out.write("; union \(union.id): \(ExportText.ledgerLine(union.name))\(parent)\n\n")
      case .program(let program):
        out.write("; program \(program.id): \(ExportText.ledgerLine(program.name))\n\n")
      case .money(let movement, let reverses):
        out.write(transaction(item, movement, reverses: reverses))
      case .commitment(let commitment, let reverses):
        out.write(ExportText.commitmentComment(item, commitment, reverses: reverses) + "\n")
      case .goods(let movement, let reverses):
        let symbol = GoodsCommodity.symbol(item: movement.goods.item, unit: movement.goods.unit)
        if named.insert(symbol).inserted { out.write(ExportText.commodityComment(movement)) }
        out.write(goodsTransaction(item, movement, reverses: reverses))
      case .other:
        break
      }
    }
  }

  static func transaction(_ item: StreamedEntry, _ movement: Movement, reverses: Int64?)
    -> String
  {
    let description = ExportText.ledgerLine(ExportText.description(movement, reverses: reverses))
    var tags = "seq:\(item.seq)"
    if let reverses { tags += ", reverses:\(reverses)" }
    var text = "\(item.entry.date) * \(description)  ; \(tags)\n"
    if let memo = item.entry.memo { text += "    ; \(ExportText.ledgerLine(memo))\n" }
    for posting in Posting.of(movement) {
      text += "    \(posting.account.ledgerName)  \(ExportText.amount(posting.fen))\n"
    }
    return text + "\n"
  }

  /// A goods entry as a transaction in whole quantities of its commodity; a valuation is a
  /// comment (it moves no money).
  static func goodsTransaction(_ item: StreamedEntry, _ movement: GoodsMovement, reverses: Int64?)
    -> String
  {
    let description = ExportText.ledgerLine(ExportText.description(movement, reverses: reverses))
    var tags = "seq:\(item.seq)"
    if let reverses { tags += ", reverses:\(reverses)" }
    var text = "\(item.entry.date) * \(description)  ; \(tags)\n"
    if let value = movement.goods.value { text += "    ; value: \(ExportText.amount(value.fen))\n" }
    if let memo = item.entry.memo { text += "    ; \(ExportText.ledgerLine(memo))\n" }
    for posting in GoodsPosting.of(movement) {
      text += "    \(posting.account.ledgerName)  \(posting.quantity) \(posting.commodity)\n"
    }
    return text + "\n"
  }
}
