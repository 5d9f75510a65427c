import ReliefLedger
import ReliefLog
import ReliefText

extension TrustPin {
  /// Refuses (exit 1, naming the failure's code) a verified ledger that the `--key` or
  /// `--trust` options of `command` do not vouch for; does nothing when neither is given
  /// (the ledger is then taken as consistent with itself only).
  static func check(
    _ view: LedgerView, journal: Journal, arguments: Arguments, command: String
  ) throws(CommandFailure) {
    guard let policy = try parse(arguments, command: command) else { return }
    guard let origin = view.state.origin,
      let genesisKey = view.state.keys.values.first(where: { $0.seq == 0 })
    else {
      throw CommandFailure(
        code: .invalid,
        message: "genesis-key-not-pinned: " + Text.current(.trustGenesisMissing))
    }
    var problem = policy.problem(genesisKey: genesisKey.text, origin: origin)
    if problem == nil,
      case .failure(let found) = try policy.checkpointOutcome(
        journal, origin: origin)
    {
      problem = found
    }
    if let problem {
      throw CommandFailure(
        code: .invalid,
        message: Text.current(.trustRefused, ["code": problem.code, "reason": problem.message]))
    }
  }
}
