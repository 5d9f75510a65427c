import ReliefLedger

/// One seed CSV read into rows of named fields, with the helpers the record readers share.
struct SeedTable {
  /// The file name used in problems, such as `figures.csv`.
  let fileName: String
  /// The data rows in file order.
  let rows: [InputRow]

  /// Reads `directory/fileName`, whose header must hold exactly the names in `columns`.
  ///
  /// The columns may come in any order. Quoting follows RFC 4180, as for `relief import`.
  static func read(
    directory: String, fileName: String, columns: [String]
  ) throws(SeedError) -> SeedTable {
    let path = directory + "/" + fileName
    let bytes = try SeedFiles.contents(of: path)
    let schema = InputSchema(knownFields: columns, requiredFields: columns, integerFields: [])
    do {
      let file = try InputReader.read(
        bytes: bytes, fileName: path, format: .csv, encoding: .utf8, schema: schema)
      return SeedTable(fileName: fileName, rows: file.rows)
    } catch {
      throw .invalidSeeds(error.issues.map(\.description))
    }
  }

  /// The value of `field` in `row`; records a problem and returns "" if it is empty.
  func required(_ field: String, in row: InputRow, issues: inout SeedIssues) -> String {
    guard let value = row.fields[field] else {
      issues.add(file: fileName, line: row.line, field: field, "is required")
      return ""
    }
    return value
  }

  /// The whole number in `field` of `row` (nil if empty); records a problem if it is not
  /// a whole number from `minimum` to `maximum`.
  func integer(
    _ field: String, in row: InputRow, minimum: Int, maximum: Int, issues: inout SeedIssues
  ) -> Int? {
    guard let text = row.fields[field] else { return nil }
    guard let value = Int(text), value >= minimum, value <= maximum else {
      issues.add(
        file: fileName, line: row.line, field: field,
        "'\(text)' is not a whole number from \(minimum) to \(maximum)")
      return nil
    }
    return value
  }
}
