import ReliefLog
import ReliefText

/// What an append or import did.
public struct AppendResult: Equatable, Sendable {
  /// Input line and the seq its entry was given, in order.
  public var appended: [(line: Int, seq: Int64)]
  /// Rows skipped because their request id is already in the ledger with the same entry.
  public var duplicates: [(line: Int, requestID: String, seq: Int64)]
  /// The seq of the commit line closing the batch, if one was written.
  public var commitSeq: Int64?

  /// Returns whether both results appended the same input lines at the same seqs, skipped
  /// the same lines as duplicates of the same seqs, and have the same commit seq.
  public static func == (lhs: AppendResult, rhs: AppendResult) -> Bool {
    lhs.appended.map(\.line) == rhs.appended.map(\.line)
      && lhs.appended.map(\.seq) == rhs.appended.map(\.seq)
      && lhs.duplicates.map(\.seq) == rhs.duplicates.map(\.seq)
      && lhs.duplicates.map(\.line) == rhs.duplicates.map(\.line)
      && lhs.commitSeq == rhs.commitSeq
  }
}

/// Why nothing was appended.
public enum AppendError: Error, Sendable, CustomStringConvertible {
  /// The input was refused; every problem found, each naming its file, line and field.
  case rejected([InputIssue])
  /// The journal could not be locked, read or written.
  case journal(JournalError)
  /// The committed journal does not fold: it is damaged or was altered.
  case damaged(LedgerReadError)
  /// A committed line fails a check of `relief verify`, or the lines verified earlier
  /// were changed: nothing is signed on top of them.
  case notVerified(String)

  /// A message for people: every input problem found, or why the journal could not be used.
  public var description: String {
    switch self {
    case .rejected(let issues):
      let count = issues.count
      let id: MessageID = count == 1 ? .nothingWrittenOneProblem : .nothingWrittenProblems
      return Text.current(id, ["count": String(count)]) + "\n"
        + issues.map(\.description).joined(separator: "\n")
    case .journal(let error): return error.description
    case .damaged(let error): return error.description
    case .notVerified(let message): return message
    }
  }
}
