import ReliefText

/// One subcommand: its name, what it accepts, its help, and what it does.
///
/// The options listed here are both what the parser accepts and what `--help` lists.
struct Command: Sendable {
  let name: String
  /// One line for the command list, from the catalogue.
  let summary: MessageID
  /// What follows the name on the usage line (`FILE`, `KIND --FIELD VALUE …`, a
  /// subcommand's name), if anything.
  let synopsis: Placeholder?
  /// What the command does, from the catalogue.
  let about: MessageID
  /// Every option the command takes besides the common ones.
  let options: [CommandOption]
  /// Command lines shown under the help's examples, the same in both languages.
  let examples: [String]
  /// The values of the about text's placeholders (lists made from the code, such as the
  /// kinds), computed when the help is shown so that they follow the reader's language.
  let values: @Sendable () -> [String: String]
  let run: @Sendable (Arguments, Context) throws(CommandFailure) -> ExitCode

  init(
    name: String, summary: MessageID, synopsis: Placeholder? = nil, about: MessageID,
    options: [CommandOption], examples: [String],
    values: @escaping @Sendable () -> [String: String] = { [:] },
    run: @escaping @Sendable (Arguments, Context) throws(CommandFailure) -> ExitCode
  ) {
    self.name = name
    self.summary = summary
    self.synopsis = synopsis
    self.about = about
    self.options = options
    self.examples = examples
    self.values = values
    self.run = run
  }

  /// The full `--help` text in the current language.
  var help: String { HelpPage.render(self) }

  /// Options that take a value.
  var valued: Set<String> { Set(options.filter { $0.value != nil }.map(\.name)) }
  /// Options that take none.
  var flagNames: Set<String> { Set(options.filter { $0.value == nil }.map(\.name)) }
  /// Valued options that may be given more than once.
  var repeatable: Set<String> { Set(options.filter(\.repeatable).map(\.name)) }
}

/// Options every command takes.
let commonValued: Set<String> = ["ledger", "state"]
let commonFlags: Set<String> = ["help"]
