import ReliefText

/// Reads the rows of CSV text whose first record names the columns.
enum CSVReader {
  /// The data rows of `text` that read without a problem, adding every problem found to
  /// `issues`.
  ///
  /// No row is returned when the header has a problem: the rows' fields would be
  /// misnamed or missing.
  static func rows(
    in text: UnsafeBufferPointer<UInt8>, schema: InputSchema, limits: ReadLimits,
    issues: inout IssueCollector
  ) -> [InputRow] {
    var tokenizer = CSVTokenizer(
      text: text, fieldSizeBytesMax: limits.fieldSizeBytesMax,
      cellCountMax: limits.cellCountMax)
    guard let headerRecord = tokenizer.nextRecord() else {
      issues.add(line: nil, Text.current(.csvFileEmpty))
      return []
    }
    let issuesBeforeHeader = issues.addedCount
    let header = CSVHeader(
      record: headerRecord, schema: schema, limits: limits,
      issues: &issues)
    let headerIsClean = issues.addedCount == issuesBeforeHeader
    var rows: [InputRow] = []
    // Counted apart from `rows`, which leaves out the rows with a problem.
    var rowCount = 0
    while let record = tokenizer.nextRecord() {
      if record.isBlank { continue }
      guard rowCount < limits.rowCountMax else {
        issues.add(
          line: record.line,
          Text.current(.readTooManyRows, ["count": String(limits.rowCountMax)]))
        break
      }
      rowCount += 1
      let issuesBefore = issues.addedCount
      let row = row(from: record, header: header, limits: limits, issues: &issues)
      if headerIsClean && issues.addedCount == issuesBefore { rows.append(row) }
    }
    return rows
  }

  private static func row(
    from record: CSVRecord, header: CSVHeader, limits: ReadLimits,
    issues: inout IssueCollector
  ) -> InputRow {
    for problem in record.problems {
      issues.add(
        line: problem.line, field: header.displayName(at: problem.cellIndex),
        problem.kind.reason)
    }
    if !record.endsInsideQuote && record.cellCount != header.count {
      issues.add(
        line: record.line,
        Text.current(
          record.cellCount == 1 ? .csvCellCountOne : .csvCellCountMany,
          ["count": String(record.cellCount), "header": String(header.count)]))
    }
    var fields: [String: String] = [:]
    fields.reserveCapacity(min(record.cells.count, header.count))
    for (index, cell) in record.cells.enumerated() {
      guard let value = cell.value else {
        issues.add(
          line: cell.line, field: header.displayName(at: index),
          Text.current(
            .readValueTooLong,
            ["size": String(cell.sizeBytes), "limit": String(limits.fieldSizeBytesMax)]))
        continue
      }
      guard index < header.count, let field = header.fields[index], !value.isEmpty else {
        continue
      }
      fields[field] = value
    }
    return InputRow(line: record.line, fields: fields)
  }
}
