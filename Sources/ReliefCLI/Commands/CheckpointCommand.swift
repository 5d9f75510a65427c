import ReliefCrypto
import ReliefLedger
import ReliefLog
import ReliefText

/// `relief checkpoint [cosign]`: signs the committed journal's Merkle root as a C2SP
/// tlog-checkpoint, or cosigns the latest checkpoint as a witness.
enum CheckpointCommand {
  static let command = Command(
    name: "checkpoint", summary: .summaryCheckpoint,
    help: """
      Usage: relief checkpoint --key FILE [--witness URL=KEY …] [--quorum N] [--ledger DIR]
             relief checkpoint cosign --key FILE [--state DIR] [--ledger DIR]

      checkpoint  computes the RFC 6962 Merkle root over the committed lines (leaf i is
                  SHA-256(0x00 || line i without its newline); the tree size is the number
                  of committed lines) from lines it verified as 'relief verify' does (only
                  the lines added since this user's last run: see --state), signs a C2SP tlog-checkpoint (origin from the genesis
                  entry, size, base64 root) with an administrator's key, stores it as
                  DIR/checkpoints/<size>.note and DIR/checkpoints/latest, and prints it.
                  Updates of DIR/checkpoints are serialized by a lock on
                  DIR/checkpoints/.lock (waiting up to RELIEF_LOCK_TIMEOUT_MS) and each file
                  is replaced whole (written, fsynced, renamed into place).
                  It refuses if the journal is not consistent with the latest checkpoint
                  (its first lines no longer have that checkpoint's root).
                  With --witness (repeatable; URL of a 'relief witness serve' or any
                  c2sp.org/tlog-witness, KEY its cosigner key from 'relief keys show
                  --cosigner'), the new checkpoint is first sent to each witness with a
                  consistency proof from the size that witness last cosigned (learnt from
                  its 409), and stored only with at least N verified cosignatures
                  (--quorum, default: all witnesses); otherwise nothing is stored (exit 4).
      cosign      verifies the latest checkpoint's signature by an administrator key of the
                  ledger and that the journal's first lines have its root, then checks it
                  against this cosigner's own memory: the size and root it last cosigned
                  for this origin, kept outside the ledger in STATE/cosigned/ (STATE is
                  --state DIR, else $XDG_STATE_HOME/relief, else ~/.local/state/relief;
                  one file per cosigner key and origin, named by their SHA-256, under a
                  lock beside it). It refuses (exit 1, nothing written) a checkpoint
                  smaller than the remembered one, of the same size with another root, or
                  larger but not extending it. Otherwise it records the checkpoint in the
                  memory (written whole and fsynced) and only then appends a C2SP Ed25519
                  cosignature (cosignature/v1, time from the clock) to the stored checkpoint.

      The key is a private key file made by 'relief keys generate' (or $RELIEF_KEY).

      Examples:
        relief checkpoint --key ~/.relief/nantong-admin.key --ledger ledger
        relief checkpoint cosign --key ~/.relief/auditor.key --ledger ledger

      """,
    valued: ["key", "witness", "quorum"], flagNames: [],
    run: run, repeatable: ["witness"])

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
