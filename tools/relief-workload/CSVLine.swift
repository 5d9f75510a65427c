/// The columns of the workload CSV, in header order.
enum CSVColumn: Int, CaseIterable {
  case kind, date, id, name, parent, union, to, program, amount, counterparty
  case counterpartyID, category, headcount, period, duesPaid, reversesRequest, memo
  case requestID

  /// The header row, newline included.
  static let header = Array(
    ("kind,date,id,name,parent,union,to,program,amount,counterparty,counterparty_id,"
      + "category,headcount,period,dues_paid,reverses_request,memo,request_id\n").utf8)
}

/// One CSV row being appended to a sink: cells are given in column order and the empty
/// cells in between get their separators.
///
/// Values are written unquoted.
struct CSVLine {
  private let sink: ByteSink
  private var column = 0

  init(sink: ByteSink) {
    self.sink = sink
  }

  /// Moves to `target` (adding the separators in between) and appends its value.
  mutating func cell(_ target: CSVColumn, _ value: (inout [UInt8]) -> Void) {
    while column < target.rawValue {
      sink.buffer.append(ByteFormat.comma)
      column += 1
    }
    value(&sink.buffer)
  }

  /// Appends the separators up to the last column and the newline.
  mutating func end() {
    cell(CSVColumn.allCases[CSVColumn.allCases.count - 1]) { $0.append(ByteFormat.newline) }
  }
}
