import ReliefLedger
import ReliefText

/// The `relief` command line: parses arguments, runs one subcommand, and returns its exit
/// status.
///
/// Everything is in-process so tests can call it directly.
public enum Relief {
  static let commands: [Command] = [
    InitCommand.command, AppendCommand.command, ImportCommand.command, CloseCommand.command,
    TemplateCommand.command,
    ReviewCommand.command, ApproveCommand.command,
    BalancesCommand.command, LogCommand.command, VerifyCommand.command,
    RecoverCommand.command, KeysCommand.command, ExportCommand.command,
    DiscloseCommand.command, CheckpointCommand.command, ProveCommand.command,
    CheckProofCommand.command, NoteCommand.command, RosterCommand.command,
    PublishCommand.command, WitnessCommand.command, MonitorCommand.command,
  ]

  /// This build's version.
  public static let version = "0.12.0"

  /// Runs `relief` with `arguments` (without the program name).
  public static func run(
    arguments: [String], environment: [String: String], console: Console
  ) -> Int32 {
    let context = Context(environment: environment, console: console)
    // The language comes first: every message after this is written in it. `--lang X` or
    // `--lang=X` may stand anywhere, even before the command: it is taken out here.
    let (langFlag, arguments) = languageOption(in: arguments)
    do {
      Text.current = Text(try Language.chosen(flag: langFlag, environment: environment))
    } catch {
      console.err("relief: \(error)\n")
      return ExitCode.usage.rawValue
    }
    guard let first = arguments.first else {
      console.err(overview)
      return ExitCode.usage.rawValue
    }
    if first == "--version" || first == "version" {
      console.out(Text.current(.versionLine, ["version": version, "format": "2"]) + "\n")
      return ExitCode.success.rawValue
    }
    if first == "--help" || first == "-h" || first == "help" {
      if arguments.count > 1, let command = commands.first(where: { $0.name == arguments[1] }) {
        console.out(command.help)
      } else {
        console.out(overview)
      }
      return ExitCode.success.rawValue
    }
    guard let command = commands.first(where: { $0.name == first }) else {
      console.err("relief: " + Text.current(.unknownCommand, ["command": first]) + "\n")
      return ExitCode.usage.rawValue
    }
    let rest = Array(arguments.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
      console.out(command.help)
      return ExitCode.success.rawValue
    }
    do {
      let parsed = try Arguments.parse(
        rest, command: command.name, valued: command.valued.union(commonValued),
        flagNames: command.flagNames.union(commonFlags), repeatable: command.repeatable)
      return try command.run(parsed, context).rawValue
    } catch {
      console.err("relief \(command.name): \(error.message)\n")
      return error.code.rawValue
    }
  }

  /// The value of the first `--lang X` or `--lang=X` in `arguments` ("" when it has none),
  /// and the arguments without it.
  static func languageOption(in arguments: [String]) -> (value: String?, rest: [String]) {
    for (index, argument) in arguments.enumerated() {
      if argument == "--" { break }
      if argument == "--lang" {
        let value = index + 1 < arguments.count ? arguments[index + 1] : ""
        var rest = arguments
        rest.removeSubrange(index..<min(index + 2, arguments.count))
        return (value, rest)
      }
      if argument.hasPrefix("--lang=") {
        var rest = arguments
        rest.remove(at: index)
        return (String(argument.dropFirst("--lang=".count)), rest)
      }
    }
    return (nil, arguments)
  }

  static var overview: String {
    var text = Text.current(.overviewHead) + "\n"
    let width = (commands.map(\.name.count).max() ?? 0) + 2
    for command in commands {
      let padding = String(repeating: " ", count: width - command.name.count)
      text += "  \(command.name)\(padding)\(Text.current(command.summary))\n"
    }
    return text + "\n" + Text.current(.overviewTail) + "\n\n"
  }
}
