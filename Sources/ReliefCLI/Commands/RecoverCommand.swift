import ReliefLedger
import ReliefLog
import ReliefText

/// `relief recover`: cuts a torn tail back to the last commit.
enum RecoverCommand {
  static let command = Command(
    name: "recover", summary: .summaryRecover,
    help: """
      Usage: relief recover [--ledger DIR]

      If the journal ends with an unfinished batch (a crash during an append: the last
      line cut short, or entries without their commit line), cuts the journal back to the
      end of the last commit line and keeps the cut bytes in DIR/torn/. A batch that was
      committed is never touched, and nothing is done unless verification finds exactly a
      torn tail: a ledger with damage in committed lines is left as it is (exit 1).

      Example:
        relief recover --ledger ledger

      """,
    valued: [], flagNames: [],
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
        "bytes": ProgressMeter.grouped(cut), "seq": String(report.committedHead.lastSeq ?? -1),
        "side": side,
      ]
      context.console.out(Text.current(.recoverDone, values) + "\n")
      return .success
    }
  }
}
