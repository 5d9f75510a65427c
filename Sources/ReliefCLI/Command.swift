import ReliefText

/// One subcommand: its name, what it accepts, its help, and what it does.
struct Command: Sendable {
  let name: String
  /// One line for the command list, from the catalogue.
  let summary: MessageID
  /// The full `--help` text, with an example.
  let help: String
  let valued: Set<String>
  let flagNames: Set<String>
  let run: @Sendable (Arguments, Context) throws(CommandFailure) -> ExitCode
  /// Valued options that may be given more than once.
  var repeatable: Set<String> = []
}

/// Options every command takes.
let commonValued: Set<String> = ["ledger", "state", "lang"]
let commonFlags: Set<String> = ["help"]
