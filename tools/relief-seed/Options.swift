/// The command line of `relief-seed`.
struct Options {
  /// The directory holding unions.csv, programs.csv and figures.csv.
  var seedsDirectory = "seeds"
  /// The import CSV to write.
  var outPath = ""
  var showHelp = false

  static let usage = """
    Usage: relief-seed [--seeds DIR] --out FILE.csv

    Reads the structured seeds drawn from the seed reports (DIR/unions.csv, programs.csv
    and figures.csv; DIR defaults to ./seeds) and writes one CSV for 'relief import' that
    builds the sample ledger: union and program registrations (parents first), then, in
    business-date order, every reported figure with its funding receipts and its
    deterministic synthetic breakdown. The same seeds always give the same bytes.
    FILE is created or overwritten.

    Example:
      relief-seed --seeds seeds --out /tmp/seed-import.csv
      relief import /tmp/seed-import.csv --ledger ledger

    """

  /// Parses `arguments` (without the program name).
  static func parse(_ arguments: [String]) throws(SeedError) -> Options {
    var options = Options()
    var seen: Set<String> = []
    var index = 0
    while index < arguments.count {
      var name = arguments[index]
      var value: String?
      if let equals = name.firstIndex(of: "="), name.hasPrefix("--") {
        value = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      index += 1
      if name == "--help" || name == "-h" {
        options.showHelp = true
        continue
      }
      guard name == "--seeds" || name == "--out" else {
        throw .usage("unknown option '\(name)'")
      }
      guard seen.insert(name).inserted else { throw .usage("\(name) is given twice") }
      if value == nil {
        guard index < arguments.count else { throw .usage("\(name) needs a value") }
        value = arguments[index]
        index += 1
      }
      guard let value, !value.isEmpty else { throw .usage("\(name) needs a value") }
      if name == "--seeds" { options.seedsDirectory = value } else { options.outPath = value }
    }
    if !options.showHelp && options.outPath.isEmpty { throw .usage("--out is required") }
    return options
  }
}
