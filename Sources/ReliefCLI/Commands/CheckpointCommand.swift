import ReliefCrypto
import ReliefLedger
import ReliefLog
import ReliefText

/// `relief checkpoint [cosign]`: signs the committed journal's Merkle root as a C2SP
/// tlog-checkpoint, or cosigns the latest checkpoint as a witness.
enum CheckpointCommand {
  static let command = Command(
    name: "checkpoint", summary: .summaryCheckpoint, synopsis: .literal("[cosign]"),
    about: .aboutCheckpoint,
    options: [
      .valued("key", .file, .optionCheckpointKey),
      .valued("witness", .word(.placeholderWitness), .optionWitness, repeatable: true),
      .valued("quorum", .number, .optionWitnessQuorum),
    ],
    examples: [
      "relief checkpoint --key ~/.relief/nantong-admin.key --ledger ledger",
      "relief checkpoint cosign --key ~/.relief/auditor.key --ledger ledger",
    ],
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    switch arguments.positionals {
    case []: return try sign(arguments, context)
    case ["cosign"]: return try cosign(arguments, context)
    default: throw .usage(Text.current(.usageCheckpoint), command: "checkpoint")
    }
  }

  static func key(_ arguments: Arguments, _ context: Context) throws(CommandFailure)
    -> NoteSignerKey
  {
    guard let path = arguments.values["key"] ?? context.environment["RELIEF_KEY"] else {
      throw .usage(Text.current(.usageNeedsKeyFile), command: "checkpoint")
    }
    return try KeyFiles.load(path)
  }

  static func sign(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    let journal = try context.journal(arguments)
    let signer = try key(arguments, context)
    // Everything signed below comes from lines this process verified (or that this user's
    // own saved projection vouches for): never from a file in the ledger directory.
    let view = try LedgerLoading.view(journal, context, arguments)
    let admins = adminKeys(view, activeOnly: true)
    guard admins.contains(signer.verifierKey) else {
      throw CommandFailure(
        code: .rejected,
        message: Text.current(.checkpointNotAdmin, ["key": signer.verifierKey.id]))
    }
    let witnesses = try WitnessQuorum(arguments)
    let store = CheckpointStore(ledgerDirectory: journal.directory)
    let note = try store.withLock(timeoutMillis: journal.lockTimeoutMillis) {
      () throws(CommandFailure) -> SignedNote in
      try signLocked(
        journal, view: view, signer: signer, store: store, context: context,
        witnesses: witnesses)
    }
    context.console.out(note.encoded)
    return .success
  }

  /// Signs and stores the checkpoint of the journal as it is, under the store's lock; if
  /// the journal has not grown since the latest checkpoint, returns that one.
  static func signLocked(
    _ journal: Journal, view: LedgerView, signer: NoteSignerKey, store: CheckpointStore,
    context: Context, witnesses: WitnessQuorum = WitnessQuorum()
  ) throws(CommandFailure) -> SignedNote {
    let meter = ProgressMeter.lines(.progressCheckpoint, context, json: false)
    let tree: LedgerTree
    do {
      defer { meter.finish() }
      tree = try LedgerTree.cached(journal, verified: view, progress: meter.callback)
    }
    if let bytes = try store.latest() {
      let (note, old) = try CheckpointStore.parse(bytes, path: store.latestPath)
      try checkConsistent(old, with: tree, what: Text.current(.checkpointLatest))
      if old.treeSize == tree.size {
        let size = String(old.treeSize)
        context.console.err(Text.current(.checkpointNotGrown, ["size": size]) + "\n")
        return note
      }
    }
    try tree.checkReads()
    var note: SignedNote
    do {
      let checkpoint = try Checkpoint(
        origin: tree.origin, treeSize: tree.size, rootHash: tree.root)
      note = try SignedNote.sign(checkpoint.text, with: [signer])
    } catch {
      throw CommandFailure(
        code: .invalid, message: Text.current(.checkpointCannotSign, ["error": "\(error)"]))
    }
    // Witnessed before anything is stored: without the quorum nothing is published.
    note = try witnesses.cosign(note, tree: tree, console: context.console)
    let bytes = Array(note.encoded.utf8)
    try CheckpointStore.createAtomically(store.path(size: tree.size), bytes)
    try CheckpointStore.replace(store.latestPath, bytes)
    return note
  }

  /// Refuses unless `checkpoint` is of this ledger and the journal's first
  /// `checkpoint.treeSize` lines have its root.
  static func checkConsistent(
    _ checkpoint: Checkpoint, with tree: LedgerTree, what: String
  ) throws(CommandFailure) {
    guard checkpoint.origin == tree.origin else {
      throw CommandFailure(
        code: .invalid,
        message: Text.current(
          .checkpointOtherOrigin, ["what": what, "origin": checkpoint.origin, "ours": tree.origin]))
    }
    guard checkpoint.treeSize <= tree.size else {
      throw CommandFailure(
        code: .invalid,
        message: Text.current(
          .checkpointLinesRemoved,
          ["what": what, "size": String(checkpoint.treeSize), "count": String(tree.size)]))
    }
    guard try tree.root(ofFirst: checkpoint.treeSize) == checkpoint.rootHash else {
      throw CommandFailure(
        code: .invalid,
        message: Text.current(
          .checkpointInconsistent, ["what": what, "size": String(checkpoint.treeSize)]))
    }
  }

  /// The administrator keys registered in the verified ledger (the genesis key included).
  static func adminKeys(_ view: LedgerView, activeOnly: Bool) -> [NoteVerifierKey] {
    adminKeys(view.state, activeOnly: activeOnly)
  }

  /// The administrator keys the journal's committed lines register, folded without
  /// checking them: only for `verify`, whose own pass decides whether the lines are valid.
  static func adminKeys(_ journal: Journal, activeOnly: Bool) throws(CommandFailure)
    -> [NoteVerifierKey]
  {
    do {
      let state = try LedgerState.load(from: journal.openSnapshot().committedLines)
      return adminKeys(state, activeOnly: activeOnly)
    } catch let error as JournalError {
      throw CommandFailure(error)
    } catch {
      throw CommandFailure(code: .invalid, message: "\(error)")
    }
  }

  private static func adminKeys(_ state: LedgerState, activeOnly: Bool) -> [NoteVerifierKey] {
    state.keys.values
      .filter { $0.role == .admin && (!activeOnly || $0.revokedSeq == nil) }
      .sorted { $0.seq < $1.seq }
      .compactMap { try? NoteVerifierKey(parsing: $0.text) }
  }
}
