/// Writes the rows as a ledger-cli / hledger journal: registrations as comments, each money
/// row as a two-posting transaction in CNY (union money under `Assets:Union:<union>:<program>`)
/// and each reversal as the original transaction with both amounts negated.
struct LedgerCLIWriter {
  private let sink: ByteSink
  private let workload: Workload
  private static let indent = Array("    ".utf8)
  private static let gap = Array("  ".utf8)

  init(path: String, workload: Workload, entries: Int, seed: UInt64) throws(WorkloadError) {
    sink = try ByteSink(creating: path)
    self.workload = workload
    ByteFormat.appendText(
      "; relief-workload --entries \(entries) --seed \(seed) (synthetic data)\n\n",
      to: &sink.buffer)
  }

  /// Writes `step`.
  func write(_ step: Step) throws(WorkloadError) {
    switch step {
    case .union(let index, _):
      let tree = workload.tree
      ByteFormat.appendText("; union ", to: &sink.buffer)
      sink.buffer += tree.ids[index]
      sink.buffer.append(ByteFormat.space)
      sink.buffer += tree.names[index]
      if tree.parents[index] >= 0 {
        ByteFormat.appendText(" parent ", to: &sink.buffer)
        sink.buffer += tree.ids[tree.parents[index]]
      }
      sink.buffer.append(ByteFormat.newline)
    case .program(let index, _):
      ByteFormat.appendText("; program ", to: &sink.buffer)
      sink.buffer += Programs.ids[index]
      sink.buffer.append(ByteFormat.space)
      sink.buffer += Programs.names[index]
      ByteFormat.appendText("\n\n", to: &sink.buffer)
    case .money(let row):
      transaction(number: row.number, day: row.day, row: row, sign: 1)
    case .reversal(let number, let day, let original):
      transaction(number: number, day: day, row: original, sign: -1)
    }
    try sink.flushIfFull()
  }

  /// Writes out everything buffered.
  func finish() throws(WorkloadError) {
    try sink.flush()
  }

  private func transaction(number: Int, day: Int, row: MoneyRow, sign: Int64) {
    workload.dates.appendDate(day, to: &sink.buffer)
    ByteFormat.appendText(" * (", to: &sink.buffer)
    Workload.appendRequestID(number, to: &sink.buffer)
    ByteFormat.appendText(") ", to: &sink.buffer)
    if sign < 0 {
      ByteFormat.appendText("reversal of ", to: &sink.buffer)
      Workload.appendRequestID(row.number, to: &sink.buffer)
    } else {
      describe(row)
    }
    sink.buffer.append(ByteFormat.newline)
    posting(sign * row.amountFen) { debit(row) }
    posting(-sign * row.amountFen) { credit(row) }
    sink.buffer.append(ByteFormat.newline)
  }

  private func posting(_ fen: Int64, _ account: () -> Void) {
    sink.buffer += Self.indent
    account()
    sink.buffer += Self.gap
    ByteFormat.appendYuan(fen: fen, to: &sink.buffer)
    ByteFormat.appendText(" CNY\n", to: &sink.buffer)
  }

  private func describe(_ row: MoneyRow) {
    switch row.kind {
    case .receipt:
      ByteFormat.appendText("receipt ", to: &sink.buffer)
      workload.appendReceiptSource(row.union, to: &sink.buffer)
    case .allocation:
      ByteFormat.appendText("allocation", to: &sink.buffer)
    case .refund:
      ByteFormat.appendText("refund ", to: &sink.buffer)
      workload.businesses.appendCode(row.business, to: &sink.buffer)
      sink.buffer.append(ByteFormat.space)
      workload.dates.appendPeriod(row.quarter, to: &sink.buffer)
    case .subsidy:
      ByteFormat.appendText("subsidy", to: &sink.buffer)
      if row.business >= 0 {
        sink.buffer.append(ByteFormat.space)
        workload.businesses.appendCode(row.business, to: &sink.buffer)
      }
    case .disbursement:
      ByteFormat.appendText("disbursement ", to: &sink.buffer)
      sink.buffer += Categories.groups[row.group]
    }
  }

  /// The account the money goes to.
  private func debit(_ row: MoneyRow) {
    switch row.kind {
    case .receipt: union(row.union, row.program)
    case .allocation: union(row.to, row.program)
    case .refund: ByteFormat.appendText("Expenses:Refunds", to: &sink.buffer)
    case .subsidy:
      ByteFormat.appendText("Expenses:Subsidies:", to: &sink.buffer)
      sink.buffer += Categories.subsidy[row.category]
    case .disbursement:
      ByteFormat.appendText("Expenses:Disbursements:", to: &sink.buffer)
      sink.buffer += Categories.disbursement[row.category]
    }
  }

  /// The account the money comes from.
  private func credit(_ row: MoneyRow) {
    switch row.kind {
    case .receipt: ByteFormat.appendText("Income:Receipts", to: &sink.buffer)
    case .allocation, .refund, .subsidy, .disbursement: union(row.union, row.program)
    }
  }

  private func union(_ union: Int, _ program: Int) {
    ByteFormat.appendText("Assets:Union:", to: &sink.buffer)
    sink.buffer += workload.tree.ids[union]
    sink.buffer.append(UInt8(ascii: ":"))
    sink.buffer += Programs.ids[program]
  }
}
