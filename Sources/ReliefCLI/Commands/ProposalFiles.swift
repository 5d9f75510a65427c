import Foundation
import ReliefLedger
import ReliefLog
import ReliefText

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
      // People's names and ID numbers are private, like the roster's.
      try FileSystem.writeNewFile(
        temporary, bytes: proposal.encoded(), mode: proposal.people.isEmpty ? 0o644 : 0o600)
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
    let path = try path(id: id, arguments, context, command: command)
    let file = try open(path, id: id)
    return (try decode(file, path: path), path)
  }

  /// The path of the proposal `id`, checked to be 16 lowercase hex digits.
  private static func path(
    id: String, _ arguments: Arguments, _ context: Context, command: String
  ) throws(CommandFailure) -> String {
    guard id.utf8.count == 16,
      id.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) })
    else {
      throw .usage(Text.current(.usageProposalID, ["id": id]), command: command)
    }
    return path(arguments, context, id: id)
  }

  /// Opens the proposal file at `path`; a missing one is refused (exit 4) as approved
  /// already or never staged.
  private static func open(_ path: String, id: String) throws(CommandFailure) -> OpenFile {
    do {
      return try OpenFile.open(path, flags: O_RDONLY)
    } catch {
      guard error.isNotFound else {
        throw CommandFailure(code: .environment, message: error.description)
      }
      throw CommandFailure(
        code: .rejected,
        message: Text.current(.proposalMissing, ["id": id, "path": path]))
    }
  }

  private static func decode(_ file: OpenFile, path: String) throws(CommandFailure) -> Proposal {
    let bytes: [UInt8]
    do throws(SystemError) {
      let size = try file.sizeBytes()
      guard size <= fileSizeBytesMax else {
        throw SystemError(operation: "read (file too large)", path: path, code: EFBIG)
      }
      bytes = try file.readBytes(count: Int(size), at: 0)
    } catch {
      throw CommandFailure(code: .environment, message: error.description)
    }
    do {
      return try Proposal(decoding: bytes)
    } catch {
      throw CommandFailure(
        code: .rejected,
        message: Text.current(
          .proposalUnreadable, ["path": path, "line": String(error.line), "reason": error.reason]))
    }
  }

  /// Runs `body` with the proposal `id` claimed by this process.
  ///
  /// The claim is an exclusive lock (`flock`) on the file itself, held until `body`
  /// returns, so that two approvals of one proposal never both plan it. `body` gets the
  /// proposal and its path and removes the file once committed, under the lock.
  ///
  /// - Throws: exit 4 if another process holds the proposal (it is being approved) or the
  ///   file is gone or was replaced once the lock was taken (approved already); what
  ///   `body` throws.
  static func withClaimed<Result>(
    id: String, _ arguments: Arguments, _ context: Context, command: String,
    _ body: (Proposal, String) throws(CommandFailure) -> Result
  ) throws(CommandFailure) -> Result {
    let path = try path(id: id, arguments, context, command: command)
    let file = try open(path, id: id)
    let locked: Bool
    do {
      locked = try file.lock(exclusive: true, wait: false)
    } catch {
      throw CommandFailure(code: .environment, message: error.description)
    }
    guard locked else {
      throw CommandFailure(
        code: .rejected,
        message: Text.current(.proposalBusy, ["id": id, "path": path]))
    }
    defer { file.unlock() }
    // Claimed after another approval removed it (or after it was staged again): the file
    // locked is not the one at the path.
    var opened = stat()
    var current = stat()
    guard fstat(file.descriptor, &opened) == 0, stat(path, &current) == 0,
      opened.st_ino == current.st_ino, opened.st_dev == current.st_dev
    else {
      throw CommandFailure(
        code: .rejected,
        message: Text.current(.proposalJustApproved, ["id": id]))
    }
    return try body(try decode(file, path: path), path)
  }
}
