/// One program (fund) of `programs.csv`.
struct ProgramSeed {
  /// The columns of `programs.csv`.
  static let columns = ["id", "name", "source_report", "source_quote", "notes"]

  let id: String
  let name: String
  /// The report file that names the fund.
  let sourceReport: String

  /// The programs of `table` in file order.
  static func read(_ table: SeedTable, issues: inout SeedIssues) -> [ProgramSeed] {
    var programs: [ProgramSeed] = []
    var known: Set<String> = []
    for row in table.rows {
      let program = ProgramSeed(
        id: table.required("id", in: row, issues: &issues),
        name: table.required("name", in: row, issues: &issues),
        sourceReport: table.required("source_report", in: row, issues: &issues))
      _ = table.required("source_quote", in: row, issues: &issues)
      if !known.insert(program.id).inserted {
        issues.add(
          file: table.fileName, line: row.line, field: "id", "'\(program.id)' is repeated")
      }
      programs.append(program)
    }
    return programs
  }
}
