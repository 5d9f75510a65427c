import ReliefDisclosure
import ReliefLedger
import ReliefLog
import ReliefText

/// `relief roster verify`: checks the private roster against the verified journal.
enum RosterCommand {
  static let command = Command(
    name: "roster", summary: .summaryRoster, synopsis: .literal("verify"), about: .aboutRoster,
    options: [.valued("roster", .file, .optionRoster)],
    examples: ["relief roster verify --roster /secure/roster.jsonl"],
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals == ["verify"] else {
      throw .usage(Text.current(.usageRoster), command: "roster")
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
      let count = Money.groupedCount(Int64(problems.count))
      context.console.err(Text.current(.rosterInvalid, ["count": count]) + "\n")
      return .invalid
    }
    let count = Money.groupedCount(Int64(check.paymentCount))
    context.console.out(Text.current(.rosterValid, ["count": count]) + "\n")
    return .success
  }
}
