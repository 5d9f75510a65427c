import ReliefDisclosure
import ReliefLedger
import ReliefLog

/// `relief roster verify`: checks the private roster against the verified journal.
enum RosterCommand {
  static let command = Command(
    name: "roster", summary: .summaryRoster, synopsis: .literal("verify"), about: .aboutRoster,
    options: [.valued("roster", .file, .optionRoster)],
    examples: ["relief roster verify --roster /secure/roster.jsonl"],
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals == ["verify"] else {
      throw .usage("roster takes one subcommand: verify", command: "roster")
    }
    let journal = try context.journal(arguments)
    let path = arguments.values["roster"] ?? RosterFile.path(in: journal.directory)
    let records: [(line: Int, record: RosterRecord)]
    do {
      records = try RosterFile.read(path)
    } catch {
      throw CommandFailure(code: .invalid, message: "\(path): \(error)")
    }
    var check = RosterCheck(records: records)
    let view = try LedgerLoading.view(journal, context, arguments)
    do {
      let lines = VerifiedLines(try journal.openSnapshot(), view: view)
      try JournalStream.forEachEntry(lines) { item in check.check(item.entry, seq: item.seq) }
    } catch {
      throw CommandFailure.reading(error)
    }
    let problems = check.finish()
    for problem in problems { context.console.err(problem + "\n") }
    guard problems.isEmpty else {
      context.console.err("roster invalid: \(problems.count) problem(s)\n")
      return .invalid
    }
    context.console.out(
      "roster valid: \(check.paymentCount) payment(s) to people, each with its record\n")
    return .success
  }
}
