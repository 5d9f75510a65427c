import ReliefCrypto
import ReliefLog
import ReliefText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The signed checkpoints kept beside a journal: `DIR/checkpoints/<size>.note` and a copy of
/// the newest in `DIR/checkpoints/latest`. (What a cosigner cosigned is not kept here but in
/// its own state directory: see `CosignerMemory`.)
struct CheckpointStore {
  /// Largest checkpoint or note file read (a checkpoint with 100 signatures is ~15 KB).
  static let fileSizeBytesMax: Int64 = 1 << 20

  /// The `checkpoints` directory.
  let directory: String

  /// The store of the ledger in `ledgerDirectory`.
  init(ledgerDirectory: String) {
    directory = ledgerDirectory + "/checkpoints"
  }

  /// The file of the checkpoint of `size` lines.
  func path(size: UInt64) -> String { directory + "/\(size).note" }
  /// The copy of the newest checkpoint.
  var latestPath: String { directory + "/latest" }

  /// The newest checkpoint's bytes, or nil if none was written yet.
  func latest() throws(CommandFailure) -> [UInt8]? {
    FileSystem.exists(latestPath) ? try Self.read(latestPath) : nil
  }

  /// Reads a whole small file.
  static func read(_ path: String) throws(CommandFailure) -> [UInt8] {
    do {
      return try FileSystem.readFile(path, sizeBytesMax: fileSizeBytesMax)
    } catch {
      throw CommandFailure(code: .environment, message: error.description)
    }
  }

  /// Writes `bytes` to a new file; fails if it exists.
  static func writeNew(_ path: String, _ bytes: [UInt8]) throws(CommandFailure) {
    do {
      try FileSystem.writeNewFile(path, bytes: bytes)
    } catch {
      throw CommandFailure(code: .environment, message: error.description)
    }
  }

  /// Creates `path` holding `bytes`, whole or not at all: a temporary file written and
  /// fsynced, then linked into place (link(2) refuses to replace an existing file).
  static func createAtomically(_ path: String, _ bytes: [UInt8]) throws(CommandFailure) {
    let temporary = path + ".new-\(getpid())"
    unlink(temporary)
    try writeNew(temporary, bytes)
    defer { unlink(temporary) }
    guard link(temporary, path) == 0 else {
      let error = SystemError(operation: "create", path: path, code: errno)
      throw CommandFailure(code: .environment, message: error.description)
    }
    do {
      try FileSystem.syncDirectory(containing: path)
    } catch {
      throw CommandFailure(code: .environment, message: error.description)
    }
  }

  /// Replaces `path` with `bytes` atomically: a new temporary file renamed over it.
  static func replace(_ path: String, _ bytes: [UInt8]) throws(CommandFailure) {
    let temporary = path + ".new-\(getpid())"
    unlink(temporary)
    try writeNew(temporary, bytes)
    guard rename(temporary, path) == 0 else {
      let error = SystemError(operation: "rename", path: path, code: errno)
      unlink(temporary)
      throw CommandFailure(code: .environment, message: error.description)
    }
    do {
      try FileSystem.syncDirectory(containing: path)
    } catch {
      throw CommandFailure(code: .environment, message: error.description)
    }
  }

  /// Makes the directory if needed.
  func create() throws(CommandFailure) {
    do {
      try FileSystem.makeDirectory(directory)
    } catch {
      throw CommandFailure(code: .environment, message: error.description)
    }
  }

  /// Parses a signed checkpoint without verifying its signatures (for the ledger's own
  /// files, checked against the journal instead).
  static func parse(_ bytes: [UInt8], path: String) throws(CommandFailure) -> (
    SignedNote, Checkpoint
  ) {
    do {
      let note = try SignedNote(parsing: bytes)
      return (note, try Checkpoint(parsing: note.text))
    } catch {
      throw CommandFailure(
        code: .invalid,
        message: Text.current(.trustCheckpointMalformed, ["path": path, "reason": "\(error)"]))
    }
  }
}
