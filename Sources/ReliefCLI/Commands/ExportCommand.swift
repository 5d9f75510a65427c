import ReliefDisclosure
import ReliefLedger
import ReliefLog
import ReliefText

/// `relief export`: the ledger in ledger-cli/hledger, beancount or CSV form.
enum ExportCommand {
  static let command = Command(
    name: "export", summary: .summaryExport, about: .aboutExport,
    options: [
      .valued("format", .literal("ledger|beancount|csv"), .optionExportFormat),
      .valued("out", .file, .optionExportOut),
    ] + TrustPin.options,
    examples: [
      "relief export --format ledger --ledger ledger --out relief.journal",
      "ledger -f relief.journal balance Assets",
    ],
    run: run)

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
      code: .invalid, message: Text.current(.commandJournalUnreadable, ["error": "\(error)"]))
  }
}
