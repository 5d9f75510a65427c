import ReliefText

/// Why the journal could not be opened, read or written.
///
/// Each case says what a user can do.
public enum JournalError: Error, Equatable, Sendable, CustomStringConvertible {
  case ledgerNotFound(directory: String)
  case ledgerAlreadyExists(directory: String)
  case lockTimeout(path: String, waitedMillis: Int64)
  case tornTail(directory: String, committedSizeBytes: Int64, sizeBytes: Int64)
  case lineTooLong(lineIndex: Int64, offset: Int64)
  case tailChanged(directory: String)
  case system(SystemError)

  /// A message for people, naming what went wrong and what the user can do about it.
  public var description: String {
    switch self {
    case .ledgerNotFound(let directory):
      return Text.current(.ledgerMissing, ["directory": directory])
    case .ledgerAlreadyExists(let directory):
      return "a ledger already exists in \(directory); relief never overwrites a ledger"
    case .lockTimeout(let path, let waited):
      return "another relief process has held the lock on \(path) for \(waited) ms; "
        + "try again when it finishes (or raise RELIEF_LOCK_TIMEOUT_MS)"
    case .tornTail(let directory, let committed, let size):
      return "the journal in \(directory) ends with \(size - committed) bytes of an unfinished "
        + "batch (a crash during an append); run 'relief verify' and then 'relief recover'"
    case .lineTooLong(let lineIndex, let offset):
      let line = lineIndex >= 0 ? "line \(lineIndex + 1)" : "a line"
      return "\(line) at byte \(offset) is longer than \(JournalLimits.lineSizeBytesMax) bytes"
    case .tailChanged(let directory):
      return "the journal in \(directory) changed while recovering; run 'relief verify' again"
    case .system(let error):
      return error.description
    }
  }
}
