import ReliefCrypto
import ReliefLog

/// One forward pass of the verifier over every line of a snapshot.
struct VerificationPass {
  let snapshot: JournalSnapshot
  let targets: Set<Int64>
  private var chain = ChainChecker()
  private var state = LedgerState()
  private var originals: [Int64: Entry] = [:]
  /// The keys as they were when the current batch began: a batch is signed by a key
  /// entitled before it, so a batch cannot register or revive its own signer.
  private var keysAtBatchStart: [String: RegisteredKey] = [:]
  /// What the current batch touches, for the signer's entitlement.
  private var scope = BatchScope()
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
    // Request ids are checked by `RequestIDCheck`, which does not keep them in memory.
    state.tracksRequestIDs = false
  }

  mutating func run() throws -> VerificationReport {
    var remainder: LineReader.Remainder?
    var stopped = false
    do {
      remainder = try snapshot.allLines.forEachHashedLine { line, offset, index, hash in
        try check(line, offset: offset, index: index, hash: hash)
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
        message: "rule broken: \(reuse.violation)")
      stopped = true
    }
    if stopped {
      report.verdict = .invalid
      return report
    }
    if snapshot.sizeBytes == 0 {
      fail(
        line: 1, seq: nil, offset: 0, code: "empty-journal", expected: "a genesis line",
        found: "an empty file", message: "the journal is empty")
      report.verdict = .invalid
      return report
    }
    if let remainder {
      report.verdict = .tornTail
      report.failure = VerificationFailure(
        line: remainder.lineIndex + 1, seq: nil, offset: remainder.offset, code: "line-cut-short",
        expected: "a line ending in a newline",
        found: "\(remainder.bytes.count) bytes without a newline",
        message: "the last line was cut short (a crash while appending)")
    } else if chain.entriesSinceCommit > 0 {
      report.verdict = .tornTail
      report.failure = VerificationFailure(
        line: report.lineCount + 1, seq: chain.head.nextSeq, offset: snapshot.sizeBytes,
        code: "uncommitted-batch", expected: "a commit line",
        found: "the end of the journal after \(chain.entriesSinceCommit) uncommitted entries",
        message: "the last batch has no commit line (a crash while appending)")
    }
    return report
  }

  private mutating func check(
    _ line: UnsafeRawBufferPointer, offset: Int64, index: Int64, hash: SHA256Digest
  ) throws {
    let checked: CheckedLine
    do {
      checked = try chain.check(line, hash: hash)
    } catch {
      let seq = try? LineHeader.parse(line).seq
      fail(
        line: index + 1, seq: seq, offset: offset, code: error.code, expected: error.expected,
        found: error.found, message: error.description)
      throw Stop()
    }
    report.lineCount += 1
    if let commit = checked.commit {
      if let problem = signatureProblem(commit, line: line) {
        fail(
          line: index + 1, seq: commit.header.seq, offset: offset, code: problem.code,
          expected: "a commit signed by a registered, unrevoked key entitled to its batch",
          found: problem.description, message: "commit rejected: \(problem)")
        throw Stop()
      }
      report.commitCount += 1
      report.committedHead = chain.head
      scope = BatchScope()
      keysAtBatchStart = state.keys
      return
    }
    let seq = checked.header.seq
    let entry: Entry
    do {
      entry = try EntryDecoder.decode(line, header: checked.header).entry
    } catch {
      fail(
        line: index + 1, seq: seq, offset: offset, code: "malformed-entry",
        expected: "a canonical entry line", found: error.description,
        message: "entry is not canonical: \(error)")
      throw Stop()
    }
    // Lines after the last commit are an unfinished batch: checked for shape, not applied.
    guard offset < snapshot.committed.endOffset else { return }
    do {
      if case .reversal(let reversal) = entry.action,
        originals[reversal.reverses] != reversal.original
      {
        throw originals[reversal.reverses] == nil
          ? RuleViolation.reversalOfUnknownEntry(reversal.reverses)
          : RuleViolation.reversalDoesNotMatchOriginal(seq: reversal.reverses)
      }
      try state.apply(entry, seq: seq, timeMillis: checked.header.timeMillis)
    } catch let violation as RuleViolation {
      fail(
        line: index + 1, seq: seq, offset: offset, code: violation.code,
        expected: "an entry that keeps the rules", found: violation.description,
        message: "rule broken: \(violation)")
      throw Stop()
    }
    report.entryCount += 1
    if let requestID = entry.requestID { requestIDs.add(requestID) }
    scope.add(entry, seq: seq)
    if targets.contains(seq) { originals[seq] = entry }
  }

  /// Why the commit closing the current batch is not acceptable, if it is not.
  private func signatureProblem(
    _ commit: CommitLine, line: UnsafeRawBufferPointer
  ) -> EntitlementProblem? {
    guard commit.isSigned else { return .unsigned }
    guard !commit.signer.isEmpty, !commit.signature.isEmpty else { return .partlySigned }
    // The genesis batch is signed by the genesis admin_key alone, as registered at seq 0:
    // keys that the batch registers or revokes count from the next batch, as in any batch.
    var keys = keysAtBatchStart
    if scope.adminOnly?.kind == .genesis,
      var genesisKey = state.keys.values.first(where: { $0.seq == 0 })
    {
      genesisKey.revokedSeq = nil
      keys = [genesisKey.id: genesisKey]
    }
    guard let key = keys[commit.signer] else { return .unknownSigner(commit.signer) }
    if let revoked = key.revokedSeq { return .revokedSigner(key.id, revokedSeq: revoked) }
    guard CommitSignature.isValid(line: line, signature: commit.signature, key: key) else {
      return .badSignature(key.id)
    }
    return state.entitlementProblem(of: key, for: scope)
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
