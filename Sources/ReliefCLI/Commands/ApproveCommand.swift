import Foundation
import ReliefLedger
import ReliefText

/// `relief approve ID --key CHECKER`: commits a maker's proposal with both signatures.
enum ApproveCommand {
  static let command = Command(
    name: "approve", summary: .summaryApprove, synopsis: .id, about: .aboutApprove,
    options: [
      .valued("key", .file, .optionReviewerKey),
      .valued("signer", .file, .optionSigner),
      .flag("json", .optionJSON),
    ],
    examples: ["relief approve 3f2a9c0d1b7e4a56 --key ~/.relief/reviewer.key --ledger ./ledger"],
    run: run)

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
