/// Reads the seed directory and writes the import CSV that builds the sample ledger.
enum SeedImporter {
  /// The seed files, as named in `seeds/`.
  static let unionsFile = "unions.csv"
  static let programsFile = "programs.csv"
  static let figuresFile = "figures.csv"

  /// Checks every seed file (all problems are reported together), then writes the CSV;
  /// returns a one-line summary.
  static func run(seeds directory: String, out path: String) throws(SeedError) -> String {
    let unionTable = try SeedTable.read(
      directory: directory, fileName: unionsFile, columns: UnionSeed.columns)
    let programTable = try SeedTable.read(
      directory: directory, fileName: programsFile, columns: ProgramSeed.columns)
    let figureTable = try SeedTable.read(
      directory: directory, fileName: figuresFile, columns: FigureSeed.columns)
    var issues = SeedIssues()
    let unions = UnionSeed.read(unionTable, issues: &issues)
    let programs = ProgramSeed.read(programTable, issues: &issues)
    let figures = FigureSeed.read(figureTable, issues: &issues)
    let booked = FigurePlan.book(
      figures, unions: Set(unions.map(\.id)), programs: Set(programs.map(\.id)),
      fileName: figuresFile, issues: &issues)
    try issues.throwIfAny()

    let file = try OutputFile(path: path)
    var rows = FigureRows(writer: ImportCSVWriter(file: file))
    for union in unions {
      try rows.writeRegistration(Registrations.row(union))
    }
    for program in programs {
      try rows.writeRegistration(Registrations.row(program))
    }
    for figure in booked {
      try rows.write(figure)
    }
    try file.finish()
    return "relief-seed: wrote \(rows.rowCount) rows to \(path) (\(unions.count) unions, "
      + "\(programs.count) programs, \(booked.count) figures)\n"
  }
}
