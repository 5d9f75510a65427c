import ReliefCrypto
import ReliefLedger
import ReliefLog

extension CheckpointCommand {
  static func cosign(_ arguments: Arguments, _ context: Context) throws(CommandFailure)
    -> ExitCode
  {
    let journal = try context.journal(arguments)
    let signer = try key(arguments, context)
    let cosigner: CosignerKey
    do {
      cosigner = try CosignerKey(name: signer.name, publicKey: signer.privateKey.publicKey)
    } catch {
      throw CommandFailure(code: .usage, message: "cosigner key: \(error)")
    }
    let view = try LedgerLoading.view(journal, context, arguments)
    let store = CheckpointStore(ledgerDirectory: journal.directory)
    let note = try store.withLock(timeoutMillis: journal.lockTimeoutMillis) {
      () throws(CommandFailure) -> SignedNote in
      try cosignLocked(
        journal, view: view, signer: signer, cosigner: cosigner, store: store, context: context)
    }
    context.console.out(note.encoded)
    return .success
  }

  /// Checks and cosigns the latest checkpoint under the store's lock; returns the note
  /// with its cosignatures (unchanged if this cosigner already cosigned it).
  static func cosignLocked(
    _ journal: Journal, view: LedgerView, signer: NoteSignerKey, cosigner: CosignerKey,
    store: CheckpointStore,
    context: Context
  ) throws(CommandFailure) -> SignedNote {
    let keyID = cosigner.verifierKey.id
    guard let bytes = try store.latest() else {
      throw CommandFailure(
        code: .environment, message: "no checkpoint to cosign: run 'relief checkpoint' first")
    }
    let verified: VerifiedCheckpoint
    do {
      verified = try VerifiedCheckpoint(
        parsing: bytes, logKeys: adminKeys(view, activeOnly: false))
    } catch {
      throw CommandFailure(code: .invalid, message: "the latest checkpoint: \(error)")
    }
    let checkpoint = verified.checkpoint
    let tree = try LedgerTree.cached(journal, verified: view)
    try checkConsistent(checkpoint, with: tree, what: "the latest checkpoint")
    let statePath = store.cosignedPath(keyID: keyID)
    if FileSystem.exists(statePath) {
      let text = String(decoding: try CheckpointStore.read(statePath), as: UTF8.self)
      guard let previous = try? Checkpoint(parsing: text) else {
        throw CommandFailure(code: .invalid, message: "\(statePath) is not a checkpoint")
      }
      try checkConsistent(previous, with: tree, what: "the checkpoint \(keyID) cosigned last")
      guard previous.treeSize <= checkpoint.treeSize else {
        throw CommandFailure(
          code: .invalid,
          message: "\(keyID) already cosigned a larger checkpoint (\(previous.treeSize) lines)")
      }
    }
    if verified.note.signatures.contains(where: {
      $0.name == cosigner.name && $0.keyHash == cosigner.keyHash
    }) {
      context.console.err("\(keyID) has already cosigned checkpoint \(checkpoint.treeSize)\n")
      return verified.note
    }
    let note = try appendCosignature(verified.note, signer: signer, context: context)
    let encoded = Array(note.encoded.utf8)
    try CheckpointStore.replace(store.path(size: checkpoint.treeSize), encoded)
    try CheckpointStore.replace(store.latestPath, encoded)
    try CheckpointStore.replace(statePath, Array(checkpoint.text.utf8))
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
      throw CommandFailure(code: .invalid, message: "cannot cosign: \(error)")
    }
  }
}
