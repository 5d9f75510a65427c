import ReliefCrypto
import ReliefLedger
import ReliefLog
import ReliefText

extension CheckpointCommand {
  /// `relief checkpoint cosign`: checks the latest checkpoint against the journal and
  /// against what this cosigner remembers cosigning, records it, and only then cosigns it.
  static func cosign(_ arguments: Arguments, _ context: Context) throws(CommandFailure)
    -> ExitCode
  {
    // Checked first: without its own memory a cosigner could be made to cosign two
    // histories, so it refuses rather than cosign without one.
    guard let state = context.stateDirectory(arguments) else {
      throw .usage(Text.current(.usageCosignState), command: "checkpoint")
    }
    let journal = try context.journal(arguments)
    let signer = try key(arguments, context)
    let cosigner: CosignerKey
    do {
      cosigner = try CosignerKey(name: signer.name, publicKey: signer.privateKey.publicKey)
    } catch {
      throw CommandFailure(
        code: .usage, message: Text.current(.cosignKeyInvalid, ["error": "\(error)"]))
    }
    let view = try LedgerLoading.view(journal, context, arguments)
    let store = CheckpointStore(ledgerDirectory: journal.directory)
    let note = try store.withLock(timeoutMillis: journal.lockTimeoutMillis) {
      () throws(CommandFailure) -> SignedNote in
      try cosignLocked(
        journal, view: view, signer: signer, cosigner: cosigner, store: store,
        stateDirectory: state, context: context)
    }
    context.console.out(note.encoded)
    return .success
  }

  /// Checks the latest checkpoint against the journal under the store's lock, then cosigns
  /// it under this cosigner's memory lock too; returns the note with its cosignatures
  /// (unchanged if this cosigner already cosigned it).
  static func cosignLocked(
    _ journal: Journal, view: LedgerView, signer: NoteSignerKey, cosigner: CosignerKey,
    store: CheckpointStore, stateDirectory: String, context: Context
  ) throws(CommandFailure) -> SignedNote {
    guard let bytes = try store.latest() else {
      throw CommandFailure(code: .environment, message: Text.current(.cosignNoCheckpoint))
    }
    let verified: VerifiedCheckpoint
    do {
      verified = try VerifiedCheckpoint(
        parsing: bytes, logKeys: adminKeys(view, activeOnly: false))
    } catch {
      throw CommandFailure(
        code: .invalid, message: Text.current(.cosignLatestInvalid, ["error": "\(error)"]))
    }
    let tree = try LedgerTree.cached(journal, verified: view)
    try checkConsistent(
      verified.checkpoint, with: tree, what: Text.current(.checkpointLatest))
    let memory = CosignerMemory(
      stateDirectory: stateDirectory, cosigner: cosigner.verifierKey,
      origin: verified.checkpoint.origin)
    // The store's lock is always taken first and the memory's second, so two runs never
    // wait for each other in opposite orders; the memory's lock also serializes this
    // cosigner's runs on different ledger directories of the same origin.
    return try memory.withLock(timeoutMillis: journal.lockTimeoutMillis) {
      () throws(CommandFailure) -> SignedNote in
      try cosignRemembering(
        verified, tree: tree, memory: memory, signer: signer, cosigner: cosigner, store: store,
        context: context)
    }
  }

  /// Holding both locks: refuses a checkpoint inconsistent with the memory, records the
  /// checkpoint in the memory (durably), and only then replaces `<size>.note` and `latest`
  /// with the cosigned note, so a failure at any step leaves them as they were.
  static func cosignRemembering(
    _ verified: VerifiedCheckpoint, tree: LedgerTree, memory: CosignerMemory,
    signer: NoteSignerKey, cosigner: CosignerKey, store: CheckpointStore, context: Context
  ) throws(CommandFailure) -> SignedNote {
    let checkpoint = verified.checkpoint
    let remembered = try memory.read()
    if let remembered {
      try memory.check(checkpoint, against: remembered) {
        (size) throws(CommandFailure) -> SHA256Digest in try tree.root(ofFirst: size)
      }
    }
    try tree.checkReads()
    // After the check, the same size means the same root: nothing new to remember.
    let isRemembered = remembered?.treeSize == checkpoint.treeSize
    let keyID = cosigner.verifierKey.id
    if let line = verified.note.signatures.first(where: {
      $0.name == cosigner.name && $0.keyHash == cosigner.keyHash
    }) {
      guard let existing = try? Cosignature(line),
        existing.isValid(for: cosigner, checkpointText: verified.note.text)
      else {
        throw CommandFailure(
          code: .invalid,
          message: Text.current(.cosignBadLine, ["path": store.latestPath, "key": keyID]))
      }
      if !isRemembered { try memory.write(checkpoint) }
      let values = ["key": keyID, "size": String(checkpoint.treeSize)]
      context.console.err(Text.current(.cosignAlready, values) + "\n")
      return verified.note
    }
    let note = try appendCosignature(verified.note, signer: signer, context: context)
    if !isRemembered { try memory.write(checkpoint) }
    let encoded = Array(note.encoded.utf8)
    try CheckpointStore.replace(store.path(size: checkpoint.treeSize), encoded)
    try CheckpointStore.replace(store.latestPath, encoded)
    return note
  }

  static func appendCosignature(
    _ note: SignedNote, signer: NoteSignerKey, context: Context
  ) throws(CommandFailure) -> SignedNote {
    let seconds = UInt64(max(0, try context.clock()() / 1000))
    do {
      let line = try CosignerKey.sign(
        checkpointText: note.text, timestamp: seconds, name: signer.name,
        privateKey: signer.privateKey)
      return try SignedNote(text: note.text, signatures: note.signatures + [line])
    } catch {
      throw CommandFailure(
        code: .invalid, message: Text.current(.cosignCannot, ["error": "\(error)"]))
    }
  }
}
