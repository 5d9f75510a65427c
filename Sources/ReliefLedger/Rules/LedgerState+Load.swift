import ReliefLog
import ReliefText

/// A committed journal line that could not be folded: the journal is damaged or was
/// altered.
///
/// Readers report it and point to `relief verify` for the full diagnosis.
public struct LedgerReadError: Error, Equatable, Sendable, CustomStringConvertible {
  /// 1-based line number.
  public let line: Int64
  /// Why the line could not be folded.
  public let reason: String

  /// A message for people, naming the line and the reason and pointing to `relief verify`.
  public var description: String {
    Text.current(.stateLineUnreadable, ["line": String(line), "reason": reason])
  }
}

extension LedgerState {
  /// Folds every entry line of `reader` (commit lines are skipped).
  ///
  /// It trusts the chain and does not hash: that is the verifier's job.
  public static func load(from reader: LineReader) throws -> LedgerState {
    var state = LedgerState()
    let remainder = try reader.forEachLine { line, _, index in
      try state.fold(line, lineIndex: index)
    }
    if let remainder {
      throw LedgerReadError(line: remainder.lineIndex + 1, reason: Text.current(.stateLineCutShort))
    }
    return state
  }

  /// Applies one journal line to the state.
  public mutating func fold(_ line: UnsafeRawBufferPointer, lineIndex: Int64) throws {
    let header: LineHeader
    do {
      header = try LineHeader.parse(line)
    } catch {
      throw LedgerReadError(line: lineIndex + 1, reason: error.description)
    }
    if header.isCommit { return }
    let decoded: DecodedLine
    do {
      decoded = try EntryDecoder.decode(line, header: header)
    } catch {
      throw LedgerReadError(line: lineIndex + 1, reason: error.description)
    }
    do {
      try apply(decoded.entry, seq: header.seq, timeMillis: header.timeMillis)
    } catch {
      throw LedgerReadError(line: lineIndex + 1, reason: error.description)
    }
  }
}
