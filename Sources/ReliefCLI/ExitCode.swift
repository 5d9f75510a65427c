import ReliefText

/// The exit statuses of `relief`, documented in the README.
///
/// Values are stable.
public enum ExitCode: Int32, Sendable {
  /// Success; for `verify`, the ledger is valid.
  case success = 0
  /// Verification found a committed line that breaks the format, the chain or the rules.
  case invalid = 1
  /// The command line was wrong; nothing was done.
  case usage = 2
  /// The journal ends with an unfinished batch (a crash); `relief recover` cuts it off.
  case tornTail = 3
  /// The input was refused; nothing was written.
  case rejected = 4
  /// The ledger could not be found, locked, read or written.
  case environment = 5
}

/// An error that ends a command with a message for stderr and an exit code.
struct CommandFailure: Error {
  let code: ExitCode
  let message: String

  static func usage(_ message: String, command: String?) -> CommandFailure {
    let hint =
      command.map { Text.current(.usageHint, ["command": $0]) }
      ?? Text.current(.usageHintOverview)
    return CommandFailure(code: .usage, message: "\(message)\n\(hint)")
  }
}
