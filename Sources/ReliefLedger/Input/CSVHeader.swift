import ReliefText

/// The column names of a CSV file, checked against a schema.
struct CSVHeader {
  /// Each column's name as written, trimmed; empty when it has none.
  let names: [String]
  /// The field each column fills, or nil for a column that is unknown, unnamed or repeated.
  let fields: [String?]

  /// Reads the names from the first record, adding an issue for each bad or missing one.
  init(
    record: CSVRecord, schema: InputSchema, limits: ReadLimits,
    issues: inout IssueCollector
  ) {
    for problem in record.problems {
      issues.add(line: problem.line, problem.kind.reason)
    }
    if record.cellCount > limits.cellCountMax {
      issues.add(
        line: record.line,
        Text.current(
          .csvHeaderTooWide,
          ["count": String(record.cellCount), "limit": String(limits.cellCountMax)]))
    }
    let known = Set(schema.knownFields)
    var names: [String] = []
    var fields: [String?] = []
    var columnOfField: [String: Int] = [:]
    for (index, cell) in record.cells.enumerated() {
      let column = index + 1
      guard let value = cell.value else {
        issues.add(
          line: cell.line,
          Text.current(
            .csvColumnNameTooLong,
            [
              "column": String(column), "size": String(cell.sizeBytes),
              "limit": String(limits.fieldSizeBytesMax),
            ]))
        names.append("")
        fields.append(nil)
        continue
      }
      let name = Self.trimmed(value)
      names.append(name)
      fields.append(nil)
      let runsToEnd = record.endsInsideQuote && index == record.cells.count - 1
      if runsToEnd {
        // The rest of the file is this cell; the unterminated quote was reported already.
        continue
      } else if name.isEmpty {
        issues.add(line: cell.line, Text.current(.csvColumnWithoutName, ["column": String(column)]))
      } else if known.contains(name) || schema.columnAliases[name] != nil {
        let field = known.contains(name) ? name : schema.columnAliases[name] ?? name
        if let first = columnOfField[field] {
          issues.add(
            line: cell.line,
            Text.current(
              name == field ? .csvDuplicateColumn : .csvDuplicateColumnAlias,
              ["name": name, "field": field, "first": String(first), "column": String(column)]))
        } else {
          columnOfField[field] = column
          fields[index] = field
        }
      } else {
        issues.add(
          line: cell.line,
          Text.current(
            schema.columnAliases.isEmpty ? .csvUnknownColumn : .csvUnknownColumnOrChinese,
            ["name": name, "known": schema.knownFields.joined(separator: ", ")]))
      }
    }
    for required in schema.requiredFields where columnOfField[required] == nil {
      issues.add(line: record.line, Text.current(.csvMissingColumn, ["field": required]))
    }
    self.names = names
    self.fields = fields
  }

  /// The number of columns.
  var count: Int { names.count }

  /// The name to show for an issue in the cell at `index`, if that column has one.
  func displayName(at index: Int) -> String? {
    guard index < names.count, !names[index].isEmpty else { return nil }
    return names[index]
  }

  /// `value` without the ASCII spaces and tabs around it.
  private static func trimmed(_ value: String) -> String {
    let bytes = Array(value.utf8)
    var low = 0
    var high = bytes.count
    while low < high && ASCII.isBlank(bytes[low]) { low += 1 }
    while high > low && ASCII.isBlank(bytes[high - 1]) { high -= 1 }
    return String(decoding: bytes[low..<high], as: UTF8.self)
  }
}
