/// A committed line failed a check of `relief verify` while a command folded it: nothing
/// was shown, appended, signed or published from it.
public struct LedgerInvalidError: Error, Equatable, Sendable, CustomStringConvertible {
  /// 1-based line number in the journal file.
  public let line: Int64
  /// Byte offset of the line's start.
  public let offset: Int64
  /// The check it failed, as `relief verify` names it.
  public let failure: LineFailure

  /// What `relief verify` would say, and what to do.
  public var description: String {
    let seq = failure.seq.map { ", seq \($0)" } ?? ""
    return "the ledger does not verify: line \(line)\(seq), byte offset \(offset): "
      + "\(failure.message) (\(failure.code)); nothing was used from it: "
      + "run 'relief verify' and compare with a published copy or checkpoint"
  }
}
