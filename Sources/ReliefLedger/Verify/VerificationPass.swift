import ReliefCrypto
import ReliefLog
import ReliefText

/// One forward pass of the verifier over every line of a snapshot.
struct VerificationPass {
  let snapshot: JournalSnapshot
  let targets: Set<Int64>
  private var verifier = LineVerifier()
  /// Where the entries that later reversals name are, to read them again when needed.
  private var originals: [Int64: OriginalLine] = [:]
  private var report = VerificationReport(verdict: .valid)
  private var requestIDs: RequestIDCheck
  /// The out-of-core check of refund periods; nil when `apply` checks them in memory.
  private var refunds: RefundOverlapCheck?
  /// Told the lines and bytes checked every 65,536 lines.
  var progress: ((_ lines: Int64, _ bytes: Int64, _ totalBytes: Int64) -> Void)?

  /// Stops the line loop at the first failure.
  private struct Stop: Error {}

  /// Bytes of records each out-of-core check holds before it writes a sorted run.
  static let runSizeBytesDefault = 16 << 20

  /// A pass whose out-of-core checks write runs of at most `runSizeBytes`; with
  /// `refundsInMemory`, refund periods are checked by `apply`, as appends check them.
  init(
    snapshot: JournalSnapshot, targets: Set<Int64>, runSizeBytes: Int = runSizeBytesDefault,
    refundsInMemory: Bool = false
  ) {
    self.snapshot = snapshot
    self.targets = targets
    requestIDs = RequestIDCheck(runSizeBytes: runSizeBytes)
    originals.reserveCapacity(targets.count)
    if !refundsInMemory {
      verifier.state.checksRefundOverlaps = false
      refunds = RefundOverlapCheck(runSizeBytes: runSizeBytes)
    }
    report.sizeBytes = snapshot.sizeBytes
    report.committedSizeBytes = snapshot.committed.endOffset
  }

  mutating func run() throws -> VerificationReport {
    var remainder: LineReader.Remainder?
    var stopped = false
    do {
      let ahead = DecodeAhead()
      remainder = try snapshot.allLines.forEachPreparedLine(
        merkleLeavesFrom: nil, prepare: ahead.preparer
      ) { line, offset, index, hash, _, slot, indexInChunk in
        try check(
          line, offset: offset, index: index, hash: hash,
          prepared: ahead.take(slot: slot, index: indexInChunk))
        if index & 0xFFFF == 0, let progress { progress(index, offset, snapshot.sizeBytes) }
      }
    } catch is Stop {
      stopped = true
    } catch {
      // The line-by-line check would have stopped at an overlap before the line that
      // could not be read, and reported it.
      guard try settleRefundOverlap() else { throw error }
      stopped = true
    }
    if try settleRefundOverlap() { stopped = true }
    // A reused request id is a failure only if it comes before the failure found so far (an
    // overlap wins at its own line, as it stops the line-by-line check there).
    let limit = report.failure?.offset ?? snapshot.committed.endOffset
    if let reuse = try requestIDs.firstReuse(in: snapshot.committedLines, before: limit) {
      fail(
        line: reuse.line, seq: reuse.seq, offset: reuse.offset, code: reuse.violation.code,
        expected: "an entry that keeps the rules", found: reuse.violation.description,
        message: Text.current(.lineRuleBroken, ["reason": "\(reuse.violation)"]))
      stopped = true
    }
    if stopped {
      report.verdict = .invalid
      return report
    }
    if snapshot.sizeBytes == 0 {
      fail(
        line: 1, seq: nil, offset: 0, code: "empty-journal", expected: "a genesis line",
        found: "an empty file", message: Text.current(.verifyJournalEmpty))
      report.verdict = .invalid
      return report
    }
    if let remainder {
      report.verdict = .tornTail
      report.failure = VerificationFailure(
        line: remainder.lineIndex + 1, seq: nil, offset: remainder.offset, code: "line-cut-short",
        expected: "a line ending in a newline",
        found: "\(remainder.bytes.count) bytes without a newline",
        message: Text.current(.verifyLastLineCut))
    } else if verifier.chain.entriesSinceCommit > 0 {
      report.verdict = .tornTail
      report.failure = VerificationFailure(
        line: report.lineCount + 1, seq: verifier.chain.head.nextSeq, offset: snapshot.sizeBytes,
        code: "uncommitted-batch", expected: "a commit line",
        found:
          "the end of the journal after \(verifier.chain.entriesSinceCommit) uncommitted entries",
        message: Text.current(.verifyBatchUncommitted))
    }
    return report
  }

  private mutating func check(
    _ line: UnsafeRawBufferPointer, offset: Int64, index: Int64, hash: SHA256Digest,
    prepared: PreparedLine
  ) throws {
    let checked: LineVerifier.Checked
    do {
      let (originals, file) = (self.originals, snapshot.file)
      checked = try verifier.check(
        line, hash: hash, committed: offset < snapshot.committed.endOffset, prepared: prepared,
        original: { seq in try originals[seq].map { try $0.entry(in: file) } })
    } catch let failure as LineFailure {
      try noteRefundAtOverlapCheck(offset: offset)
      if !failure.isChainFault { report.lineCount += 1 }
      fail(
        line: index + 1, seq: failure.seq, offset: offset, code: failure.code,
        expected: failure.expected, found: failure.found, message: failure.message)
      throw Stop()
    }
    try noteRefundAtOverlapCheck(offset: offset)
    report.lineCount += 1
    switch checked {
    case .commit:
      report.commitCount += 1
      report.committedHead = verifier.chain.head
    case .uncommitted:
      break
    case .entry(let entry, let seq):
      report.entryCount += 1
      if let requestID = entry.requestID { try requestIDs.add(requestID) }
      if case .reversal(let reversal) = entry.action,
        case .refund(let refund) = reversal.original.action
      {
        try refunds?.addReversal(of: reversal.reverses, code: refund.code, seq: seq)
      }
      if targets.contains(seq) {
        originals[seq] = OriginalLine(offset: offset, length: line.count, digest: hash)
      }
    }
  }

  /// Spills the refund on the line just checked if it reached the overlap check, whether
  /// or not a later check of the line failed: `apply` would have reported an overlap first.
  private mutating func noteRefundAtOverlapCheck(offset: Int64) throws {
    guard let refund = verifier.state.refundAtOverlapCheck else { return }
    verifier.state.refundAtOverlapCheck = nil
    // Only a line that passed the chain checks reaches `apply`: it is the chain's last line.
    try refunds?.addRefund(
      code: refund.code, period: refund.period, seq: verifier.chain.head.nextSeq - 1,
      offset: offset)
  }

  /// Makes the first refund overlap the report's failure if it comes before the line the
  /// pass stopped at, or at that line (a refund reaches the overlap check only after the
  /// checks before it passed); true if it did.
  ///
  /// The pass went on past the overlap, so its counts are taken again as they were there.
  private mutating func settleRefundOverlap() throws -> Bool {
    guard var check = refunds else { return false }
    refunds = nil
    guard let overlap = try check.firstOverlap() else { return false }
    if let failure = report.failure, failure.offset < overlap.offset { return false }
    if report.failure?.offset != overlap.offset {
      let commits = try CommitsBefore(in: snapshot.allLines, before: overlap.offset)
      report.lineCount = overlap.seq + 1
      report.entryCount = overlap.seq - commits.count
      report.commitCount = commits.count
      report.committedHead = commits.head
    }
    let failure = LineFailure(overlap.violation, seq: overlap.seq)
    fail(
      line: overlap.seq + 1, seq: overlap.seq, offset: overlap.offset, code: failure.code,
      expected: failure.expected, found: failure.found, message: failure.message)
    return true
  }

  private mutating func fail(
    line: Int64, seq: Int64?, offset: Int64, code: String, expected: String, found: String,
    message: String
  ) {
    report.failure = VerificationFailure(
      line: line, seq: seq, offset: offset, code: code, expected: expected, found: found,
      message: message)
  }
}
