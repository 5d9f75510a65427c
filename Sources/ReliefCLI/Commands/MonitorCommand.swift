import Foundation
import ReliefCrypto
import ReliefLedger
import ReliefLog
import ReliefText

/// `relief monitor`: follows a published log, verifies every line and folds the balances.
enum MonitorCommand {
  static let command = Command(
    name: "monitor", summary: .summaryMonitor, synopsis: .word(.placeholderSource),
    about: .aboutMonitor,
    options: [
      .valued("key", .word(.placeholderVerifierKey), .optionMonitorKey),
      .valued("witness_key", .key, .optionMonitorWitnessKey, repeatable: true),
      .valued("quorum", .number, .optionMonitorQuorum),
      .valued("watch", .word(.placeholderCode), .optionWatch),
    ],
    examples: [
      "relief monitor https://relief.example/log --key \"$(relief keys show admin.key)\" \\",
      "  --watch 91320600MA1N000001",
    ],
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.count == 1, let sourceText = arguments.positionals.first else {
      throw .usage(Text.current(.usageMonitorSource), command: "monitor")
    }
    guard let keyText = arguments.values["key"] else {
      throw .usage(Text.current(.usageMonitorKey), command: "monitor")
    }
    guard let stateDirectory = context.stateDirectory(arguments) else {
      throw .usage(Text.current(.usageMonitorState), command: "monitor")
    }
    let logKey = try parseKey(keyText, accepting: [.ed25519])
    let witnessKeys = try (arguments.lists["witness_key"] ?? []).map {
      (text) throws(CommandFailure) in try parseKey(text, accepting: [.cosignatureV1])
    }
    let quorum = try MonitorChecks.quorum(arguments.values["quorum"], of: witnessKeys.count)
    let source = TileSource(sourceText)
    let note = try source.fetch("checkpoint")
    let checkpoint = try MonitorChecks.checkpoint(
      note, logKey: logKey, witnessKeys: witnessKeys, quorum: quorum)
    let state = MonitorState(stateDirectory: stateDirectory, origin: checkpoint.origin)
    var frontier = try state.frontier()
    let seen = frontier.size
    try MonitorChecks.notBehind(checkpoint, frontier)
    // Each bundle goes to the mirror as it arrives (memory stays flat); if anything fails,
    // the mirror is cut back to what was accepted before.
    let before = state.journalSizeBytes()
    var tally = MonitorTally(watch: arguments.values["watch"])
    do throws(CommandFailure) {
      while frontier.size < checkpoint.treeSize {
        let lines = try MonitorChecks.bundle(source, from: frontier.size, upTo: checkpoint.treeSize)
        for line in lines {
          frontier.append(leafHash: MerkleHash.leaf(line))
          tally.add(line)
        }
        try state.appendLines(lines)
      }
      guard frontier.root == checkpoint.rootHash else {
        throw CommandFailure(
          code: .invalid,
          message: Text.current(
            .monitorNotExtending,
            [
              "size": String(checkpoint.treeSize), "origin": checkpoint.origin,
              "seen": String(seen),
            ]))
      }
    } catch {
      state.truncate(to: before)
      throw error
    }
    let view = try MonitorChecks.verify(
      state: state, before: before, logKey: logKey, context, arguments)
    let disclosure: String?
    do {
      disclosure = try DisclosureCheck.check(source, view: view)
    } catch {
      state.truncate(to: before)
      throw error
    }
    try state.accept(frontier, checkpoint: note)
    context.console.out(tally.text(checkpoint, seen: seen, view: view) + (disclosure ?? ""))
    return .success
  }

  private static func parseKey(
    _ text: String, accepting types: Set<NoteSignatureType>
  ) throws(CommandFailure) -> NoteVerifierKey {
    do {
      return try NoteVerifierKey(parsing: text, accepting: types)
    } catch {
      throw .usage("'\(text.prefix(60))': \(error)", command: "monitor")
    }
  }
}
