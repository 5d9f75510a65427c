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
      return Text.current(.journalExists, ["directory": directory])
    case .lockTimeout(let path, let waited):
      return Text.current(.journalLocked, ["path": path, "waited": "\(waited)"])
    case .tornTail(let directory, let committed, let size):
      return Text.current(
        .journalTornTail, ["directory": directory, "bytes": "\(size - committed)"])
    case .lineTooLong(let lineIndex, let offset):
      let values = [
        "line": "\(lineIndex + 1)", "offset": "\(offset)",
        "max": "\(JournalLimits.lineSizeBytesMax)",
      ]
      return Text.current(lineIndex >= 0 ? .journalLineTooLong : .journalSomeLineTooLong, values)
    case .tailChanged(let directory):
      return Text.current(.journalTailChanged, ["directory": directory])
    case .system(let error):
      return error.description
    }
  }
}
