import ReliefLedger

/// `relief review ID`: shows a staged proposal.
enum ReviewCommand {
  static let command = Command(
    name: "review", summary: "show a staged proposal (制单) before approving it",
    help: """
      Usage: relief review ID [--ledger DIR]

      Shows the proposal LEDGER/proposals/ID that 'relief append --stage' or 'relief
      import --stage' left: its maker, the digest the maker signed and every entry, one
      per line (seq, date, kind, union, program, amount, details, as 'relief log'). The
      file is not trusted: 'relief approve' checks the maker's signature and every entry
      against the verified ledger before it commits anything.

      Example:
        relief review 3f2a9c0d1b7e4a56 --ledger ./ledger

      """,
    valued: [], flagNames: [], run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.count == 1, let id = arguments.positionals.first else {
      throw .usage("review needs exactly one proposal ID", command: "review")
    }
    let (proposal, path) = try ProposalFiles.read(id: id, arguments, context, command: "review")
    var text = "proposal \(id) (\(path))\n"
    text += "origin: \(proposal.origin)\n"
    text += "maker: \(proposal.maker.keyID)\n"
    text += "source: \(proposal.source)\n"
    text += "digest signed by the maker: \(proposal.digest.hex)\n"
    text += "entries: \(proposal.entries.count), not yet checked against the ledger\n"
    var rows: [[String]] = []
    for (index, entry) in proposal.entries.enumerated() {
      var cells = EntryText.cells(seq: Int64(index + 1), entry: entry)
      cells[0] = "#\(index + 1)"
      rows.append(cells)
    }
    text += rows.map { $0.joined(separator: "  ") }.joined(separator: "\n") + "\n"
    context.console.out(text)
    return .success
  }
}
