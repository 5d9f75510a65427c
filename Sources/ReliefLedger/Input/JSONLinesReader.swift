import ReliefText

/// Reads the rows of JSON Lines text: one object per line, blank lines skipped.
enum JSONLinesReader {
  /// The rows of `text` that read without a problem, adding every problem found to
  /// `issues`.
  static func rows(
    in text: UnsafeBufferPointer<UInt8>, schema: InputSchema, limits: ReadLimits,
    issues: inout IssueCollector
  ) -> [InputRow] {
    let context = JSONLineParser.Context(schema: schema, limits: limits)
    var rows: [InputRow] = []
    // Counted apart from `rows`, which leaves out the rows with a problem.
    var rowCount = 0
    var start = 0
    var line = 0
    while start < text.count {
      line += 1
      var end = start
      while end < text.count && text[end] != ASCII.lineFeed { end += 1 }
      let lineRange = start..<end
      start = end + 1
      guard let content = trimmedContent(of: lineRange, in: text) else { continue }
      guard content.count <= limits.jsonLineSizeBytesMax else {
        issues.add(
          line: line,
          Text.current(
            .jsonLineTooLong,
            ["size": String(content.count), "limit": String(limits.jsonLineSizeBytesMax)]))
        continue
      }
      guard rowCount < limits.rowCountMax else {
        issues.add(
          line: line,
          Text.current(.readTooManyRows, ["count": String(limits.rowCountMax)]))
        break
      }
      var parser = JSONLineParser(text: content, line: line, context: context)
      rowCount += 1
      let issuesBefore = issues.addedCount
      let fields = parser.parse(issues: &issues)
      if issues.addedCount == issuesBefore { rows.append(InputRow(line: line, fields: fields)) }
    }
    return rows
  }

  /// The line without its CR, or nil when it is blank.
  private static func trimmedContent(
    of range: Range<Int>, in text: UnsafeBufferPointer<UInt8>
  ) -> UnsafeBufferPointer<UInt8>? {
    var end = range.upperBound
    if end > range.lowerBound && text[end - 1] == ASCII.carriageReturn { end -= 1 }
    let content = UnsafeBufferPointer(rebasing: text[range.lowerBound..<end])
    let isBlank = content.allSatisfy {
      $0 == ASCII.space || $0 == ASCII.tab || $0 == ASCII.carriageReturn
    }
    return isBlank ? nil : content
  }
}
