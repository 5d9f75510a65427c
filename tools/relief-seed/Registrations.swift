/// The registration rows: every union (parents first, as `unions.csv` lists them) and
/// every program, dated `date` since the reports do not date them.
enum Registrations {
  /// The business date of every registration: the start of the period the reports cover.
  static let date = "2020-01-01"

  /// The row registering `union`.
  static func row(_ union: UnionSeed) -> ImportRow {
    var memo = "seeds:unions.csv " + union.sourceReport
    if union.isSynthetic { memo += " SYNTHETIC aggregate" }
    var row = ImportRow(kind: "union", date: date, memo: memo, requestID: "union:" + union.id)
    row[.id] = union.id
    row[.name] = union.name
    row[.parent] = union.parent
    return row
  }

  /// The row registering `program`.
  static func row(_ program: ProgramSeed) -> ImportRow {
    var row = ImportRow(
      kind: "program", date: date, memo: "seeds:programs.csv " + program.sourceReport,
      requestID: "program:" + program.id)
    row[.id] = program.id
    row[.name] = program.name
    return row
  }
}
