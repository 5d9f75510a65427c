import ReliefLedger
import ReliefLog
import ReliefText

/// `relief recover`: cuts a torn tail back to the last commit.
enum RecoverCommand {
  static let command = Command(
    name: "recover", summary: .summaryRecover, about: .aboutRecover, options: [],
    examples: ["relief recover --ledger ledger"],
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.isEmpty else {
      throw .usage(Text.current(.usageNoArguments, ["command": "recover"]), command: "recover")
    }
    let journal = try context.journal(arguments)
    let report = try VerifyCommand.verify(journal)
    switch report.verdict {
    case .valid:
      context.console.out(Text.current(.recoverNothing) + "\n")
      return .success
    case .invalid:
      context.console.err(VerifyCommand.text(report))
      throw CommandFailure(
        code: .invalid,
        message: Text.current(.recoverRefused))
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
      let values = [
        "bytes": Money.groupedCount(cut), "seq": String(report.committedHead.lastSeq ?? -1),
        "side": side,
      ]
      context.console.out(Text.current(.recoverDone, values) + "\n")
      return .success
    }
  }
}
