import ReliefLog

/// Plans one batch under the writer's lock: folds the committed journal, resolves
/// reversals and duplicate request ids, applies every row to the state in order, and
/// builds the batch's bytes if no row breaks a rule.
struct BatchPlanner {
  let source: String
  let nowMillis: Int64
  let signer: CommitSigner
  private var issues: [InputIssue] = []

  /// `issues` are problems already found in the rows' fields; planning adds to them.
  init(source: String, nowMillis: Int64, signer: CommitSigner, issues: [InputIssue]) {
    self.source = source
    self.nowMillis = nowMillis
    self.signer = signer
    self.issues = issues
  }

  mutating func plan(
    _ drafts: [(row: InputRow, draft: EntryDraft)], snapshot: JournalSnapshot
  ) throws -> (bytes: [UInt8], result: AppendResult) {
    var state = try LedgerState.load(from: snapshot.committedLines)
    let existing = try LineFetcher.fetch(
      referencedSeqs(drafts, state: state), from: snapshot.committedLines)
    var batch = BatchBuilder(after: snapshot.committed.head, nowMillis: nowMillis)
    // The signer must be entitled as the ledger stands before the batch.
    let signerKey = state.activeKey(id: signer.keyID)
    var scope = BatchScope()
    var result = AppendResult(appended: [], duplicates: [], commitSeq: nil)
    var batchEntries: [Int64: Entry] = [:]
    var batchRequestIDs: [String: Int] = [:]
    for (row, draft) in drafts {
      if let requestID = draft.requestID {
        if let firstLine = batchRequestIDs[requestID] {
          issue(row, "request_id", "'\(requestID)' repeats the request id of line \(firstLine)")
          continue
        }
        batchRequestIDs[requestID] = row.line
      }
      let lookup = { (seq: Int64) in existing[seq] ?? batchEntries[seq] }
      guard let entry = resolve(draft, row: row, state: state, lookup: lookup) else { continue }
      if let requestID = entry.requestID, let seq = state.requestIDs[requestID] {
        if existing[seq] == entry {
          result.duplicates.append((row.line, requestID, seq))
        } else {
          issue(
            row, "request_id",
            "'\(requestID)' is already used by seq \(seq) for a different entry")
        }
        continue
      }
      let seq = batch.head.nextSeq
      do {
        try state.apply(entry, seq: seq, timeMillis: batch.timeMillis)
      } catch {
        issue(row, field(for: error, row: row), error.description)
        continue
      }
      batch.appendEntry(kind: entry.kind.rawValue, body: EntryEncoder.body(of: entry))
      if entry.requestID != nil { batchEntries[seq] = entry }
      scope.add(entry, seq: seq)
      result.appended.append((row.line, seq))
    }
    checkEntitlement(signerKey, scope: scope, state: state, appended: result.appended)
    if !issues.isEmpty {
      // Stable by line, so each row's problems stay in the order they were found.
      let ordered = issues.enumerated().sorted {
        ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset)
      }
      throw AppendError.rejected(ordered.map(\.element))
    }
    guard batch.entryCount > 0 else { return ([], result) }
    batch.commit(signer: signer.keyID, sign: signer.signature(for:))
    result.commitSeq = batch.head.nextSeq - 1
    return (batch.bytes, result)
  }

  /// Records why the signer may not append this batch, if it may not.
  private mutating func checkEntitlement(
    _ signerKey: Result<RegisteredKey, EntitlementProblem>, scope: BatchScope,
    state: LedgerState, appended: [(line: Int, seq: Int64)]
  ) {
    let problem: EntitlementProblem?
    switch signerKey {
    case .failure(let failure): problem = failure
    case .success(let key): problem = state.entitlementProblem(of: key, for: scope)
    }
    guard let problem else { return }
    var line: Int?
    if case .notEntitled(_, _, _, let seq, _) = problem {
      line = appended.first { $0.seq == seq }?.line
    }
    issues.append(InputIssue(file: source, line: line, field: "key", reason: problem.description))
  }

  /// Seqs whose committed entries the batch needs: reversal targets and the holders of
  /// request ids the input repeats.
  private func referencedSeqs(
    _ drafts: [(row: InputRow, draft: EntryDraft)], state: LedgerState
  ) -> Set<Int64> {
    var seqs: Set<Int64> = []
    for (_, draft) in drafts {
      if let requestID = draft.requestID, let seq = state.requestIDs[requestID] {
        seqs.insert(seq)
      }
      if case .reversal(_, let target, _, _) = draft {
        switch target {
        case .seq(let seq): seqs.insert(seq)
        case .requestID(let id): if let seq = state.requestIDs[id] { seqs.insert(seq) }
        }
      }
    }
    return seqs
  }

  /// The complete entry for `draft`: a reversal gets the copy of its original.
  private mutating func resolve(
    _ draft: EntryDraft, row: InputRow, state: LedgerState, lookup: (Int64) -> Entry?
  ) -> Entry? {
    switch draft {
    case .entry(let entry):
      return entry
    case .reversal(let date, let target, let memo, let requestID):
      let seq: Int64
      let field: String
      switch target {
      case .seq(let value):
        seq = value
        field = "reverses"
      case .requestID(let id):
        field = "reverses_request"
        guard let found = state.requestIDs[id] else {
          issue(row, field, "no entry has request_id '\(id)'")
          return nil
        }
        seq = found
      }
      guard let original = lookup(seq) else {
        issue(row, field, "there is no entry at seq \(seq) to reverse")
        return nil
      }
      return Entry(
        date: date, action: .reversal(Reversal(reverses: seq, original: original)), memo: memo,
        requestID: requestID)
    }
  }

  private mutating func issue(_ row: InputRow, _ field: String?, _ reason: String) {
    issues.append(InputIssue(file: source, line: row.line, field: field, reason: reason))
  }

  /// The input field a rule violation is about, so the message points at the right cell.
  private func field(for violation: RuleViolation, row: InputRow) -> String? {
    switch violation {
    case .genesisMissing, .genesisNotFirst: return nil
    case .unknownUnion(let id):
      return ["union", "to", "parent"].first { row.fields[$0] == id } ?? "union"
    case .unknownProgram: return "program"
    case .unionAlreadyRegistered, .programAlreadyRegistered: return "id"
    case .invalidKey, .keyAlreadyRegistered, .unknownKey, .keyAlreadyRevoked, .lastAdministrator:
      return "key"
    case .keyUnionMismatch: return "union"
    case .allocationToSameUnion: return "to"
    case .balanceWouldGoNegative, .amountOverflow, .refundExceedsDuesPaid:
      if row.fields["amount"] != nil { return "amount" }
      return row.fields["reverses"] != nil ? "reverses" : "reverses_request"
    case .refundPeriodOverlaps: return "period"
    case .dateInFuture, .appendTimeOutOfRange: return "date"
    case .requestIDAlreadyUsed: return "request_id"
    case .reversalOfUnknownEntry, .reversalOfNonReversible, .alreadyReversed,
      .reversalDoesNotMatchOriginal:
      return row.fields["reverses"] != nil ? "reverses" : "reverses_request"
    }
  }
}
