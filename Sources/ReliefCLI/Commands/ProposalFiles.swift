import Foundation
import ReliefLedger
import ReliefLog

/// Proposals on disk: `LEDGER/proposals/<id>`, outside the journal and never believed.
enum ProposalFiles {
  /// Largest proposal file read.
  static let fileSizeBytesMax: Int64 = 4 * 1024 * 1024 * 1024

  static func path(_ arguments: Arguments, _ context: Context, id: String) -> String {
    context.ledgerDirectory(arguments) + "/proposals/" + id
  }

  /// Writes `proposal` (an existing file of the same id holds the same content, since the
  /// id is its digest, and is left alone).
  static func write(
    _ proposal: Proposal, _ arguments: Arguments, _ context: Context
  ) throws(CommandFailure) -> String {
    let path = path(arguments, context, id: proposal.id)
    do throws(SystemError) {
      try FileSystem.makeDirectory(context.ledgerDirectory(arguments) + "/proposals")
      let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
      try FileSystem.writeNewFile(temporary, bytes: proposal.encoded())
      guard rename(temporary, path) == 0 else {
        throw SystemError(operation: "rename", path: temporary, code: errno)
      }
      try FileSystem.syncDirectory(containing: path)
    } catch {
      throw CommandFailure(code: .environment, message: error.description)
    }
    return path
  }

  /// Reads the proposal `id`; an id that is not 16 lowercase hex digits is a usage error.
  static func read(
    id: String, _ arguments: Arguments, _ context: Context, command: String
  ) throws(CommandFailure) -> (proposal: Proposal, path: String) {
    guard id.utf8.count == 16,
      id.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) })
    else {
      throw .usage("a proposal id is 16 lowercase hex digits, not '\(id)'", command: command)
    }
    let path = path(arguments, context, id: id)
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.readFile(path, sizeBytesMax: fileSizeBytesMax)
    } catch {
      throw CommandFailure(code: .environment, message: error.description)
    }
    do {
      return (try Proposal(decoding: bytes), path)
    } catch {
      throw CommandFailure(
        code: .rejected, message: "nothing was written: \(path):\(error.line): \(error.reason)")
    }
  }
}
