import ReliefText

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
    let seq = failure.seq.map { Text.current(.ledgerDoesNotVerifySeq, ["seq": "\($0)"]) } ?? ""
    return Text.current(
      .ledgerDoesNotVerify,
      [
        "line": "\(line)", "seq": seq, "offset": "\(offset)", "reason": failure.message,
        "code": failure.code,
      ])
  }
}
