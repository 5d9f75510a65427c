import ReliefLedger
import ReliefText

/// `relief review ID`: shows a staged proposal and checks its maker's signature.
enum ReviewCommand {
  static let command = Command(
    name: "review", summary: .summaryReview, synopsis: .id, about: .aboutReview,
    options: [.flag("json", .optionReviewJSON)],
    examples: ["relief review 3f2a9c0d1b7e4a56 --ledger ./ledger"],
    run: run)

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
