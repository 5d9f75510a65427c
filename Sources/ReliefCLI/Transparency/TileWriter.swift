import Foundation
import ReliefLog
import ReliefText

/// Writes a tiled log's files under a directory so that each appears whole: every new file
/// is written under a temporary name, all are made durable together, then renamed into
/// place; an existing file is never rewritten, only checked to hold the same bytes.
struct TileWriter {
  /// The directory the log is published in.
  let root: String
  /// New files written under temporary names, with their final paths.
  private var staged: [(temporary: String, path: String)] = []
  /// Files written (new) and files found already in place with the same bytes.
  private(set) var writtenCount = 0
  private(set) var keptCount = 0
  /// Bytes of the files written.
  private(set) var writtenSizeBytes: Int64 = 0

  init(root: String) {
    self.root = root
  }

  /// Stages `bytes` for `relativePath`, or checks the file already there.
  mutating func put(_ relativePath: String, _ bytes: [UInt8]) throws(CommandFailure) {
    let path = root + "/" + relativePath
    if FileSystem.exists(path) {
      let existing: [UInt8]
      do {
        existing = try FileSystem.readFile(path, sizeBytesMax: Int64(bytes.count) + 1)
      } catch {
        throw Self.foreign(path, "\(error)")
      }
      guard existing == bytes else { throw Self.foreign(path, Text.current(.tileBytesDiffer)) }
      keptCount += 1
      return
    }
    let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    do throws(SystemError) {
      try FileSystem.makeDirectory(String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]))
      unlink(temporary)
      let file = try OpenFile.open(temporary, flags: O_WRONLY | O_CREAT | O_EXCL, mode: 0o644)
      try file.writeAll(bytes)
    } catch {
      throw CommandFailure(
        code: .environment,
        message: Text.current(.tileCannotWrite, ["path": temporary, "reason": "\(error)"]))
    }
    staged.append((temporary, path))
    writtenCount += 1
    writtenSizeBytes += Int64(bytes.count)
  }

  /// Makes every staged file durable, then renames each into place and makes the names
  /// durable: a crash leaves whole files or temporary ones, never a short file in place.
  mutating func commit() throws(CommandFailure) {
    guard !staged.isEmpty else { return }
    Self.syncFileSystem(root)
    for (temporary, path) in staged where rename(temporary, path) != 0 {
      throw CommandFailure(
        code: .environment,
        message: Text.current(
          .tileCannotRename, ["from": temporary, "to": path, "code": "\(errno)"]))
    }
    staged.removeAll()
    Self.syncFileSystem(root)
  }

  /// Removes the staged temporary files (after a failure).
  mutating func abandon() {
    for (temporary, _) in staged { unlink(temporary) }
    staged.removeAll()
  }

  /// Writes `bytes` to `relativePath` on its own, replacing what is there (the checkpoint:
  /// the one file that changes), whole and durably.
  func replace(_ relativePath: String, _ bytes: [UInt8]) throws(CommandFailure) {
    let path = root + "/" + relativePath
    let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    do throws(SystemError) {
      unlink(temporary)
      try FileSystem.writeNewFile(temporary, bytes: bytes)
      guard rename(temporary, path) == 0 else {
        throw SystemError(operation: "rename", path: temporary, code: errno)
      }
      try FileSystem.syncDirectory(containing: path)
    } catch {
      throw CommandFailure(
        code: .environment,
        message: Text.current(.tileCannotWrite, ["path": path, "reason": "\(error)"]))
    }
  }

  /// Flushes the written files' data (or their names) to disk: one `sync` for the whole
  /// run rather than an fsync per file (a 10M-line log has about 80,000 files).
  private static func syncFileSystem(_ path: String) {
    sync()
  }

  private static func foreign(_ path: String, _ reason: String) -> CommandFailure {
    CommandFailure(
      code: .invalid,
      message: Text.current(.tileForeign, ["path": path, "reason": reason]))
  }
}
