import Glibc
import ReliefLog
import ReliefText

/// The private roster beside the journal, `LEDGER/roster.jsonl` (mode 0600).
///
/// One `RosterRecord` line per payment to a person. Nothing that publishes reads it.
public enum RosterFile {
  /// The roster's file name in the ledger directory.
  public static let fileName = "roster.jsonl"
  /// The largest roster read, in bytes.
  public static let sizeBytesMax: Int64 = 1 << 30

  /// The roster's path in `ledgerDirectory`.
  public static func path(in ledgerDirectory: String) -> String {
    ledgerDirectory + "/" + fileName
  }

  /// The records of the roster at `path`, with their 1-based line numbers; a missing file
  /// has none.
  public static func read(_ path: String) throws(RosterError) -> [(line: Int, record: RosterRecord)]
  {
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.readFile(path, sizeBytesMax: sizeBytesMax)
    } catch {
      if error.isNotFound { return [] }
      throw .io(error)
    }
    var records: [(line: Int, record: RosterRecord)] = []
    for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
      .enumerated() where !line.isEmpty
    {
      switch RosterRecord.parse(Array(line)) {
      case .success(let record): records.append((index + 1, record))
      case .failure(let problem): throw .malformed(line: index + 1, reason: problem.reason)
      }
    }
    return records
  }

  /// Adds `records` (of the batch whose first seq is `firstSeq`) to the roster in
  /// `ledgerDirectory`, durably, before the batch is written.
  ///
  /// Records at `firstSeq` or later are left by a batch that never committed (the writer
  /// holds the ledger's lock, so no committed line has such a seq): they are dropped, by
  /// writing the roster anew and renaming it into place.
  public static func add(
    _ records: [RosterRecord], firstSeq: Int64, ledgerDirectory: String
  ) throws(RosterError) {
    let path = path(in: ledgerDirectory)
    let existing = try read(path)
    let fresh = records.flatMap(\.line)
    do throws(SystemError) {
      if existing.allSatisfy({ $0.record.seq < firstSeq }) {
        let file = try OpenFile.open(path, flags: O_WRONLY | O_CREAT | O_APPEND, mode: 0o600)
        guard fchmod(file.descriptor, 0o600) == 0 else {
          throw SystemError(operation: "chmod", path: path, code: errno)
        }
        try file.writeAll(fresh)
        try file.sync()
        try FileSystem.syncDirectory(containing: path)
        return
      }
      let kept = existing.filter { $0.record.seq < firstSeq }.flatMap(\.record.line)
      let temporary = path + ".new"
      if unlink(temporary) != 0 && errno != ENOENT {
        throw SystemError(operation: "remove", path: temporary, code: errno)
      }
      try FileSystem.writeNewFile(temporary, bytes: kept + fresh, mode: 0o600)
      guard rename(temporary, path) == 0 else {
        throw SystemError(operation: "rename", path: path, code: errno)
      }
      try FileSystem.syncDirectory(containing: path)
    } catch {
      throw .io(error)
    }
  }
}

/// Why the roster could not be read or written.
public enum RosterError: Error, Equatable, Sendable, CustomStringConvertible {
  case io(SystemError)
  /// A line that is not a roster record (1-based line number).
  case malformed(line: Int, reason: String)

  /// A message for people.
  public var description: String {
    switch self {
    case .io(let error): return Text.current(.rosterIO, ["error": "\(error)"])
    case .malformed(let line, let reason):
      return Text.current(.rosterLine, ["line": String(line), "reason": reason])
    }
  }
}
