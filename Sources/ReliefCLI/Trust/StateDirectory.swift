/// Where this user keeps what only they can vouch for: the trusted projections of the
/// ledgers they read or write, and, for cosigners, what they cosigned.
///
/// Anyone who can write a ledger directory can write every file in it, so nothing kept
/// there is believed; this directory is the user's own (created with mode 0700).
extension Context {
  /// The user's state directory: `--state DIR` where a command takes it, else
  /// `$XDG_STATE_HOME/relief`, else `$HOME/.local/state/relief`; nil when none of these is
  /// set (then nothing is remembered between runs and every run verifies from the start).
  func stateDirectory(_ arguments: Arguments) -> String? {
    if let given = arguments.values["state"], !given.isEmpty { return given }
    if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") { return xdg + "/relief" }
    if let home = environment["HOME"], home.hasPrefix("/") {
      return home + "/.local/state/relief"
    }
    return nil
  }
}
