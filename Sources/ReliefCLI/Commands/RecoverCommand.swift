import ReliefLedger
import ReliefLog

/// `relief recover`: cuts a torn tail back to the last commit.
enum RecoverCommand {
  static let command = Command(
    name: "recover", summary: .summaryRecover, about: .aboutRecover, options: [],
    examples: ["relief recover --ledger ledger"],
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.isEmpty else {
      throw .usage("recover takes no arguments", command: "recover")
    }
    let journal = try context.journal(arguments)
    let report = try VerifyCommand.verify(journal)
    switch report.verdict {
    case .valid:
      context.console.out("nothing to recover: the journal ends with a commit line\n")
      return .success
    case .invalid:
      context.console.err(VerifyCommand.text(report))
      throw CommandFailure(
        code: .invalid,
        message: "not recovering: committed lines are damaged or altered; a crash cannot "
          + "cause that, so nothing was changed")
    case .tornTail:
      let side: String
      let now = try context.clock()()
      do {
        side = try journal.cutTail(
          committedSizeBytes: report.committedSizeBytes, sizeBytes: report.sizeBytes,
          nowMillis: now)
      } catch {
        throw CommandFailure(error)
      }
      let cut = report.sizeBytes - report.committedSizeBytes
      context.console.out(
        "recovered: cut \(cut) bytes after seq \(report.committedHead.lastSeq ?? -1); "
          + "kept in \(side)\n")
      return .success
    }
  }
}
