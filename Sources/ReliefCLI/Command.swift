import ReliefText

/// One subcommand: its name, what it accepts, its help, and what it does.
///
/// The options listed here are both what the parser accepts and what `--help` lists.
struct Command: Sendable {
  let name: String
  /// One line for the command list, from the catalogue.
  let summary: MessageID
  /// What follows the name on the usage line (`FILE`, `KIND --FIELD VALUE …`), if anything.
  let synopsis: MessageID?
  /// What the command does, from the catalogue.
  let about: MessageID
  /// Every option the command takes besides the common ones.
  let options: [CommandOption]
  /// Command lines shown under the help's examples, the same in both languages.
  let examples: [String]
  let run: @Sendable (Arguments, Context) throws(CommandFailure) -> ExitCode

  init(
    name: String, summary: MessageID, synopsis: MessageID? = nil, about: MessageID,
    options: [CommandOption], examples: [String],
    run: @escaping @Sendable (Arguments, Context) throws(CommandFailure) -> ExitCode
  ) {
    self.name = name
    self.summary = summary
    self.synopsis = synopsis
    self.about = about
    self.options = options
    self.examples = examples
    self.run = run
    self.legacyHelp = nil
  }

  /// A command whose help is still one English text (being moved into the catalogue).
  init(
    name: String, summary: MessageID, help: String, valued: Set<String>, flagNames: Set<String>,
    run: @escaping @Sendable (Arguments, Context) throws(CommandFailure) -> ExitCode,
    repeatable: Set<String> = []
  ) {
    self.name = name
    self.summary = summary
    self.synopsis = nil
    self.about = .helpOptions
    self.options =
      valued.sorted().map {
        CommandOption(
          name: $0, value: .literal("VALUE"), help: .helpOptions,
          repeatable: repeatable.contains($0))
      } + flagNames.sorted().map { CommandOption.flag($0, .helpOptions) }
    self.examples = []
    self.run = run
    self.legacyHelp = help
  }

  private let legacyHelp: String?

  /// The full `--help` text in the current language.
  var help: String { legacyHelp ?? HelpPage.render(self) }

  /// Options that take a value.
  var valued: Set<String> { Set(options.filter { $0.value != nil }.map(\.name)) }
  /// Options that take none.
  var flagNames: Set<String> { Set(options.filter { $0.value == nil }.map(\.name)) }
  /// Valued options that may be given more than once.
  var repeatable: Set<String> { Set(options.filter(\.repeatable).map(\.name)) }
}

/// Options every command takes.
let commonValued: Set<String> = ["ledger", "state", "lang"]
let commonFlags: Set<String> = ["help"]
