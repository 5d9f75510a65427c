import ReliefLedger
import ReliefText

/// `relief init`: creates a ledger with its genesis entry.
enum InitCommand {
  static let command = Command(
    name: "init", summary: .summaryInit, about: .aboutInit,
    options: [
      .valued("origin", .name, .optionOrigin),
      .valued("key", .file, .optionSigningKey),
      .valued("signer", .file, .optionSigner),
    ],
    examples: [
      "relief keys generate --out ~/.relief/admin.key",
      "relief init --ledger ./nantong --origin nantong.example/relief-2020 "
        + "--key ~/.relief/admin.key",
    ],
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.isEmpty else {
      throw .usage(Text.current(.usageNoArguments, ["command": "init"]), command: "init")
    }
    let journal = try context.journal(arguments)
    let signer = try KeyFiles.signer(arguments, context, command: "init")
    let writer = LedgerWriter(
      journal: journal, nowMillis: try context.clock(), signer: signer,
      stateDirectory: context.stateDirectory(arguments))
    let origin = arguments.values["origin"] ?? "relief.local/ledger"
    do {
      try writer.initialize(origin: origin)
    } catch {
      throw CommandFailure(error)
    }
    let values = ["directory": journal.directory, "origin": origin]
    context.console.out(Text.current(.initCreated, values) + "\n")
    return .success
  }
}
