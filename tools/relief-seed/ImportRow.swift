/// One row of the generated import CSV: a value for some of the columns, the rest empty.
struct ImportRow {
  private var values: [ImportColumn: String] = [:]

  /// A row of `kind` on `date`, with its memo and request id (every row has all four).
  init(kind: String, date: String, memo: String, requestID: String) {
    values[.kind] = kind
    values[.date] = date
    values[.memo] = memo
    values[.requestID] = requestID
  }

  /// The value of `column`; setting nil or "" leaves the cell empty.
  subscript(column: ImportColumn) -> String? {
    get { values[column] }
    set { values[column] = newValue?.isEmpty == true ? nil : newValue }
  }
}
