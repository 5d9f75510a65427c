import ReliefLedger

/// `relief init`: creates a ledger with its genesis entry.
enum InitCommand {
  static let command = Command(
    name: "init", summary: .summaryInit,
    help: """
      Usage: relief init [--origin NAME] [--ledger DIR]

      Creates DIR (default ./ledger) with a journal holding the genesis entry. The origin
      names the ledger in its checkpoints; it is fixed here and never changes.

      Options:
        --origin NAME   printable ASCII, no spaces (default: relief.local/ledger)

      Example:
        relief init --ledger ./nantong --origin nantong.example/relief-2020

      """,
    valued: ["origin", "key", "signer"], flagNames: [],
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.isEmpty else {
      throw .usage("init takes no arguments", command: "init")
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
    context.console.out("created ledger in \(journal.directory) (origin \(origin))\n")
    return .success
  }
}
