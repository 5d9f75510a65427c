import ReliefLedger
import ReliefText

/// `relief review ID`: shows a staged proposal and checks its maker's signature.
enum ReviewCommand {
  static let command = Command(
    name: "review", summary: .summaryReview,
    help: """
      Usage: relief review ID [--json] [--ledger DIR]

      Shows the proposal LEDGER/proposals/ID that 'relief append --stage' or 'relief
      import --stage' left: its maker, the digest the maker signed and every entry, one
      per line (seq, date, kind, union, program, amount, details, as 'relief log'; a
      payment to a person shows only the masked payee, never a name or ID number).

      It checks what can be checked before approving, against the verified ledger: that
      the proposal was staged for this ledger (origin), that the maker is a registered
      key (its role, and whether it was revoked), that the maker's signature verifies
      over these entries, that no committed batch carries it yet, and that the people it
      carries are as the maker signed them and give their payments' payee_commitment.
      If any check fails it says so, still lists the entries, and exits 4. The rules
      (balances, entitlement, the reviewer) are checked by 'relief approve', which
      believes nothing in the file.

      Options:
        --json   one object: id, path, origin, ledger_origin, maker, maker_key (registered,
                 role, union, seq, revoked_seq), source, digest, maker_signature
                 ("verifies", "does-not-verify" or "unknown-key"), already_committed,
                 people (count), people_signature (likewise, null without people),
                 verified, problems, and entries (each as its canonical {"kind":…}
                 object, as the journal and a reversal's original hold it)

      Example:
        relief review 3f2a9c0d1b7e4a56 --ledger ./ledger

      """,
    valued: [], flagNames: ["json"], run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.count == 1, let id = arguments.positionals.first else {
      throw .usage(Text.current(.usageNeedsProposalID, ["command": "review"]), command: "review")
    }
    let (proposal, path) = try ProposalFiles.read(id: id, arguments, context, command: "review")
    let view = try LedgerLoading.view(try context.journal(arguments), context, arguments)
    let examination = ProposalExamination(proposal, state: view.state)
    let problems = examination.problems(for: proposal)
    let shown = ReviewOutput(
      id: id, path: path, proposal: proposal, examination: examination, problems: problems)
    context.console.out(arguments.flags.contains("json") ? shown.json() : shown.text())
    guard problems.isEmpty else {
      throw CommandFailure(
        code: .rejected,
        message: Text.current(
          .reviewRefused, ["id": id, "problems": problems.joined(separator: "\n")]))
    }
    return .success
  }
}
