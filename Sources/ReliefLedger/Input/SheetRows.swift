import ReliefCrypto
import ReliefLog
import ReliefText

/// Gives the rows of a sheet that carry no `request_id` one derived from their content, and
/// finds the rows a sheet repeats.
///
/// Importing a sheet again must not append its rows again. Rows with a `request_id` are
/// recognised by it; a row without one gets `row:` followed by the first 16 hex digits of
/// the SHA-256 of the canonical entry it maps to (`contentID(of:)`), which the journal keeps
/// as the entry's request id, so the next import of the same row finds it there and skips
/// it. Two rows of one sheet with the same request id, given or derived, are a repeat.
public enum SheetRows {
  /// How a derived request id starts.
  public static let contentIDPrefix = "row:"
  /// How many hex digits of the digest a derived request id keeps (64 bits: a clash
  /// between two different rows is not expected before billions of rows).
  static let contentIDHexCount = 16

  /// `rows` with a derived `request_id` on every row that maps to an entry and gives none,
  /// less the rows that repeat an earlier row of the sheet; and one issue per repeat, naming
  /// both rows.
  ///
  /// A row that does not map is kept as it is, for the writer to report its problems.
  /// `nowMillis` dates registrations that give no date, as the writer does.
  public static func prepare(
    _ rows: [InputRow], source: String, nowMillis: Int64
  ) -> (rows: [InputRow], issues: [InputIssue]) {
    let today = BusinessDate(
      unixMillis: nowMillis, utcOffsetSeconds: BusinessDate.chinaStandardTimeOffsetSeconds)
    var kept: [InputRow] = []
    kept.reserveCapacity(rows.count)
    var issues: [InputIssue] = []
    // Sized once: growing it rehashes every id so far, several times over a large sheet.
    var firstLines: [String: Int] = [:]
    firstLines.reserveCapacity(rows.count)
    for row in rows {
      var prepared = row
      var derived = false
      if row.fields["request_id"] == nil, let today,
        case .success(let draft) = RowMapper.draft(from: row.fields, today: today)
      {
        var fields = row.fields
        fields["request_id"] = contentID(of: draft)
        prepared = InputRow(line: row.line, fields: fields)
        derived = true
      }
      guard let requestID = prepared.fields["request_id"] else {
        kept.append(prepared)
        continue
      }
      guard let firstLine = firstLines[requestID] else {
        firstLines[requestID] = row.line
        kept.append(prepared)
        continue
      }
      let reason =
        derived
        ? Text.current(.sheetRepeatsContent, ["line": "\(firstLine)"])
        : Text.current(.sheetRepeatsRequestID, ["line": "\(firstLine)", "id": requestID])
      issues.append(
        InputIssue(
          file: source, line: row.line, field: derived ? nil : "request_id", reason: reason))
    }
    return (kept, issues)
  }

  /// The request id derived from what `draft` records: its kind and canonical members, a
  /// payment's commitment request, a reversal's target.
  ///
  /// A payee counts by the masked name only: the salted commitment differs each time a
  /// row is read, and the ID number must not be guessable from a public request id.
  public static func contentID(of draft: EntryDraft) -> String {
    var object = JSONObject()
    switch draft {
    case .entry(let entry):
      append(entry, to: &object)
    case .payment(let entry, let commitmentRequest):
      append(entry, to: &object)
      object.append("commitment_request", .string(commitmentRequest))
    case .reversal(let date, let target, let memo, _):
      object.append("kind", .string(EntryKind.reversal.rawValue))
      object.append("date", .string(date.description))
      switch target {
      case .seq(let seq): object.append("reverses", .integer(seq))
      case .requestID(let id): object.append("reverses_request", .string(id))
      }
      if let memo { object.append("memo", .string(memo)) }
    }
    let hex = SHA256.hash(CanonicalEncoder.encode(object)).hex
    return contentIDPrefix + String(hex.prefix(contentIDHexCount))
  }

  private static func append(_ entry: Entry, to object: inout JSONObject) {
    var counted = entry
    if let payee = entry.action.payee {
      counted = entry.with(
        entry.action.replacingPayee(Payee(display: payee.display, commitment: "")))
    }
    object.append("kind", .string(entry.kind.rawValue))
    object.members += EntryEncoder.body(of: counted).members
  }
}
