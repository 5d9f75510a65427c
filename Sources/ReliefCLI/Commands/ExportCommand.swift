import ReliefDisclosure
import ReliefLedger
import ReliefLog
import ReliefText

/// `relief export`: the ledger in ledger-cli/hledger, beancount or CSV form.
enum ExportCommand {
  static let command = Command(
    name: "export", summary: .summaryExport,
    help: """
      Usage: relief export --format ledger|beancount|csv [--out FILE] [--key KEY | --trust FILE]

      Writes the committed entries for accounting tools, to standard output or FILE:
        ledger     ledger-cli and hledger journal: one transaction per money entry,
                   accounts Assets:Union:<union>:<program>, Income:Receipts:...,
                   Expenses:Refunds|Subsidies|Disbursements:..., amounts in CNY;
                   a reversal is its original's transaction with the signs flipped
        beancount  the same transactions with open directives; ids become account
                   components (first letter capitalized, '.' -> -D, '_' -> -U)
        csv        one row per entry: seq, date, kind, union, to, program, amount_yuan,
                   effect_yuan, counterparty, counterparty_id, category, headcount,
                   period, reverses, memo ...; public: counterparties, memos and
                   purposes as the disclosure site shows them, and no cell starts a
                   formula (docs/DISCLOSURE.md)

      Only lines that pass every check of 'relief verify' are exported (each confirmed
      again as it is read); for a ledger that does not verify nothing is written (exit 1),
      and FILE appears only whole.

      Options:
        --out FILE    write FILE instead of standard output
      \(TrustPin.help)

      Example:
        relief export --format ledger --ledger ledger --out relief.journal
        ledger -f relief.journal balance Assets

      """,
    valued: TrustPin.valued.union(["format", "out"]), flagNames: [],
    run: run, repeatable: TrustPin.repeatable)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.isEmpty else {
      throw .usage(Text.current(.usageNoArguments, ["command": "export"]), command: "export")
    }
    guard let name = arguments.values["format"] else {
      throw .usage(Text.current(.usageExportFormatMissing), command: "export")
    }
    guard let format = ExportFormat(rawValue: name) else {
      throw .usage(Text.current(.usageExportFormat, ["format": name]), command: "export")
    }
    let journal = try context.journal(arguments)
    // Only lines that passed verification are exported (each one confirmed again as it
    // is read): nothing is written for a ledger that does not verify.
    let view = try LedgerLoading.view(journal, context, arguments)
    try TrustPin.check(view, journal: journal, arguments: arguments, command: "export")
    var file: FileTextStream?
    let meter = ProgressMeter.lines(.progressExport, context, arguments)
    defer { meter.finish() }
    do {
      if let path = arguments.values["out"] {
        let opened = try FileTextStream(path: path)
        file = opened
        var stream = opened.stream
        try format.export(journal, verified: view, to: &stream, progress: meter.callback)
        try opened.close()
      } else {
        var stream = ConsoleStream(console: context.console)
        try format.export(journal, verified: view, to: &stream, progress: meter.callback)
        stream.flush()
      }
    } catch {
      file?.abandon()
      throw CommandFailure.reading(error)
    }
    return .success
  }
}

/// A buffered text stream onto the console's standard output.
struct ConsoleStream: TextOutputStream {
  let console: Console
  private var buffer = ""

  init(console: Console) { self.console = console }

  mutating func write(_ string: String) {
    buffer += string
    if buffer.utf8.count >= 1 << 16 { flush() }
  }

  mutating func flush() {
    if !buffer.isEmpty { console.out(buffer) }
    buffer = ""
  }
}

extension CommandFailure {
  /// The failure for an error while reading the ledger or writing an output.
  static func reading(_ error: any Error) -> CommandFailure {
    if let error = error as? JournalError { return CommandFailure(error) }
    if let error = error as? DisclosureReadError {
      return CommandFailure(
        code: error.isVerification ? .invalid : .environment, message: error.description)
    }
    return CommandFailure(
      code: .invalid, message: Text.current(.journalUnreadable, ["error": "\(error)"]))
  }
}
