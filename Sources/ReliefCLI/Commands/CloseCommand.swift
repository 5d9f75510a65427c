import ReliefLedger
import ReliefText

/// `relief close PERIOD`: closes the books (结账) through a month with a `close` entry.
enum CloseCommand {
  static let command = Command(
    name: "close", summary: .summaryClose, synopsis: .word(.placeholderPeriod), about: .aboutClose,
    options: [
      .valued("key", .file, .optionAdminKey),
      .valued("signer", .file, .optionSigner),
      .valued("date", .date, .optionCloseDate),
      .valued("memo", .text, .optionFieldMemo),
      .valued("request_id", .id, .optionFieldRequestId),
      .flag("json", .optionJSON),
    ],
    examples: ["relief close 2022-03 --key ~/.relief/admin.key --ledger ./ledger"],
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
