import ReliefCrypto
import ReliefLog
import ReliefText

/// The checks every line must pass, in order: the chain (canonical header, seq, `prev`,
/// times, commit coverage), then for a commit line its signature and the signer's
/// entitlement, for an entry line its canonical body and the rules.
///
/// Shared by `relief verify` and by every fold that feeds a projection, so that nothing is
/// shown, appended or signed from lines that were not checked the way `verify` checks them.
struct LineVerifier {
  /// The chain checked so far.
  private(set) var chain: ChainChecker
  /// The ledger state after the entries checked so far.
  var state: LedgerState
  /// The keys as they were when the current batch began: a batch is signed by a key
  /// entitled before it, so a batch cannot register or revive its own signer.
  private var keysAtBatchStart: [String: RegisteredKey]
  /// The review thresholds as they were when the current batch began.
  private var thresholdsAtBatchStart: [String: Money]
  /// What the current batch touches, for the signer's entitlement.
  private var scope = BatchScope()
  /// The digest of the current batch's entries, for a maker's signature; kept only while
  /// a reviewer key exists (without one no made batch can be valid).
  private var digest = BatchDigest()
  private var digestsEntries = false

  /// What a line turned out to be.
  enum Checked {
    /// A commit line whose signature and signer checked out.
    case commit(CommitLine)
    /// An entry of a committed batch, applied to the state.
    case entry(Entry, seq: Int64)
    /// An entry after the last commit line: checked for shape only, not applied.
    case uncommitted(seq: Int64)
  }

  /// A verifier that expects the first line of a journal.
  init() {
    chain = ChainChecker()
    var state = LedgerState()
    // Request ids are checked by the callers, which keep them more compactly.
    state.tracksRequestIDs = false
    self.state = state
    keysAtBatchStart = [:]
    thresholdsAtBatchStart = [:]
  }

  /// A verifier that goes on after a commit line whose head is `head`, with `state` the
  /// state that the lines up to there were checked into.
  init(resuming state: LedgerState, after head: ChainHead) {
    chain = ChainChecker(afterCommit: head)
    self.state = state
    keysAtBatchStart = state.keys
    thresholdsAtBatchStart = state.reviewThresholds
    digestsEntries = Self.hasReviewer(state.keys)
  }

  private static func hasReviewer(_ keys: [String: RegisteredKey]) -> Bool {
    keys.values.contains { $0.role == .reviewer }
  }

  /// Checks `line`, whose SHA-256 is `hash`; `committed` tells whether it lies in the
  /// committed part, and `original` gives the entry at a seq a reversal names (nil if there
  /// is no entry there).
  ///
  /// `prepared` is what `DecodeAhead` parsed of the line ahead, if anything.
  ///
  /// - Throws: `LineFailure` naming the first check the line fails.
  mutating func check(
    _ line: UnsafeRawBufferPointer, hash: SHA256Digest, committed: Bool,
    prepared: PreparedLine? = nil, original: (Int64) throws -> Entry?
  ) throws -> Checked {
    let checked: CheckedLine
    do {
      if let header = prepared?.header {
        checked = try chain.check(line, hash: hash, header: header)
      } else {
        checked = try chain.check(line, hash: hash)
      }
    } catch {
      throw LineFailure(
        seq: try? LineHeader.parse(line).seq, code: error.code, expected: error.expected,
        found: error.found, message: error.description, isChainFault: true)
    }
    if let commit = checked.commit {
      if let problem = signatureProblem(commit, line: line) {
        throw LineFailure(
          seq: commit.header.seq, code: problem.code,
          expected: "a commit signed by a registered, unrevoked key entitled to its batch",
          found: problem.description,
          message: Text.current(.lineCommitRejected, ["reason": "\(problem)"]))
      }
      if let signature = commit.makerSignature { state.recordMakerSignature(signature) }
      scope = BatchScope()
      digest = BatchDigest()
      keysAtBatchStart = state.keys
      thresholdsAtBatchStart = state.reviewThresholds
      digestsEntries = Self.hasReviewer(keysAtBatchStart)
      return .commit(commit)
    }
    let seq = checked.header.seq
    let entry: Entry
    do {
      if let decoded = prepared?.entry {
        entry = decoded
      } else {
        entry = try EntryDecoder.decode(line, header: checked.header).entry
      }
    } catch {
      throw LineFailure(
        seq: seq, code: "malformed-entry", expected: "a canonical entry line",
        found: error.description,
        message: Text.current(.lineEntryNotCanonical, ["reason": "\(error)"]))
    }
    guard committed else { return .uncommitted(seq: seq) }
    do {
      if case .reversal(let reversal) = entry.action {
        let found = try original(reversal.reverses)
        if found != reversal.original {
          throw found == nil
            ? RuleViolation.reversalOfUnknownEntry(reversal.reverses)
            : RuleViolation.reversalDoesNotMatchOriginal(seq: reversal.reverses)
        }
      }
      try state.apply(entry, seq: seq, timeMillis: checked.header.timeMillis)
    } catch let violation as RuleViolation {
      throw LineFailure(violation, seq: seq)
    }
    scope.add(entry, seq: seq)
    if digestsEntries { digest.add(line, header: checked.header) }
    return .entry(entry, seq: seq)
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
    var maker: LedgerState.MakerClaim?
    if let id = commit.maker, let signature = commit.makerSignature {
      maker = LedgerState.MakerClaim(keyID: id, signature: signature)
    }
    return state.commitProblem(
      signer: key, maker: maker, keys: keys, scope: scope, thresholds: thresholdsAtBatchStart,
      makerSignatureIsValid: { makerKey in
        guard digestsEntries, let maker else { return false }
        let message = MakerSignature.message(
          origin: state.origin ?? "", entryCount: commit.entryCount, digest: digest.finalize())
        return MakerSignature.isValid(maker.signature, key: makerKey, message: message)
      })
  }
}

/// The first check a line failed, as `relief verify` reports it.
public struct LineFailure: Error, Equatable, Sendable {
  /// The seq the line carries, when its header could be read.
  public var seq: Int64?
  /// A stable name for the failure, such as `prev-mismatch`.
  public var code: String
  /// What the line should have held.
  public var expected: String
  /// What the line held instead.
  public var found: String
  /// One sentence for people.
  public var message: String
  /// Whether the line broke the chain itself (its header, seq, `prev` or time).
  public var isChainFault = false

  init(
    seq: Int64?, code: String, expected: String, found: String, message: String,
    isChainFault: Bool = false
  ) {
    self.seq = seq
    self.code = code
    self.expected = expected
    self.found = found
    self.message = message
    self.isChainFault = isChainFault
  }

  /// The failure of an entry that breaks a rule.
  init(_ violation: RuleViolation, seq: Int64) {
    self.init(
      seq: seq, code: violation.code, expected: "an entry that keeps the rules",
      found: violation.description,
      message: Text.current(.lineRuleBroken, ["reason": "\(violation)"]))
  }
}
