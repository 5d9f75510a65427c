import ReliefText

/// Turns the bytes of an input file into rows of named string fields, or into the full
/// list of what is wrong with it.
public enum InputReader {
  /// Reads every row of a CSV or JSON Lines file.
  ///
  /// - Parameters:
  ///   - bytes: the whole file.
  ///   - fileName: the name used in issues.
  ///   - format: how the file is laid out.
  ///   - encoding: the file's encoding, or nil to detect UTF-8 or else GB18030 (CSV only;
  ///     JSON Lines is always UTF-8).
  ///   - schema: the field names allowed and required.
  /// - Returns: the rows and the encoding they were decoded from.
  /// - Throws: `InputIssues` listing every problem found, in file order, when there is any.
  public static func read(
    bytes: [UInt8], fileName: String, format: InputFormat, encoding: TextEncoding?,
    schema: InputSchema
  ) throws(InputIssues) -> InputFile {
    try read(
      bytes: bytes, fileName: fileName, format: format, encoding: encoding,
      schema: schema, limits: .standard)
  }

  /// As the public `read`, with limits that tests can lower.
  static func read(
    bytes: [UInt8], fileName: String, format: InputFormat, encoding: TextEncoding?,
    schema: InputSchema, limits: ReadLimits
  ) throws(InputIssues) -> InputFile {
    let reading = readAll(
      bytes: bytes, fileName: fileName, format: format, encoding: encoding, schema: schema,
      limits: limits)
    if let issues = reading.issues { throw issues }
    return InputFile(rows: reading.rows, encoding: reading.encoding ?? .utf8)
  }

  /// Reads every row of a CSV or JSON Lines file as `read` does, but returns the problems
  /// beside the rows that read cleanly instead of throwing them.
  ///
  /// So that a caller can go on to check those rows (against the rules and the ledger) and
  /// report every problem of every row at once. No row is returned when the problem
  /// concerns the whole file: text that does not decode, or a CSV header in error.
  public static func readAll(
    bytes: [UInt8], fileName: String, format: InputFormat, encoding: TextEncoding?,
    schema: InputSchema
  ) -> InputReading {
    readAll(
      bytes: bytes, fileName: fileName, format: format, encoding: encoding, schema: schema,
      limits: .standard)
  }

  static func readAll(
    bytes: [UInt8], fileName: String, format: InputFormat, encoding: TextEncoding?,
    schema: InputSchema, limits: ReadLimits
  ) -> InputReading {
    var issues = IssueCollector(file: fileName, countMax: limits.issueCountMax)
    guard
      let text = TextDecoding.decode(
        bytes, format: format, encoding: encoding,
        limits: limits, issues: &issues)
    else {
      // Decoding reports why it failed; the fallback only guards that promise.
      let found =
        issues.result()
        ?? InputIssues([
          InputIssue(file: fileName, line: nil, field: nil, reason: Text.current(.readNotText))
        ])
      return InputReading(rows: [], encoding: nil, issues: found)
    }
    let rows = text.withBytes { buffer in
      switch format {
      case .csv:
        return CSVReader.rows(in: buffer, schema: schema, limits: limits, issues: &issues)
      case .jsonLines:
        return JSONLinesReader.rows(
          in: buffer, schema: schema, limits: limits,
          issues: &issues)
      }
    }
    return InputReading(rows: rows, encoding: text.encoding, issues: issues.result())
  }

  /// The format a file name's extension implies: `.csv` is CSV, `.jsonl` and `.ndjson`
  /// are JSON Lines (in any letter case); nil for anything else.
  public static func format(forFileName fileName: String) -> InputFormat? {
    let base = fileName.split(separator: "/").last ?? Substring(fileName)
    guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return nil }
    switch base[base.index(after: dot)...].lowercased() {
    case "csv": return .csv
    case "jsonl", "ndjson": return .jsonLines
    default: return nil
    }
  }
}
