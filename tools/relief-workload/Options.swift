/// The command line of `relief-workload`.
struct Options {
  /// Entry rows to generate in total (registrations included).
  var entries = 0
  var seed: UInt64 = 0
  /// Directory for the CSV chunks, or nil to write none.
  var outDirectory: String?
  /// Most data rows per CSV chunk.
  var chunkRows = 100_000
  /// Path of the ledger-cli journal to write, or nil to write none.
  var ledgerCLIPath: String?
  var showHelp = false

  static let usage = """
    Usage: relief-workload --entries N --seed S [--out DIR] [--chunk-rows R]
                           [--ledger-cli FILE]

    Writes a deterministic synthetic relief-fund history of exactly N entry rows:
    ~300 unions (national, provinces, cities, districts), 3 programs, then receipts,
    allocations, refunds, subsidies, disbursements and ~1% reversals, dated
    2020-01-01..2022-12-31 (import with a clock on or after 2023-01-01).
      --out DIR          CSV chunks DIR/workload-0001.csv, ... to import in order into a
                         fresh 'relief init' ledger (DIR is created; existing chunk
                         files are never overwritten)
      --chunk-rows R     data rows per chunk at most (default 100000)
      --ledger-cli FILE  the same history as a ledger-cli / hledger journal
    At least one of --out and --ledger-cli is required. The same N and S always give
    the same bytes.

    Example:
      relief-workload --entries 1000000 --seed 42 --out /tmp/workload

    """

  /// Parses `arguments` (without the program name).
  static func parse(_ arguments: [String]) throws(WorkloadError) -> Options {
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
      guard seen.insert(name).inserted else { throw .usage("\(name) is given twice") }
      if value == nil {
        guard index < arguments.count else { throw .usage("\(name) needs a value") }
        value = arguments[index]
        index += 1
      }
      try options.set(name, value ?? "")
    }
    if options.showHelp { return options }
    guard seen.contains("--entries") else { throw .usage("--entries is required") }
    guard seen.contains("--seed") else { throw .usage("--seed is required") }
    guard options.outDirectory != nil || options.ledgerCLIPath != nil else {
      throw .usage("give --out DIR, --ledger-cli FILE, or both")
    }
    return options
  }

  private mutating func set(_ name: String, _ value: String) throws(WorkloadError) {
    switch name {
    case "--entries":
      entries = try Self.count(name, value, minimum: 1)
    case "--seed":
      guard let seed = UInt64(value) else {
        throw .usage("--seed must be a whole number from 0 to 2^64-1, not '\(value)'")
      }
      self.seed = seed
    case "--out":
      guard !value.isEmpty else { throw .usage("--out needs a directory") }
      outDirectory = value
    case "--chunk-rows":
      chunkRows = try Self.count(name, value, minimum: 1)
    case "--ledger-cli":
      guard !value.isEmpty else { throw .usage("--ledger-cli needs a file name") }
      ledgerCLIPath = value
    default:
      throw .usage("unknown option '\(name)'")
    }
  }

  private static func count(
    _ name: String, _ value: String, minimum: Int
  ) throws(WorkloadError) -> Int {
    guard let number = Int(value), number >= minimum, number <= 1_000_000_000 else {
      throw .usage("\(name) must be a whole number from \(minimum) to 1000000000, not '\(value)'")
    }
    return number
  }
}
