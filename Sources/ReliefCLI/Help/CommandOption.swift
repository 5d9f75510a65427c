import ReliefText

/// One option a command accepts: the parser reads these and `--help` lists them, so the two
/// cannot drift apart.
struct CommandOption: Sendable {
  /// The name after `--`, with `_` between words (the parser reads `-` and `_` alike; the
  /// help writes `-`).
  let name: String
  /// The value's placeholder, or nil for a flag that takes none.
  let value: Placeholder?
  /// What the option does, from the catalogue.
  let help: MessageID
  /// Whether the option may be given more than once.
  var repeatable = false
  /// The values of the description's placeholders, computed when the help is shown.
  var values: @Sendable () -> [String: String] = { [:] }
  /// One more line under the description, in the reader's language, if any.
  var extra: (@Sendable () -> String)?

  /// A valued option.
  static func valued(
    _ name: String, _ value: Placeholder, _ help: MessageID, repeatable: Bool = false
  ) -> CommandOption {
    CommandOption(name: name, value: value, help: help, repeatable: repeatable)
  }

  /// A flag.
  static func flag(_ name: String, _ help: MessageID) -> CommandOption {
    CommandOption(name: name, value: nil, help: help)
  }

  /// `--name` as typed.
  var spelled: String { "--" + name.replacingOccurrences(of: "_", with: "-") }
}

/// The placeholder of a value in the help: a literal (`csv|jsonl`, `YYYY-MM-DD`) or a word
/// that is written in the reader's language (`FILE`, `文件`); also what follows a command's
/// name on its usage line (`FILE`, or a subcommand's name such as `verify`).
enum Placeholder: Sendable {
  case literal(String)
  case word(MessageID)

  /// The placeholder in the current language.
  var shown: String {
    switch self {
    case .literal(let text): return text
    case .word(let id): return Text.current(id)
    }
  }

  static let file = Placeholder.word(.placeholderFile)
  static let directory = Placeholder.word(.placeholderDirectory)
  static let name = Placeholder.word(.placeholderName)
  static let seq = Placeholder.word(.placeholderSeq)
  static let number = Placeholder.word(.placeholderNumber)
  static let id = Placeholder.word(.placeholderID)
  static let text = Placeholder.word(.placeholderText)
  static let url = Placeholder.word(.placeholderURL)
  static let key = Placeholder.word(.placeholderKey)
  static let date = Placeholder.literal("YYYY-MM-DD")
}
