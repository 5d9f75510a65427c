import ReliefLedger
import ReliefLog
import ReliefText

/// Everything `relief verify` found: the journal's own verdict, what the pinned trust
/// established, and the `--since` check; one verdict for all, from which both the exit
/// status and the `--json` verdict are taken so that they always agree.
struct VerifyOutcome {
  /// The journal checked against itself.
  let report: VerificationReport
  /// The pinned keys or policy, if any.
  let policy: TrustPolicy?
  /// Sentences saying what the pin established, when it held.
  var trustChecked: [String] = []
  /// Why the ledger is not the one pinned, if it is not.
  var trustProblem: TrustProblem?
  /// The `--since` check, when asked for.
  var since: SinceResult?

  /// Invalid if the journal is, or if the pin or `--since` fails (even after a torn tail:
  /// what is committed is then not what was trusted); else the journal's own verdict.
  var verdict: VerificationReport.Verdict {
    if report.verdict == .invalid || trustProblem != nil || since?.problem != nil {
      return .invalid
    }
    return report.verdict
  }

  /// The failure reported: the journal's first failure, else the pin's, else `--since`'s.
  var failure: ReportedFailure? {
    if report.verdict == .invalid, let failure = report.failure {
      return ReportedFailure(failure)
    }
    if let trustProblem { return ReportedFailure(trustProblem) }
    if let problem = since?.problem { return ReportedFailure(problem) }
    return report.failure.map(ReportedFailure.init)
  }

  /// Checks the pin, if any, on a journal that is consistent in itself (valid or torn):
  /// origin and genesis key, then the latest checkpoint when the policy asks for
  /// cosignatures.
  mutating func checkTrust(_ journal: Journal) throws(CommandFailure) {
    guard let policy, report.verdict != .invalid else { return }
    guard let genesis = report.genesis else {
      trustProblem = TrustProblem(
        code: "genesis-key-not-pinned", line: 1, expected: "a committed genesis entry",
        found: "none", message: Text.current(.verifyNoGenesisToCompare))
      return
    }
    if let problem = policy.problem(genesisKey: genesis.adminKey, origin: genesis.origin) {
      trustProblem = problem
      return
    }
    trustChecked.append(
      policy.isFile
        ? Text.current(
          .verifyPinnedByPolicy,
          ["source": policy.source, "origin": genesis.origin, "key": genesis.adminKey])
        : Text.current(.verifyPinnedByKeys, ["key": genesis.adminKey]))
    switch try policy.checkpointOutcome(journal, origin: genesis.origin) {
    case .none: break
    case .success(let sentence): trustChecked.append(sentence)
    case .failure(let problem): trustProblem = problem
    }
  }
}

/// The outcome of `verify --since CHECKPOINT`.
struct SinceResult {
  /// The checkpoint file's path, as given.
  let path: String
  /// The report for people, one or more lines.
  let text: String
  /// Why the journal does not extend the checkpoint, if it does not.
  let problem: TrustProblem?
}

/// A failure as `verify` reports it: the journal's (always at a line) or a trust
/// failure's (at the genesis line, or at no line for a checkpoint).
struct ReportedFailure {
  var line: Int64?
  var seq: Int64?
  var offset: Int64?
  var code: String
  var expected: String
  var found: String
  var message: String
  /// Whether the journal is consistent in itself and the failure is about trust.
  var isTrust: Bool

  init(_ failure: VerificationFailure) {
    line = failure.line
    seq = failure.seq
    offset = failure.offset
    code = failure.code
    expected = failure.expected
    found = failure.found
    message = failure.message
    isTrust = false
  }

  init(_ problem: TrustProblem) {
    line = problem.line
    // The only line a trust problem names is the genesis: seq 0, at the file's start.
    seq = problem.line == 1 ? 0 : nil
    offset = problem.line == 1 ? 0 : nil
    code = problem.code
    expected = problem.expected
    found = problem.found
    message = problem.message
    isTrust = true
  }
}
