#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Generates the workload row by row and hands each row to the writers as it is made:
/// first the union and program registrations (parents first), then the money rows, dated
/// evenly from 2020-01-01 to 2022-12-31.
enum Generator {
  /// Generates `options.entries` rows; returns a one-paragraph summary.
  static func run(_ options: Options) throws(WorkloadError) -> String {
    var rng = SplitMix64(seed: options.seed)
    let tree = UnionTree(rng: &rng)
    let registrations = tree.count + Programs.count
    let moneyRows = max(0, options.entries - registrations)
    let workload = Workload(
      tree: tree, businesses: Businesses(count: businessCount(moneyRows: moneyRows)),
      dates: DateTable())
    var planner = MoneyPlanner(
      rng: rng, tree: tree, businessCount: workload.businesses.count,
      quarters: DateTable.quarterCount)
    var csv: CSVChunkWriter?
    if let directory = options.outDirectory {
      try makeDirectory(directory)
      csv = CSVChunkWriter(directory: directory, chunkRows: options.chunkRows, workload: workload)
    }
    let ledger = try options.ledgerCLIPath.map { (path: String) throws(WorkloadError) in
      try LedgerCLIWriter(
        path: path, workload: workload, entries: options.entries, seed: options.seed)
    }
    var tally = KindTally()
    for number in 1...options.entries {
      let step: Step
      if number <= tree.count {
        step = .union(index: number - 1, number: number)
      } else if number <= registrations {
        step = .program(index: number - tree.count - 1, number: number)
      } else {
        let day = (number - registrations - 1) * workload.dates.dayCount / moneyRows
        step = planner.next(number: number, day: day, quarter: workload.dates.quarter(ofDay: day))
      }
      tally.count(step)
      try csv?.write(step)
      try ledger?.write(step)
    }
    try csv?.finish()
    try ledger?.finish()
    return tally.summary(
      chunks: csv?.chunkCount ?? 0, businesses: workload.businesses.count)
  }

  /// Enough businesses that every quarter's refunds find one not yet refunded for it
  /// (refunds are about 40 % of money rows, spread over 12 quarters), and at least 20,000.
  static func businessCount(moneyRows: Int) -> Int {
    max(20_000, moneyRows / 100 * 42 / DateTable.quarterCount * 5 / 4)
  }

  /// Creates `path` and any missing parents.
  private static func makeDirectory(_ path: String) throws(WorkloadError) {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      prefix += component + "/"
      if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
        throw .system("create directory", prefix, errno)
      }
    }
  }
}
