import ReliefLog
import ReliefText

/// Plans one batch under the writer's lock: loads the projection of the committed journal,
/// resolves reversals and duplicate request ids, applies every row to the state in order,
/// and builds the batch's bytes if no row breaks a rule.
struct BatchPlanner {
  let source: String
  let nowMillis: Int64
  let signer: CommitSigner
  /// Whether the batch is appended, staged as a proposal, or approved.
  var mode = BatchMode.append
  private var issues: [InputIssue] = []
  /// Told the rows planned so far and the rows in all, every 65,536 rows.
  var progress: ((_ rows: Int64, _ totalRows: Int64) -> Void)?

  /// `issues` are problems already found in the rows' fields; planning adds to them.
  init(source: String, nowMillis: Int64, signer: CommitSigner, issues: [InputIssue]) {
    self.source = source
    self.nowMillis = nowMillis
    self.signer = signer
    self.issues = issues
  }

  /// Plans the batch of `drafts` after the committed part of `snapshot`, starting from
  /// `cached` (the projection this process left after its last batch) when it still
  /// matches the journal.
  mutating func plan(
    _ drafts: [(row: InputRow, draft: EntryDraft)], snapshot: JournalSnapshot,
    location: TrustedLocation,
    cached: Projection? = nil
  ) throws -> (bytes: [UInt8], result: PlannedBatch) {
    let references = DraftReferences(drafts)
    var (projection, state, committed) = try prepare(references, snapshot, location, cached)
    var batch = BatchBuilder(after: snapshot.committed.head, nowMillis: nowMillis)
    batch.reserveCapacity(drafts.count * 400 + 512)  // entry lines run 250 to 400 bytes
    // The signer must be entitled as the ledger stands before the batch.
    let signerKey = state.activeKey(id: signer.keyID)
    let before = (keys: state.keys, thresholds: state.reviewThresholds)
    var (staged, scope) = ([Entry](), BatchScope())
    var result = AppendResult(appended: [], duplicates: [], commitSeq: nil)
    var (batchEntries, batchRequestIDs, batchSeqs) = (
      [Int64: Entry](), [String: Int](minimumCapacity: drafts.count),
      [String: Int64](minimumCapacity: drafts.count)
    )
    for (number, (row, draft)) in drafts.enumerated() {
      if number & 0xFFFF == 0 { progress?(Int64(number), Int64(drafts.count)) }
      guard firstUse(of: draft.requestID, row: row, in: &batchRequestIDs) else { continue }
      let lookup = { (seq: Int64) in committed.entries[seq] ?? batchEntries[seq] }
      let seqOfID = { (id: String) in committed.seqs[id] ?? batchSeqs[id] }
      guard let entry = resolve(draft, row: row, seqOfID: seqOfID, lookup: lookup) else {
        continue
      }
      if let requestID = entry.requestID, let seq = committed.seqs[requestID] {
        // Already in the ledger: the same entry is skipped, a different one is an error.
        guard let earlier = committed.entries[seq], earlier.isSame(asInput: entry) else {
          issueUsedOtherwise(row, requestID, seq)
          continue
        }
        result.duplicates.append((row.line, requestID, seq))
        continue
      }
      let seq = batch.head.nextSeq
      do {
        try state.apply(entry, seq: seq, timeMillis: batch.timeMillis)
      } catch {
        issue(row, field(for: error, row: row), describe(error, appended: result.appended))
        continue
      }
      batch.appendEntry(kind: entry.kind.rawValue) { EntryEncoder.appendBody(of: entry, to: &$0) }
      if let requestID = entry.requestID {
        batchSeqs[requestID] = seq
        // Kept only if a later row may reverse it (by request id or by seq).
        if references.reversalRequestIDs.contains(requestID) { batchEntries[seq] = entry }
      }
      if references.reversalSeqs.contains(seq) { batchEntries[seq] = entry }
      scope.add(entry, seq: seq)
      if case .stage = mode { staged.append(entry) }
      result.appended.append((row.line, seq))
    }
    let maker = try checkCommit(
      signerKey, batch: batch.bytes, scope: scope, state: state, before: before, result: result)
    if case .stage = mode, let maker {
      let proposal = Proposal(
        origin: state.origin ?? "", maker: maker, entries: staged, source: source)
      return ([], PlannedBatch(result: result, projection: projection, proposal: proposal))
    }
    guard batch.entryCount > 0 else {
      projection.state = state
      return ([], PlannedBatch(result: result, projection: projection))
    }
    let commitMaker = mode.approvedMaker.map { (keyID: $0.keyID, signature: $0.signature) }
    batch.commit(signer: signer.keyID, maker: commitMaker, sign: signer.signature(for:))
    result.commitSeq = batch.head.nextSeq - 1
    projection.advance(to: state, head: batch.head, batch: batch.bytes, requestIDs: batchSeqs)
    return (batch.bytes, PlannedBatch(result: result, projection: projection))
  }

  /// The projection of the committed journal (without its state), its state, and the
  /// committed entries the drafts refer to.
  private func prepare(
    _ references: DraftReferences, _ snapshot: JournalSnapshot,
    _ location: TrustedLocation, _ cached: Projection?
  ) throws -> (Projection, LedgerState, CommittedRequests) {
    var (projection, _) = try ProjectionStore.load(
      snapshot, location: location, cached: cached)
    let wantedIDs = references.requestIDs
    var committed: CommittedRequests
    do {
      committed = try CommittedRequests.resolve(
        wantedIDs, reversalSeqs: references.reversalSeqs, index: projection.requests,
        snapshot: snapshot, verified: projection.frontier, cachePath: location.merkleCachePath)
      guard projection.state.loadRefunds(of: refundCodes(references, committed)) else {
        throw RequestBaseUnavailable()
      }
    } catch is RequestBaseUnavailable {
      projection = try ProjectionStore.rebuild(snapshot, location: location)
      committed = try CommittedRequests.resolve(
        wantedIDs, reversalSeqs: references.reversalSeqs, index: projection.requests,
        snapshot: snapshot, verified: projection.frontier, cachePath: location.merkleCachePath)
    }
    // The state is taken out of the projection so that applying rows changes it in place,
    // not a copy.
    let state = projection.state
    projection.state = LedgerState()
    if case .approve(let proposal) = mode, let reason = proposal.approvalProblem(state) {
      throw AppendError.rejected([InputIssue(file: source, line: 1, field: nil, reason: reason)])
    }
    return (projection, state, committed)
  }

  /// Checks the commit as the verifier will (when staging, the maker's entitlement only)
  /// and throws every problem found; returns the maker's claim on the batch, if any.
  private mutating func checkCommit(
    _ signerKey: Result<RegisteredKey, EntitlementProblem>, batch: [UInt8], scope: BatchScope,
    state: LedgerState, before: (keys: [String: RegisteredKey], thresholds: [String: Money]),
    result: AppendResult
  ) throws -> LedgerState.MakerClaim? {
    let maker = makerClaim(batch: batch, origin: state.origin)
    // A refused row leaves the batch incomplete: a maker's signature cannot match it then.
    if issues.isEmpty || mode.approvedMaker == nil {
      let problem = commitProblem(
        signerKey, maker: maker, batch: batch, scope: scope, state: state, before: before)
      record(problem, appended: result.appended)
    }
    if case .approve = mode, let duplicate = result.duplicates.first {
      issue(
        InputRow(line: duplicate.line, fields: [:]), "request_id",
        Text.current(
          .batchProposalApproved, ["id": duplicate.requestID, "seq": "\(duplicate.seq)"]))
    }
    try throwIssues()
    return maker
  }

  /// The maker's claim on the batch: for a stage, the writer's signature over the batch's
  /// entries; for an approval, the proposal's; nil for a plain append.
  private func makerClaim(batch: [UInt8], origin: String?) -> LedgerState.MakerClaim? {
    switch mode {
    case .append: return nil
    case .approve(let proposal): return proposal.maker
    case .stage:
      guard let digest = BatchDigest.of(batch), digest.entryCount > 0 else { return nil }
      let message = MakerSignature.message(
        origin: origin ?? "", entryCount: digest.entryCount, digest: digest.finalize())
      return LedgerState.MakerClaim(keyID: signer.keyID, signature: signer.signature(for: message))
    }
  }

  /// Why the batch may not be committed (or staged) by the writer: the one rule book the
  /// verifier applies at the commit line, with the keys and thresholds of before the batch.
  private func commitProblem(
    _ signerKey: Result<RegisteredKey, EntitlementProblem>, maker: LedgerState.MakerClaim?,
    batch: [UInt8], scope: BatchScope, state: LedgerState,
    before: (keys: [String: RegisteredKey], thresholds: [String: Money])
  ) -> EntitlementProblem? {
    let key: RegisteredKey
    switch signerKey {
    case .failure(let failure): return failure
    case .success(let found): key = found
    }
    switch mode {
    case .stage:
      // The maker must be entitled now; the checker and the threshold are the approver's.
      return state.entitlementProblem(of: key, for: scope)
    case .append, .approve:
      return state.commitProblem(
        signer: key, maker: maker, keys: before.keys, scope: scope,
        thresholds: before.thresholds,
        makerSignatureIsValid: { makerKey in
          guard let maker, let digest = BatchDigest.of(batch) else { return false }
          let message = MakerSignature.message(
            origin: state.origin ?? "", entryCount: digest.entryCount, digest: digest.finalize())
          return MakerSignature.isValid(maker.signature, key: makerKey, message: message)
        })
    }
  }

  /// Records why the signer may not append this batch, if it may not.
  private mutating func record(
    _ problem: EntitlementProblem?, appended: [(line: Int, seq: Int64)]
  ) {
    guard let problem else { return }
    var line: Int?
    if case .notEntitled(_, _, _, let seq, _) = problem {
      line = appended.first { $0.seq == seq }?.line
    }
    let field: String? = problem.code == "review-required" ? nil : "key"
    issues.append(InputIssue(file: source, line: line, field: field, reason: problem.description))
  }

  /// Refuses `row`, whose request id is already committed by `seq` for another entry.
  private mutating func issueUsedOtherwise(_ row: InputRow, _ requestID: String, _ seq: Int64) {
    issue(
      row, "request_id",
      Text.current(.batchRequestIDUsedOtherwise, ["id": requestID, "seq": "\(seq)"]))
  }

  /// Records `requestID` as used by `row`; false (with an issue) if an earlier row of the
  /// batch used it.
  private mutating func firstUse(
    of requestID: String?, row: InputRow, in used: inout [String: Int]
  ) -> Bool {
    guard let requestID else { return true }
    if let firstLine = used[requestID] {
      issue(
        row, "request_id",
        Text.current(.batchRequestIDRepeated, ["id": requestID, "line": "\(firstLine)"]))
      return false
    }
    used[requestID] = row.line
    return true
  }

  /// Throws the problems found, if any, ordered by line.
  private func throwIssues() throws(AppendError) {
    guard !issues.isEmpty else { return }
    // Stable by line, so each row's problems stay in the order they were found.
    let ordered = issues.enumerated().sorted {
      ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset)
    }
    throw AppendError.rejected(ordered.map(\.element))
  }

  /// The complete entry for `draft`: a reversal gets the copy of its original.
  private mutating func resolve(
    _ draft: EntryDraft, row: InputRow, seqOfID: (String) -> Int64?,
    lookup: (Int64) -> Entry?
  ) -> Entry? {
    switch draft {
    case .entry(let entry):
      return entry
    case .payment(let entry, let id):
      guard let seq = seqOfID(id) else {
        issue(row, "commitment_request", Text.current(.batchNoSuchRequestID, ["id": id]))
        return nil
      }
      return entry.action.paying(commitment: seq).map(entry.with)
    case .reversal(let date, let target, let memo, let requestID):
      let seq: Int64
      let field: String
      switch target {
      case .seq(let value):
        seq = value
        field = "reverses"
      case .requestID(let id):
        field = "reverses_request"
        guard let found = seqOfID(id) else {
          issue(row, field, Text.current(.batchNoSuchRequestID, ["id": id]))
          return nil
        }
        seq = found
      }
      guard let original = lookup(seq) else {
        issue(row, field, Text.current(.ruleReversalOfUnknown, ["seq": "\(seq)"]))
        return nil
      }
      return Entry(
        date: date, action: .reversal(Reversal(reverses: seq, original: original)), memo: memo,
        requestID: requestID)
    }
  }

  /// The violation's message; one naming another row of this batch names that row's line,
  /// not the seq it would have had (nothing of the batch is written).
  private func describe(_ violation: RuleViolation, appended: [(line: Int, seq: Int64)]) -> String {
    let lineOf = { (seq: Int64) in appended.first(where: { $0.seq == seq })?.line }
    switch violation {
    case .refundPeriodOverlaps(let code, let period, let seq, let existing):
      guard let line = lineOf(seq) else { break }
      return Text.current(
        .batchRefundOverlapInFile,
        ["code": code, "existing": "\(existing)", "line": "\(line)", "period": "\(period)"])
    case .alreadyReversed(let seq, let bySeq):
      guard let line = lineOf(bySeq) else { break }
      return Text.current(.batchReversedInFile, ["seq": "\(seq)", "line": "\(line)"])
    default:
      break
    }
    return violation.description
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
    case .balanceWouldGoNegative, .amountOverflow, .refundExceedsDuesPaid,
      .stockWouldGoNegative:
      if row.fields["amount"] != nil { return "amount" }
      if row.fields["quantity"] != nil { return "quantity" }
      return row.fields["reverses"] != nil ? "reverses" : "reverses_request"
    case .refundPeriodOverlaps: return "period"
    case .dateInFuture, .appendTimeOutOfRange, .periodClosed: return "date"
    case .periodAlreadyClosed, .closeAfterItsDate: return "period"
    case .requestIDAlreadyUsed: return "request_id"
    case .reversalOfUnknownEntry, .reversalOfNonReversible, .alreadyReversed,
      .reversalDoesNotMatchOriginal, .commitmentHasPayments:
      return row.fields["reverses"] != nil ? "reverses" : "reverses_request"
    case .unknownCommitment, .commitmentReversed, .commitmentAccountMismatch,
      .commitmentOverpaid:
      return row.fields["commitment"] != nil ? "commitment" : "commitment_request"
    }
  }
}
