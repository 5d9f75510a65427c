import ReliefLedger
import ReliefText

/// `--stage` on `append` and `import`: the batch becomes a signed proposal, not a commit.
enum StageReport {
  /// Stages `rows`, writes the proposal file and prints its id alone on the first line;
  /// `issues` are problems already found in the input, reported with the rows' own.
  static func stage(
    _ rows: [InputRow], source: String, issues: [InputIssue] = [], writer: LedgerWriter,
    _ arguments: Arguments, _ context: Context
  ) throws(CommandFailure) -> ExitCode {
    let proposal: Proposal
    do {
      proposal = try writer.stage(rows: rows, source: source, issues: issues)
    } catch {
      throw CommandFailure(error)
    }
    let path = try ProposalFiles.write(proposal, arguments, context)
    let count = proposal.entries.count
    let values = [
      "count": Money.groupedCount(Int64(count)), "maker": proposal.maker.keyID, "path": path,
      "id": proposal.id,
    ]
    let staged = Text.current(count == 1 ? .stagedOne : .stagedMany, values)
    // The proposal's id alone on the first line, for scripts.
    context.console.out(proposal.id + "\n" + staged + "\n")
    return .success
  }
}
