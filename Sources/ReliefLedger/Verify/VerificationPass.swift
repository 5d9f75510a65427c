import ReliefCrypto
import ReliefLog
import ReliefText

/// One forward pass of the verifier over every line of a snapshot.
struct VerificationPass {
  let snapshot: JournalSnapshot
  let targets: Set<Int64>
  private var verifier = LineVerifier()
  private var originals: [Int64: Entry] = [:]
  private var report = VerificationReport(verdict: .valid)
  private var requestIDs = RequestIDCheck()
  /// Told the lines and bytes checked every 65,536 lines.
  var progress: ((_ lines: Int64, _ bytes: Int64, _ totalBytes: Int64) -> Void)?

  /// Stops the line loop at the first failure.
  private struct Stop: Error {}

  init(snapshot: JournalSnapshot, targets: Set<Int64>) {
    self.snapshot = snapshot
    self.targets = targets
    report.sizeBytes = snapshot.sizeBytes
    report.committedSizeBytes = snapshot.committed.endOffset
  }

  mutating func run() throws -> VerificationReport {
    var remainder: LineReader.Remainder?
    var stopped = false
    do {
      let ahead = DecodeAhead()
      let prepare: @Sendable (Int, [UnsafeRawBufferPointer], Bool) -> Void = {
        ahead.prepare(slot: $0, lines: $1, consumerWaited: $2)
      }
      remainder = try snapshot.allLines.forEachPreparedLine(
        merkleLeavesFrom: nil, prepare: prepare
      ) { line, offset, index, hash, _, slot, indexInChunk in
        try check(
          line, offset: offset, index: index, hash: hash,
          prepared: ahead.take(slot: slot, index: indexInChunk))
        if index & 0xFFFF == 0, let progress { progress(index, offset, snapshot.sizeBytes) }
      }
    } catch is Stop {
      stopped = true
    }
    // A reused request id is a failure only if it comes before the one the pass stopped at.
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
      let originals = self.originals
      checked = try verifier.check(
        line, hash: hash, committed: offset < snapshot.committed.endOffset, prepared: prepared,
        original: { originals[$0] })
    } catch let failure as LineFailure {
      if !failure.isChainFault { report.lineCount += 1 }
      fail(
        line: index + 1, seq: failure.seq, offset: offset, code: failure.code,
        expected: failure.expected, found: failure.found, message: failure.message)
      throw Stop()
    }
    report.lineCount += 1
    switch checked {
    case .commit:
      report.commitCount += 1
      report.committedHead = verifier.chain.head
    case .uncommitted:
      break
    case .entry(let entry, let seq):
      report.entryCount += 1
      if let requestID = entry.requestID { requestIDs.add(requestID) }
      if targets.contains(seq) { originals[seq] = entry }
    }
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
