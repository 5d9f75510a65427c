/// Spells each generated row as CSV cells; every row ends with its request id.
struct CSVRows {
  let workload: Workload

  /// Appends `step` to `line` and ends the row.
  func write(_ step: Step, to line: inout CSVLine) {
    switch step {
    case .union(let index, let number): union(index, number, &line)
    case .program(let index, let number): program(index, number, &line)
    case .money(let row): money(row, &line)
    case .reversal(let number, let day, let original): reversal(number, day, original, &line)
    }
  }

  private func union(_ index: Int, _ number: Int, _ line: inout CSVLine) {
    let tree = workload.tree
    line.cell(.kind) { ByteFormat.appendText("union", to: &$0) }
    line.cell(.date) { workload.dates.appendDate(0, to: &$0) }
    line.cell(.id) { $0 += tree.ids[index] }
    line.cell(.name) { $0 += tree.names[index] }
    if tree.parents[index] >= 0 {
      line.cell(.parent) { $0 += tree.ids[tree.parents[index]] }
    }
    end(number, &line)
  }

  private func program(_ index: Int, _ number: Int, _ line: inout CSVLine) {
    line.cell(.kind) { ByteFormat.appendText("program", to: &$0) }
    line.cell(.date) { workload.dates.appendDate(0, to: &$0) }
    line.cell(.id) { $0 += Programs.ids[index] }
    line.cell(.name) { $0 += Programs.names[index] }
    end(number, &line)
  }

  private func money(_ row: MoneyRow, _ line: inout CSVLine) {
    line.cell(.kind) { ByteFormat.appendText(Self.kindName(row.kind), to: &$0) }
    line.cell(.date) { workload.dates.appendDate(row.day, to: &$0) }
    line.cell(.union) { $0 += workload.tree.ids[row.union] }
    if row.to >= 0 { line.cell(.to) { $0 += workload.tree.ids[row.to] } }
    line.cell(.program) { $0 += Programs.ids[row.program] }
    line.cell(.amount) { ByteFormat.appendYuan(fen: row.amountFen, to: &$0) }
    counterparty(row, &line)
    if row.category >= 0 {
      let names = row.kind == .subsidy ? Categories.subsidy : Categories.disbursement
      line.cell(.category) { $0 += names[row.category] }
    }
    if row.headcount >= 0 {
      line.cell(.headcount) { ByteFormat.appendInteger(row.headcount, to: &$0) }
    }
    if row.quarter >= 0 {
      line.cell(.period) { workload.dates.appendPeriod(row.quarter, to: &$0) }
      line.cell(.duesPaid) { ByteFormat.appendYuan(fen: row.duesPaidFen, to: &$0) }
    }
    end(row.number, &line)
  }

  private func counterparty(_ row: MoneyRow, _ line: inout CSVLine) {
    if row.kind == .receipt {
      line.cell(.counterparty) { workload.appendReceiptSource(row.union, to: &$0) }
    } else if row.business >= 0 {
      line.cell(.counterparty) { workload.businesses.appendName(row.business, to: &$0) }
      line.cell(.counterpartyID) { workload.businesses.appendCode(row.business, to: &$0) }
    } else if row.group >= 0 {
      line.cell(.counterparty) { $0 += Categories.groups[row.group] }
    }
  }

  private func reversal(_ number: Int, _ day: Int, _ original: MoneyRow, _ line: inout CSVLine) {
    line.cell(.kind) { ByteFormat.appendText("reversal", to: &$0) }
    line.cell(.date) { workload.dates.appendDate(day, to: &$0) }
    line.cell(.reversesRequest) { Workload.appendRequestID(original.number, to: &$0) }
    line.cell(.memo) { ByteFormat.appendText("红字冲销(合成)", to: &$0) }
    end(number, &line)
  }

  private func end(_ number: Int, _ line: inout CSVLine) {
    line.cell(.requestID) { Workload.appendRequestID(number, to: &$0) }
    line.end()
  }

  /// The kind as the CSV `kind` column spells it.
  static func kindName(_ kind: MoneyKind) -> String {
    switch kind {
    case .receipt: return "receipt"
    case .allocation: return "allocation"
    case .refund: return "refund"
    case .subsidy: return "subsidy"
    case .disbursement: return "disbursement"
    }
  }
}
