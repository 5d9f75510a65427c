import ReliefDisclosure
import ReliefLedger
import ReliefLog
import ReliefText

/// `relief log`: lists committed entries, optionally filtered.
enum LogCommand {
  static let command = Command(
    name: "log", summary: .summaryLog, about: .aboutLog,
    options: [
      .valued("union", .id, .optionLogUnion),
      .valued("kind", .word(.placeholderKind), .optionLogKind),
      .valued("from", .date, .optionLogFrom),
      .valued("to", .date, .optionLogTo),
      .flag("json", .optionLogJSON),
    ],
    examples: ["relief log --union nantong --kind refund --from 2020-03-01 --to 2020-03-31"],
    run: run)

  struct Filter {
    var union: String?
    var kind: EntryKind?
    var from: BusinessDate?
    var to: BusinessDate?

    func matches(_ entry: Entry) -> Bool {
      if let kind, entry.kind != kind { return false }
      if let from, entry.date < from { return false }
      if let to, entry.date > to { return false }
      if let union {
        var unions = [entry.action.actingUnion, LogCommand.receivingUnion(entry.action)]
        if case .union(let registration) = entry.action { unions.append(registration.id) }
        if case .reversal(let reversal) = entry.action {
          unions.append(LogCommand.receivingUnion(reversal.original.action))
        }
        if !unions.contains(union) { return false }
      }
      return true
    }
  }

  /// The receiving union of a money or goods allocation: listed under `--union` too.
  static func receivingUnion(_ action: Action) -> String? {
    if case .allocation(let allocation) = action { return allocation.to }
    if case .goodsAllocation(let allocation) = action { return allocation.to }
    return nil
  }

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.isEmpty else {
      throw .usage(Text.current(.usageNoArguments, ["command": "log"]), command: "log")
    }
    let filter = try self.filter(arguments)
    let json = arguments.flags.contains("json")
    let columns: [MessageID] = [
      .logSeq, .logDate, .logKind, .logUnion, .logProgram, .logAmount, .logDetails,
    ]
    var table = TextTable(headers: columns.map { Text.current($0) }, rightAligned: [0, 5])
    let console = context.console
    let journal = try context.journal(arguments)
    // Only lines that passed verification are listed, each confirmed again as it is read.
    let view = try LedgerLoading.view(journal, context, arguments)
    do {
      let lines = VerifiedLines(try journal.openSnapshot(), view: view)
      try JournalStream.forEachEntry(lines) { item in
        guard filter.matches(item.entry) else { return }
        if json {
          console.out(String(decoding: item.line, as: UTF8.self) + "\n")
        } else {
          table.rows.append(EntryText.cells(seq: item.seq, entry: item.entry))
        }
      }
    } catch {
      throw CommandFailure.reading(error)
    }
    if !json { console.out(table.text) }
    return .success
  }

  static func filter(_ arguments: Arguments) throws(CommandFailure) -> Filter {
    var filter = Filter(union: arguments.values["union"])
    if let kind = arguments.values["kind"] {
      // The kinds as input names them: the journal name, a hyphenated or a Chinese name.
      guard let parsed = EntryKind(rawValue: kind) ?? EntryKind(inputName: kind) else {
        let known = EntryKind.listed(EntryKind.allCases)
        throw .usage(Text.current(.usageLogKind, ["kinds": known]), command: "log")
      }
      filter.kind = parsed
    }
    for name in ["from", "to"] {
      guard let text = arguments.values[name] else { continue }
      do {
        let date = try BusinessDate(parsing: text)
        if name == "from" { filter.from = date } else { filter.to = date }
      } catch {
        throw .usage("--\(name): \(error)", command: "log")
      }
    }
    return filter
  }
}

/// How entries read in text listings.
enum EntryText {
  /// A disbursement's category, who was reached, and its payee.
  private static func disbursementDetails(_ disbursement: Disbursement) -> [String] {
    [
      ChineseValues.shown(category: disbursement.category.rawValue),
      disbursement.beneficiaries?.description,
      disbursement.payee.map { Text.current(.logTo, ["who": $0.display]) },
    ].compactMap { $0 }
  }

  /// A subsidy's category, counterparty, payee and who was reached.
  private static func subsidyDetails(_ subsidy: Subsidy) -> [String] {
    [
      ChineseValues.shown(category: subsidy.category.rawValue), subsidy.counterparty,
      subsidy.payee.map { Text.current(.logTo, ["who": $0.display]) },
      subsidy.beneficiaries?.description,
    ].compactMap { $0 }
  }

  static func cells(seq: Int64, entry: Entry) -> [String] {
    var details: [String] = []
    let union: String
    var (program, amount) = ("", "")
    switch entry.action {
    case .genesis(let genesis):
      union = ""
      details.append(Text.current(.entryOrigin, ["origin": genesis.origin]))
    case .union(let registration):
      union = registration.id
      let under = registration.parent.map { Text.current(.entryUnder, ["parent": $0]) }
      details += [registration.name, under].compactMap { $0 }
    case .program(let registration):
      union = ""
      program = registration.id
      details.append(registration.name)
    case .receipt(let receipt):
      union = receipt.union
      program = receipt.program
      amount = receipt.amount.groupedYuanString
      details += [
        receipt.category.map { ChineseValues.shown(category: $0.rawValue) },
        receipt.counterparty.map { Text.current(.logFrom, ["who": $0]) },
      ].compactMap { $0 }
    case .allocation(let allocation):
      union = "\(allocation.union) → \(allocation.to)"
      program = allocation.program
      amount = allocation.amount.groupedYuanString
    case .refund(let refund):
      union = refund.union
      program = refund.program
      amount = refund.amount.groupedYuanString
      details.append("\(refund.business) \(refund.code) \(refund.period)")
    case .subsidy(let subsidy):
      union = subsidy.union
      program = subsidy.program
      amount = subsidy.amount.groupedYuanString
      details += subsidyDetails(subsidy)
    case .disbursement(let disbursement):
      union = disbursement.union
      program = disbursement.program
      amount = disbursement.amount.groupedYuanString
      details += disbursementDetails(disbursement)
    case .commitment(let commitment):
      (union, program, amount) = (
        commitment.union, commitment.program, commitment.amount.groupedYuanString
      )
      details += commitmentDetails(commitment)
    case .goodsReceipt, .goodsDistribution, .goodsAllocation:
      (union, program, details) = goodsCells(entry.action)
    case .key, .keyRevocation, .close, .reviewThreshold:
      (union, details) = controlCells(entry.action)
    case .reversal(let reversal):
      let original = cells(seq: reversal.reverses, entry: reversal.original)
      union = original[3]
      program = original[4]
      amount = original[5].isEmpty ? "" : "-" + original[5]
      let values = ["seq": String(reversal.reverses), "kind": reversal.original.kind.shownName]
      details.append(Text.current(.logReverses, values))
    }
    if let seq = entry.action.commitmentSeq {
      details.append(Text.current(.logPaysCommitment, ["seq": String(seq)]))
    }
    details += markTexts(entry.marks)
    if let memo = entry.memo { details.append(memo) }
    let text = Text.current.clauses(details)
    return [
      String(seq), entry.date.description, entry.kind.shownName, union, program, amount, text,
    ]
  }

  /// The marks as the public reads them: `金额为约数（约）`, `日期为推定`.
  static func markTexts(_ marks: EntryMarks) -> [String] {
    [
      marks.amount.map { "金额为约数（\($0.rawValue)）" },
      marks.beneficiaries.map { "受益数为约数（\($0.rawValue)）" },
      marks.quantity.map { "数量为约数（\($0.rawValue)）" },
      marks.dateAssumed ? "日期为推定" : nil,
    ].compactMap { $0 }
  }

  /// The union and details of the entries that govern the ledger rather than move money.
  private static func controlCells(_ action: Action) -> (union: String, details: [String]) {
    switch action {
    case .key(let key):
      let id = ReliefLedger.LedgerState.keyID(of: key.key)
      return (key.union ?? "", [Text.current(.entryKey, ["role": key.role.shownName, "key": id])])
    case .keyRevocation(let revocation):
      let id = ReliefLedger.LedgerState.keyID(of: revocation.key)
      return ("", [Text.current(.entryRevokesKey, ["key": id])])
    case .close(let close):
      return ("", [Text.current(.entryClosed, ["period": "\(close.period)"])])
    case .reviewThreshold(let threshold):
      let amount = threshold.amount.groupedYuanString
      return (threshold.union, [Text.current(.entryThreshold, ["amount": amount])])
    case .genesis, .union, .program, .receipt, .allocation, .refund, .subsidy, .disbursement,
      .commitment, .reversal, .goodsReceipt, .goodsDistribution, .goodsAllocation:
      return ("", [])
    }
  }

  /// What a commitment says beyond its account and amount.
  private static func commitmentDetails(_ commitment: Commitment) -> [String] {
    let text = Text.current
    var details = [text(.entryCommitted, ["purpose": commitment.purpose])]
    if let period = commitment.period { details.append(text(.entryFor, ["period": "\(period)"])) }
    if let target = commitment.beneficiaries {
      details.append(text(.entryToReach, ["target": target.description]))
    }
    return details
  }
}
