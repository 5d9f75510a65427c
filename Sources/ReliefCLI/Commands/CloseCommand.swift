import ReliefLedger
import ReliefText

/// `relief close PERIOD`: closes the books (结账) through a month with a `close` entry.
enum CloseCommand {
  static let command = Command(
    name: "close", summary: .summaryClose,
    help: """
      Usage: relief close PERIOD --key ADMIN_KEY [--date YYYY-MM-DD] [--memo TEXT]
                          [--request-id ID] [--json] [--ledger DIR]

      Appends a 'close' entry closing every month up to and including PERIOD (YYYY-MM),
      signed by an administrator's key. Afterwards every entry dated in a closed month is
      refused, by appends, imports and 'relief verify' alike (code period-closed): correct
      a closed month with a reversal dated in an open one. Closing is cumulative and only
      goes forward: a PERIOD at or before the last close is refused
      (period-already-closed), and so is a month after the close's own date
      (close-after-its-date). The date defaults to today.

      Example:
        relief close 2022-03 --key ~/.relief/admin.key --ledger ./ledger

      """,
    valued: ["key", "signer", "date", "memo", "request_id"], flagNames: ["json"],
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.count == 1, let period = arguments.positionals.first else {
      throw .usage(Text.current(.usageClosePeriod), command: "close")
    }
    let signer = try KeyFiles.signer(arguments, context, command: "close")
    var fields = ["kind": EntryKind.close.rawValue, "period": period]
    for name in ["date", "memo", "request_id"] {
      if let value = arguments.values[name], !value.isEmpty { fields[name] = value }
    }
    let writer = LedgerWriter(
      journal: try context.journal(arguments), nowMillis: try context.clock(), signer: signer,
      stateDirectory: context.stateDirectory(arguments))
    let result: AppendResult
    do {
      result = try writer.append(rows: [InputRow(line: 1, fields: fields)], source: "close")
    } catch {
      throw CommandFailure(error)
    }
    AppendReport.print(result, json: arguments.flags.contains("json"), console: context.console)
    return .success
  }
}
