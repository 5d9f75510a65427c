import ReliefCrypto
import ReliefLedger
import ReliefLog
import ReliefText

/// What `relief monitor` prints: the checkpoint accepted, the new lines by kind, the
/// balances, and the watched business's entries (tallied line by line as they arrive).
struct MonitorTally {
  let watch: String?
  private var lineCount = 0
  private var kinds: [String: Int] = [:]
  private var watched: [[String]] = []

  init(watch: String?) {
    self.watch = watch
  }

  mutating func add(_ line: [UInt8]) {
    lineCount += 1
    guard let decoded = try? line.withUnsafeBytes({ try EntryDecoder.decode($0) }) else {
      kinds["commit", default: 0] += 1
      return
    }
    kinds[decoded.entry.kind.rawValue, default: 0] += 1
    if let watch, Self.names(decoded.entry.action, code: watch) {
      watched.append(EntryText.cells(seq: decoded.header.seq, entry: decoded.entry))
    }
  }

  func text(_ checkpoint: Checkpoint, seen: UInt64, view: LedgerView) -> String {
    var text =
      "checkpoint \(checkpoint.treeSize) of \(checkpoint.origin): \(lineCount) new lines "
      + "(\(seen) → \(checkpoint.treeSize)), every line verified\n"
    if !kinds.isEmpty {
      text +=
        "new: "
        + kinds.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        .joined(separator: ", ") + "\n"
    }
    var balance: Int64 = 0
    var paid: Int64 = 0
    for row in BalanceReport.rows(view.state, subtree: false) {
      balance &+= row.totals.balance.fen
      paid &+= row.totals.refunded.fen &+ row.totals.subsidized.fen &+ row.totals.disbursed.fen
    }
    text +=
      Text.current(
        .monitorFolded,
        [
          "held": Money(fen: balance).groupedYuanString,
          "paid": Money(fen: paid).groupedYuanString,
        ]) + "\n"
    if let watch {
      text += Text.current(.monitorWatched, ["code": watch, "count": "\(watched.count)"]) + "\n"
      for cells in watched { text += cells.joined(separator: "  ") + "\n" }
    }
    return text
  }

  /// Whether `action` names the business or organisation `code`.
  private static func names(_ action: Action, code: String) -> Bool {
    switch action {
    case .refund(let refund): return refund.code.description == code
    case .receipt(let receipt): return receipt.counterpartyID == code
    case .subsidy(let subsidy): return subsidy.counterpartyID == code
    case .disbursement(let disbursement): return disbursement.counterpartyID == code
    case .goodsReceipt(let receipt): return receipt.counterpartyID == code
    case .goodsDistribution(let distribution): return distribution.counterpartyID == code
    case .reversal(let reversal): return names(reversal.original.action, code: code)
    case .genesis, .union, .program, .allocation, .commitment, .key, .keyRevocation, .close,
      .reviewThreshold, .goodsAllocation:
      return false
    }
  }
}
