import ReliefLedger
import ReliefText

/// `relief append KIND --field value ...`: appends one entry as a batch of its own.
enum AppendCommand {
  static let command = Command(
    name: "append", summary: .summaryAppend, synopsis: .word(.synopsisAppend), about: .aboutAppend,
    options: EntryFields.described.filter { $0.name != "kind" }.map(option) + [
      .valued("signer", .file, .optionSigner),
      .flag("stage", .optionStage),
      .flag("json", .optionJSON),
    ],
    examples: [
      "relief append union --id nantong --name 南通市总工会 --parent jiangsu",
      "relief append receipt --date 2020-02-03 --union nantong --program covid-2020 \\",
      "  --amount 500万 --counterparty 江苏省总工会",
      "relief append review-threshold --union nantong --amount 10万",
      "relief append disbursement --date 2020-02-05 --union nantong --program covid-2020 \\",
      "  --amount 20万 --category supplies --headcount 300 --stage --key maker.key",
      "relief append commitment --date 2020-03-01 --union shangrao --program covid-2020 \\",
      "  --amount 100万 --purpose 饶工贷贴息 --period 2020-01..2020-12",
      "relief append subsidy --date 2020-12-31 --union shangrao --program covid-2020 \\",
      "  --amount 20万 --category interest --commitment 1234",
      "relief append goods-receipt --date 2020-02-03 --union nantong --program covid-2020 \\",
      "  --item 口罩 --quantity 2000 --unit 个 --value 1万 --counterparty 某企业",
    ],
    values: { ["kinds": HelpList.kinds(EntryKind.appendable)] },
    run: run)

  /// The option of an entry field: its text from the catalogue, and its Chinese column
  /// names on a line of their own.
  private static func option(_ field: EntryFieldHelp) -> CommandOption {
    var option = CommandOption.valued(
      field.name, placeholders[field.value] ?? .literal(field.value), field.text)
    option.values = HelpList.fieldValues
    if let names = EntryFields.chineseNames(of: field.name) {
      option.extra = { Text.current(.helpCSVColumns, ["names": names]) }
    }
    return option
  }

  /// The fields' value placeholders that are words, written in the reader's language.
  private static let placeholders: [String: Placeholder] = [
    "ID": .id, "TEXT": .text, "NAME": .name, "N": .number, "SEQ": .seq, "KEY": .key,
    "YUAN": .word(.placeholderYuan), "CODE": .word(.placeholderCode),
    "DIGITS": .word(.placeholderDigits), "UNIT": .word(.placeholderUnit),
    "MARK": .word(.placeholderMark), "ROLE": .word(.placeholderRole),
  ]

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.count == 1, let kind = arguments.positionals.first else {
      throw .usage(Text.current(.usageAppendKind), command: "append")
    }
    // For key entries --key is the entry's field (the verifier key being registered or
    // revoked); the signing key then comes from --signer or RELIEF_KEY.
    let named = EntryKind(inputName: kind)
    let keyIsField = named == .key || named == .keyRevoke
    let signer = try KeyFiles.signer(
      arguments, context, command: "append", keyIsEntryField: keyIsField)
    var fields = arguments.values
    fields["ledger"] = nil
    fields["signer"] = nil
    if !keyIsField { fields["key"] = nil }
    fields["kind"] = kind
    fields = fields.filter { !$0.value.isEmpty }
    let writer = LedgerWriter(
      journal: try context.journal(arguments), nowMillis: try context.clock(), signer: signer,
      stateDirectory: context.stateDirectory(arguments))
    let rows = [InputRow(line: 1, fields: fields)]
    if arguments.flags.contains("stage") {
      return try StageReport.stage(rows, source: "append", writer: writer, arguments, context)
    }
    let result: AppendResult
    do {
      result = try writer.append(rows: rows, source: "append")
    } catch {
      throw CommandFailure(error)
    }
    AppendReport.print(result, json: arguments.flags.contains("json"), console: context.console)
    return .success
  }
}

/// Prints what an append or import did.
enum AppendReport {
  static func print(_ result: AppendResult, json: Bool, console: Console) {
    if json {
      var writer = JSONWriter()
      writer.beginObject()
      writer.key("appended")
      writer.beginArray()
      for (line, seq) in result.appended {
        writer.beginObject()
        writer.member("line", Int64(line))
        writer.member("seq", seq)
        writer.endObject()
      }
      writer.endArray()
      writer.key("duplicates")
      writer.beginArray()
      for (line, requestID, seq) in result.duplicates {
        writer.beginObject()
        writer.member("line", Int64(line))
        writer.member("request_id", requestID)
        writer.member("seq", seq)
        writer.endObject()
      }
      writer.endArray()
      writer.key("commit_seq")
      if let commit = result.commitSeq { writer.value(commit) } else { writer.null() }
      writer.endObject()
      console.out(writer.text + "\n")
      return
    }
    let count = result.appended.count
    let text = Text.current
    if let commit = result.commitSeq, let first = result.appended.first?.seq {
      let range = seqs(first, first + Int64(count) - 1)
      let values = ["count": String(count), "seqs": range, "commit": String(commit)]
      console.out(text(count == 1 ? .appendedOne : .appendedMany, values) + "\n")
    } else {
      console.out(text(.appendedNothing) + "\n")
    }
    for (line, requestID, seq) in result.duplicates {
      let values = ["line": String(line), "id": requestID, "seq": String(seq)]
      console.out(text(.skippedDuplicateLine, values) + "\n")
    }
  }

  /// `seq N`, or `seqs N–M`, in the user's language.
  static func seqs(_ first: Int64, _ last: Int64) -> String {
    first == last
      ? Text.current(.seqOne, ["seq": String(first)])
      : Text.current(.seqRange, ["first": String(first), "last": String(last)])
  }
}
