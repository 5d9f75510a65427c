import Foundation
import ReliefLedger
import ReliefText

/// `relief approve ID --key CHECKER`: commits a maker's proposal with both signatures.
enum ApproveCommand {
  static let command = Command(
    name: "approve", summary: .summaryApprove,
    help: """
      Usage: relief approve ID --key REVIEWER_KEY [--json] [--ledger DIR]

      Commits the proposal LEDGER/proposals/ID as one batch whose commit line carries the
      maker's signature (maker, maker_sig) and yours (signer, sig). Nothing in the file is
      believed: every entry is checked again against the verified ledger as it is now, the
      maker's signature must verify with the maker's registered key over exactly the
      batch written, the maker must still be entitled to every entry, and your key must
      be a reviewer covering the batch's unions and not the maker's key. Payments to
      people are committed with the people the proposal carries, written to the private
      roster at their seqs; they must be as the maker signed them and each must give
      its entry's payee_commitment. If anything
      fails, nothing is written (exit 4).

      The proposal is claimed (locked) while it is approved, and its file removed once
      committed: a second approval at the same time, or of a proposal approved already,
      is refused (exit 4) with nothing written.

      Example:
        relief approve 3f2a9c0d1b7e4a56 --key ~/.relief/reviewer.key --ledger ./ledger

      """,
    valued: ["key", "signer"], flagNames: ["json"], run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.count == 1, let id = arguments.positionals.first else {
      throw .usage(Text.current(.usageNeedsProposalID, ["command": "approve"]), command: "approve")
    }
    let signer = try KeyFiles.signer(arguments, context, command: "approve")
    let writer = LedgerWriter(
      journal: try context.journal(arguments), nowMillis: try context.clock(), signer: signer,
      stateDirectory: context.stateDirectory(arguments))
    let result = try ProposalFiles.withClaimed(
      id: id, arguments, context, command: "approve"
    ) { proposal, path throws(CommandFailure) in
      let result: AppendResult
      do throws(AppendError) {
        result = try writer.approve(proposal, source: "proposals/\(id)")
      } catch {
        throw CommandFailure(error)
      }
      // Committed: the file has served (approving it again would be refused as a reuse).
      // Removed under the claim, so a second approval finds it gone.
      unlink(path)
      return result
    }
    AppendReport.print(result, json: arguments.flags.contains("json"), console: context.console)
    return .success
  }
}
