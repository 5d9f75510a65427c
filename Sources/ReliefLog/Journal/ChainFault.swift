import ReliefCrypto
import ReliefText

/// A way a journal line fails the chain rules, independent of what the entry means.
public enum ChainFault: Error, Equatable, Sendable, CustomStringConvertible {
  case malformedLine(CanonicalDecodeError)
  case seqMismatch(expected: Int64, found: Int64)
  case previousHashMismatch(expected: SHA256Digest, found: SHA256Digest)
  case timeWentBackwards(previousMillis: Int64, foundMillis: Int64)
  /// A line of a batch carries another time than the batch's earlier lines.
  case timeChangedInBatch(batchMillis: Int64, foundMillis: Int64)
  case commitCountMismatch(expected: Int64, found: Int64)

  /// A stable short name for machine-readable reports.
  public var code: String {
    switch self {
    case .malformedLine: return "malformed-line"
    case .seqMismatch: return "seq-mismatch"
    case .previousHashMismatch: return "prev-mismatch"
    case .timeWentBackwards: return "time-went-backwards"
    case .timeChangedInBatch: return "time-changed-in-batch"
    case .commitCountMismatch: return "commit-count-mismatch"
    }
  }

  /// What the line should have held, for the report.
  public var expected: String {
    switch self {
    case .malformedLine: return "a canonical journal line"
    case .seqMismatch(let expected, _): return "seq \(expected)"
    case .previousHashMismatch(let expected, _): return "prev \(expected.hex)"
    case .timeWentBackwards(let previous, _): return "time_ms at least \(previous)"
    case .timeChangedInBatch(let batch, _): return "time_ms \(batch) (the batch's time)"
    case .commitCountMismatch(let expected, _): return "entries \(expected)"
    }
  }

  /// What the line held instead.
  public var found: String {
    switch self {
    case .malformedLine(let error): return error.description
    case .seqMismatch(_, let found): return "seq \(found)"
    case .previousHashMismatch(_, let found): return "prev \(found.hex)"
    case .timeWentBackwards(_, let found): return "time_ms \(found)"
    case .timeChangedInBatch(_, let found): return "time_ms \(found)"
    case .commitCountMismatch(_, let found): return "entries \(found)"
    }
  }

  /// A message for people, naming the broken rule and, where it applies, what was expected
  /// and what was found.
  public var description: String {
    switch self {
    case .malformedLine(let error): return Text.current(.chainNotCanonical, ["reason": "\(error)"])
    case .seqMismatch: return Text.current(.chainSeqOutOfOrder, comparison)
    case .previousHashMismatch: return Text.current(.chainBroken)
    case .timeWentBackwards: return Text.current(.chainTimeBackwards, comparison)
    case .timeChangedInBatch: return Text.current(.chainTimeInBatch, comparison)
    case .commitCountMismatch: return Text.current(.chainCommitCount, comparison)
    }
  }

  /// What was expected and what was found, for the messages.
  private var comparison: [String: String] { ["expected": expected, "found": found] }
}
