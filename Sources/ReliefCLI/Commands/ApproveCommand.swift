import Foundation
import ReliefLedger

/// `relief approve ID --key CHECKER`: commits a maker's proposal with both signatures.
enum ApproveCommand {
  static let command = Command(
    name: "approve", summary: "check and commit a staged proposal (审核)",
    help: """
      Usage: relief approve ID --key REVIEWER_KEY [--json] [--ledger DIR]

      Commits the proposal LEDGER/proposals/ID as one batch whose commit line carries the
      maker's signature (maker, maker_sig) and yours (signer, sig). Nothing in the file is
      believed: every entry is checked again against the verified ledger as it is now, the
      maker's signature must verify with the maker's registered key over exactly the
      batch written, the maker must still be entitled to every entry, and your key must
      be a reviewer covering the batch's unions and not the maker's key. If anything
      fails, nothing is written (exit 4). The proposal file is removed once committed.

      Example:
        relief approve 3f2a9c0d1b7e4a56 --key ~/.relief/reviewer.key --ledger ./ledger

      """,
    valued: ["key", "signer"], flagNames: ["json"], run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.count == 1, let id = arguments.positionals.first else {
      throw .usage("approve needs exactly one proposal ID", command: "approve")
    }
    let (proposal, path) = try ProposalFiles.read(id: id, arguments, context, command: "approve")
    let signer = try KeyFiles.signer(arguments, context, command: "approve")
    let writer = LedgerWriter(
      journal: try context.journal(arguments), nowMillis: try context.clock(), signer: signer,
      stateDirectory: context.stateDirectory(arguments))
    let result: AppendResult
    do {
      result = try writer.approve(proposal, source: "proposals/\(id)")
    } catch {
      throw CommandFailure(error)
    }
    // Committed: the file has served (approving it again would be refused as a reuse).
    unlink(path)
    AppendReport.print(result, json: arguments.flags.contains("json"), console: context.console)
    return .success
  }
}
