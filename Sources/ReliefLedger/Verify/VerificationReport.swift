import ReliefLog

/// The outcome of verifying a journal.
public struct VerificationReport: Sendable {
  /// What the bytes amount to.
  public enum Verdict: String, Sendable {
    /// Every line checks out and every batch is committed.
    case valid
    /// The committed part checks out; after it comes an unfinished batch (a crash during
    /// an append), which `relief recover` can cut off.
    case tornTail = "torn-tail"
    /// A committed line breaks the format, the chain or the rules: damage or tampering.
    case invalid
  }

  /// What the journal's bytes amount to.
  public var verdict: Verdict
  /// The first failure, for `.invalid`, or what makes the tail torn, for `.tornTail`.
  public var failure: VerificationFailure?
  /// Complete lines read.
  public var lineCount: Int64 = 0
  /// Entry lines in committed batches.
  public var entryCount: Int64 = 0
  /// Commit lines.
  public var commitCount: Int64 = 0
  /// The head after the last committed line.
  public var committedHead: ChainHead = .empty
  /// The journal's size in bytes.
  public var sizeBytes: Int64 = 0
  /// Where the journal's committed part ends, as a byte offset.
  public var committedSizeBytes: Int64 = 0
  /// The genesis entry on the first committed line, read from the bytes just verified.
  ///
  /// It names the origin and the administrator key every later signature descends from.
  /// Nil when no committed first line holds a genesis; believe it only if `verdict` is not
  /// `.invalid`.
  public var genesis: Genesis?

  /// A report of `verdict` with nothing counted yet.
  public init(verdict: Verdict) {
    self.verdict = verdict
  }
}

/// Exactly where and how verification failed.
public struct VerificationFailure: Sendable, Equatable {
  /// 1-based line number in the journal file.
  public var line: Int64
  /// The seq the line carries, when its header could be read.
  public var seq: Int64?
  /// Byte offset of the line's start in the file.
  public var offset: Int64
  /// A stable name for the failure, such as `prev-mismatch` or `balance-would-go-negative`.
  public var code: String
  /// What the line should have held.
  public var expected: String
  /// What the line held instead.
  public var found: String
  /// One sentence for people.
  public var message: String

  /// A failure at `line` (1-based), which starts at byte `offset` and carries `seq`.
  public init(
    line: Int64, seq: Int64?, offset: Int64, code: String, expected: String, found: String,
    message: String
  ) {
    self.line = line
    self.seq = seq
    self.offset = offset
    self.code = code
    self.expected = expected
    self.found = found
    self.message = message
  }
}
