import ReliefLedger
import ReliefText

extension BalancesCommand {
  /// The `--tree` table: each union indented under its parent.
  ///
  /// A union's rows sum its whole subtree. Allocations between unions of one subtree move nothing into or out of it, so
  /// they appear as one net column (allocated in from outside, less allocated out to
  /// outside), not as "allocated in" and "allocated out" that would count them twice.
  static func treeText(_ rows: [BalanceRow], view: LedgerView) -> String {
    let text = Text.current
    let columns: [MessageID] = [
      .columnUnionWithBelow, .columnProgram, .columnReceived, .columnAllocatedNet,
      .columnRefunded, .columnSubsidized, .columnDisbursed, .columnBalance, .columnCommitted,
      .columnCommittedPaid, .columnCommittedRemaining,
    ]
    var table = TextTable(headers: columns.map { text($0) }, rightAligned: Set(2...10))
    var byUnion: [String: [BalanceRow]] = [:]
    for row in rows { byUnion[row.union, default: []].append(row) }
    for (union, depth) in BalanceReport.tree(view.state) {
      for row in byUnion[union] ?? [] {
        let t = row.totals
        let amounts = [
          t.received.fen, t.allocatedIn.fen &- t.allocatedOut.fen, t.refunded.fen,
          t.subsidized.fen, t.disbursed.fen, t.balance.fen, t.committed.fen,
          t.committedPaid.fen, t.committedRemaining.fen,
        ]
        table.rows.append(
          [String(repeating: "  ", count: depth) + union, row.program]
            + amounts.map { Money(fen: $0).groupedYuanString })
      }
    }
    let head = ["seq": String(view.head.lastSeq ?? -1), "hash": view.head.lastHash.hex]
    return table.text + text(.balancesTreeFooter, head) + "\n"
  }

}
