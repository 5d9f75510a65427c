import ReliefLedger
import ReliefLog
import ReliefText

/// `relief import FILE`: appends every row of a CSV or JSON Lines file as one batch.
enum ImportCommand {
  /// Largest input file accepted.
  static let fileSizeBytesMax: Int64 = 4 * 1024 * 1024 * 1024

  static let command = Command(
    name: "import", summary: .summaryImport, synopsis: .file, about: .aboutImport,
    options: [
      .valued("format", .literal("csv|jsonl"), .optionFormat),
      .valued("encoding", .literal("utf-8|gb18030"), .optionEncoding),
      .valued("key", .file, .optionSigningKey),
      .valued("signer", .file, .optionSigner),
      .flag("stage", .optionStage),
      .flag("json", .optionJSON),
    ],
    examples: [
      "relief import refunds-2020-03.csv --ledger ./ledger",
      "relief import refunds-2020-04.csv --key maker.key --stage",
    ],
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
      throw .usage(Text.current(.usageImportFile), command: "import")
    }
    let format = try self.format(arguments, path: path)
    let encoding = try self.encoding(arguments)
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.readFile(path, sizeBytesMax: fileSizeBytesMax)
    } catch {
      throw CommandFailure(code: .environment, message: error.description)
    }
    let reading = InputReader.readAll(
      bytes: bytes, fileName: path, format: format, encoding: encoding,
      schema: EntryFields.schema)
    // With nothing readable (the text or the header is wrong) there is nothing to check.
    if let issues = reading.issues, reading.rows.isEmpty {
      throw CommandFailure(
        code: .rejected, message: Text.current(.importUnreadable, ["issues": "\(issues)"]))
    }
    let signer = try KeyFiles.signer(arguments, context, command: "import")
    let clock = try context.clock()
    let writer = LedgerWriter(
      journal: try context.journal(arguments), nowMillis: clock, signer: signer,
      stateDirectory: context.stateDirectory(arguments))
    let sheet = SheetRows.prepare(reading.rows, source: path, nowMillis: clock())
    let issues = (reading.issues?.issues ?? []) + sheet.issues
    if arguments.flags.contains("stage") {
      return try StageReport.stage(
        sheet.rows, source: path, issues: issues, writer: writer, arguments, context)
    }
    let meter = ProgressMeter(
      label: Text.current(.progressImport), unit: Text.current(.progressUnitRows),
      describeTotal: { Text.current(.progressRows, ["count": Money.groupedCount($0)]) },
      enabled: context.console.errIsTerminal && !arguments.flags.contains("json"),
      clockMillis: FileSystem.nowMillis, write: context.console.err)
    let result: AppendResult
    do {
      result = try writer.append(rows: sheet.rows, source: path, issues: issues) {
        rows, totalRows in
        meter.update(items: rows, done: rows, total: totalRows)
      }
    } catch {
      meter.finish()
      throw CommandFailure(error)
    }
    meter.finish()
    report(result, path: path, rowCount: sheet.rows.count, arguments, context)
    return .success
  }

  /// Prints what the import did: the appended entries and a count of the rows already in
  /// the ledger, or one line when the sheet held nothing new.
  private static func report(
    _ result: AppendResult, path: String, rowCount: Int, _ arguments: Arguments,
    _ context: Context
  ) {
    guard !arguments.flags.contains("json"), !result.duplicates.isEmpty else {
      AppendReport.print(result, json: arguments.flags.contains("json"), console: context.console)
      return
    }
    let seqs = result.duplicates.map(\.seq)
    let range = AppendReport.seqs(seqs.min() ?? 0, seqs.max() ?? 0)
    let count = result.duplicates.count
    let values = ["count": Money.groupedCount(Int64(count)), "file": path, "seqs": range]
    if result.appended.isEmpty && count == rowCount {
      let id: MessageID = count == 1 ? .importNothingNewOne : .importNothingNewAll
      context.console.out(Text.current(id, values) + "\n")
      return
    }
    var withoutDuplicates = result
    withoutDuplicates.duplicates = []
    AppendReport.print(withoutDuplicates, json: false, console: context.console)
    let id: MessageID = count == 1 ? .importSkippedOne : .importSkippedMany
    context.console.out(Text.current(id, values) + "\n")
  }

  private static func format(
    _ arguments: Arguments, path: String
  ) throws(CommandFailure) -> InputFormat {
    switch arguments.values["format"] {
    case nil:
      guard let format = InputReader.format(forFileName: path) else {
        throw .usage(Text.current(.usageImportFormatFromName, ["file": path]), command: "import")
      }
      return format
    case "csv": return .csv
    case "jsonl", "ndjson", "jsonlines": return .jsonLines
    case let other?:
      throw .usage(Text.current(.usageImportFormat, ["value": other]), command: "import")
    }
  }

  private static func encoding(_ arguments: Arguments) throws(CommandFailure) -> TextEncoding? {
    switch arguments.values["encoding"]?.lowercased() {
    case nil: return nil
    case "utf-8", "utf8": return .utf8
    case "gb18030", "gbk", "gb2312": return .gb18030
    case let other?:
      throw .usage(Text.current(.usageImportEncoding, ["value": other]), command: "import")
    }
  }
}
