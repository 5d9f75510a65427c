import ReliefDisclosure
import ReliefLedger
import ReliefText

/// `relief balances`: totals and balances per union and program.
enum BalancesCommand {
  static let command = Command(
    name: "balances", summary: .summaryBalances, about: .aboutBalances,
    options: [
      .flag("tree", .optionTree),
      .valued("union", .id, .optionUnionFilter),
      .valued("program", .id, .optionProgramFilter),
      .flag("json", .optionBalancesJSON),
      .flag("csv", .optionBalancesCSV),
    ],
    examples: ["relief balances --tree --ledger ledger"],
    run: run)

  static let fieldNames = [
    "received_fen", "allocated_in_fen", "allocated_out_fen", "refunded_fen", "subsidized_fen",
    "disbursed_fen", "balance_fen", "committed_fen", "committed_paid_fen",
    "committed_remaining_fen",
  ]

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.isEmpty else {
      throw .usage(Text.current(.usageNoArguments, ["command": "balances"]), command: "balances")
    }
    if arguments.flags.contains("json") && arguments.flags.contains("csv") {
      throw .usage(Text.current(.usageJSONOrCSV), command: "balances")
    }
    let view = try LedgerLoading.view(context.journal(arguments), context, arguments)
    var rows = BalanceReport.rows(view.state, subtree: arguments.flags.contains("tree"))
    var stock = GoodsReport.rows(view.state, subtree: arguments.flags.contains("tree"))
    if let union = arguments.values["union"] {
      guard view.state.unions[union] != nil else {
        throw CommandFailure(
          code: .rejected, message: Text.current(.unionNotRegistered, ["union": union]))
      }
      rows = rows.filter { $0.union == union }
      stock = stock.filter { $0.union == union }
    }
    if let program = arguments.values["program"] {
      guard view.state.programs[program] != nil else {
        throw CommandFailure(
          code: .rejected, message: Text.current(.programNotRegistered, ["program": program]))
      }
      rows = rows.filter { $0.program == program }
      stock = stock.filter { $0.program == program }
    }
    let console = context.console
    if arguments.flags.contains("json") {
      console.out(json(rows, stock, view: view) + "\n")
    } else if arguments.flags.contains("csv") {
      console.out(csv(rows))
    } else {
      let tree = arguments.flags.contains("tree")
      let money = tree ? treeText(rows, view: view) : text(rows, view: view)
      console.out(money + GoodsBalances.text(stock))
    }
    return .success
  }

  static func amounts(_ totals: AccountTotals) -> [Int64] {
    [
      totals.received.fen, totals.allocatedIn.fen, totals.allocatedOut.fen, totals.refunded.fen,
      totals.subsidized.fen, totals.disbursed.fen, totals.balance.fen, totals.committed.fen,
      totals.committedPaid.fen, totals.committedRemaining.fen,
    ]
  }

  static func json(_ rows: [BalanceRow], _ stock: [GoodsRow], view: LedgerView) -> String {
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("head")
    LedgerLoading.writeHead(view.head, to: &writer)
    writer.key("balances")
    writer.beginArray()
    for row in rows {
      writer.beginObject()
      writer.member("union", row.union)
      writer.member("program", row.program)
      for (name, fen) in zip(fieldNames, amounts(row.totals)) { writer.member(name, fen) }
      writer.endObject()
    }
    writer.endArray()
    GoodsBalances.write(stock, to: &writer)
    writer.endObject()
    return writer.text
  }

  static func csv(_ rows: [BalanceRow]) -> String {
    var out = CSVField.row(["union", "program"] + fieldNames)
    for row in rows {
      out += CSVField.row([row.union, row.program] + amounts(row.totals).map(String.init))
    }
    return out
  }

  static func text(_ rows: [BalanceRow], view: LedgerView) -> String {
    let text = Text.current
    let columns: [MessageID] = [
      .columnUnion, .columnProgram, .columnReceived, .columnAllocatedIn, .columnAllocatedOut,
      .columnRefunded, .columnSubsidized, .columnDisbursed, .columnBalance, .columnCommitted,
      .columnCommittedPaid, .columnCommittedRemaining,
    ]
    var table = TextTable(headers: columns.map { text($0) }, rightAligned: Set(2...11))
    for row in rows {
      table.rows.append(
        [row.union, row.program] + amounts(row.totals).map { Money(fen: $0).groupedYuanString })
    }
    // A view always holds a committed batch: readers refuse a ledger with none.
    let head = ["seq": String(view.head.lastSeq ?? -1), "hash": view.head.lastHash.hex]
    return table.text + text(.balancesFooter, head) + "\n"
  }
}
