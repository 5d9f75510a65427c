import ReliefLedger

/// One reported figure of `figures.csv`, read and checked on its own (references to
/// unions, programs and other figures are checked by `FigurePlan`).
struct FigureSeed {
  /// The columns of `figures.csv`.
  static let columns = [
    "figure_id", "source_report", "source_quote", "union", "kind", "amount_yuan", "count",
    "count_unit", "category", "date", "date_basis", "notes", "to", "program", "headcount",
    "counterparty", "funded_by", "includes", "period",
  ]
  /// The longest figure id, in bytes; request ids are built from it.
  static let idSizeBytesMax = 32
  /// The largest count or headcount a figure may give.
  static let countMax = 100_000_000

  let id: String
  /// The line of `figures.csv` the figure is on.
  let line: Int
  let sourceReport: String
  let union: String
  let to: String?
  let program: String
  let kind: FigureKind
  let category: String?
  let amount: Money
  /// Businesses or people reached, as reported.
  let count: Int?
  /// The headcount the ledger books (see seeds/README.md).
  let headcount: Int?
  let counterparty: String?
  /// The source of funds the report names, booked as a receipt before the outflow.
  let fundedBy: String?
  /// Figures whose amounts (and counts) are part of this one's.
  let includes: [String]
  let period: String?
  let date: BusinessDate

  /// The figures of `table` in file order; `nil` in place of a row with problems.
  static func read(_ table: SeedTable, issues: inout SeedIssues) -> [FigureSeed] {
    var figures: [FigureSeed] = []
    var known: Set<String> = []
    for row in table.rows {
      let before = issues.messages.count
      let figure = read(row, table: table, issues: &issues)
      if let figure, !known.insert(figure.id).inserted {
        issues.add(
          file: table.fileName, line: row.line, field: "figure_id",
          "'\(figure.id)' is repeated")
      }
      if let figure, issues.messages.count == before {
        figures.append(figure)
      }
    }
    return figures
  }

  private static func read(
    _ row: InputRow, table: SeedTable, issues: inout SeedIssues
  ) -> FigureSeed? {
    let fields = row.fields
    for field in ["source_quote", "date_basis"] {
      _ = table.required(field, in: row, issues: &issues)
    }
    let id = table.required("figure_id", in: row, issues: &issues)
    if !isValidID(id) {
      issues.add(
        file: table.fileName, line: row.line, field: "figure_id",
        "'\(id)' must be 1–\(idSizeBytesMax) ASCII letters, digits and '-'")
    }
    let kindText = table.required("kind", in: row, issues: &issues)
    let kind = FigureKind(rawValue: kindText)
    if kind == nil {
      issues.add(
        file: table.fileName, line: row.line, field: "kind",
        "'\(kindText)' is not one of \(FigureKind.listed)")
    }
    let amount = readAmount(row, table: table, issues: &issues)
    let date = readDate(row, table: table, issues: &issues)
    let source = table.required("source_report", in: row, issues: &issues)
    let union = table.required("union", in: row, issues: &issues)
    let program = table.required("program", in: row, issues: &issues)
    let count = table.integer("count", in: row, minimum: 1, maximum: countMax, issues: &issues)
    let headcount = table.integer(
      "headcount", in: row, minimum: 1, maximum: countMax, issues: &issues)
    guard let kind, let amount, let date else { return nil }
    return FigureSeed(
      id: id, line: row.line, sourceReport: source, union: union, to: fields["to"],
      program: program, kind: kind, category: fields["category"], amount: amount,
      count: count, headcount: headcount, counterparty: fields["counterparty"],
      fundedBy: fields["funded_by"],
      includes: fields["includes"].map { $0.split(separator: ";").map(String.init) } ?? [],
      period: fields["period"], date: date)
  }

  private static func isValidID(_ id: String) -> Bool {
    let bytes = Array(id.utf8)
    guard !bytes.isEmpty, bytes.count <= idSizeBytesMax else { return false }
    return bytes.allSatisfy { byte in
      byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39)
        || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
  }

  private static func readAmount(
    _ row: InputRow, table: SeedTable, issues: inout SeedIssues
  ) -> Money? {
    let text = table.required("amount_yuan", in: row, issues: &issues)
    guard !text.isEmpty else { return nil }
    do {
      let amount = try Money.parseYuan(text)
      guard amount.fen > 0 else {
        issues.add(file: table.fileName, line: row.line, field: "amount_yuan", "must be > 0")
        return nil
      }
      return amount
    } catch {
      issues.add(
        file: table.fileName, line: row.line, field: "amount_yuan", error.description)
      return nil
    }
  }

  private static func readDate(
    _ row: InputRow, table: SeedTable, issues: inout SeedIssues
  ) -> BusinessDate? {
    let text = table.required("date", in: row, issues: &issues)
    guard !text.isEmpty else { return nil }
    do {
      return try BusinessDate(parsing: text)
    } catch {
      issues.add(file: table.fileName, line: row.line, field: "date", "\(error)")
      return nil
    }
  }
}
