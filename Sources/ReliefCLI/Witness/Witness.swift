import ReliefCrypto
import ReliefLog
import ReliefText

/// A witness (c2sp.org/tlog-witness): cosigns a log's checkpoint only if it is signed by
/// the log's key and consistent with the last one it cosigned for that log.
struct Witness {
  /// The logs it witnesses: each origin with the keys that may sign its checkpoints.
  let logs: [String: [NoteVerifierKey]]
  /// Its own key, which signs `cosignature/v1` lines.
  let signer: NoteSignerKey
  /// What it last cosigned, per log.
  let state: WitnessState
  /// How long to wait for another process holding the state's lock.
  var lockTimeoutMillis: Int64 = 10_000

  /// Answers an add-checkpoint request: the cosignature line(s) to return with 200, or the
  /// refusal.
  ///
  /// Environment failures (the state cannot be written) throw: answered with 500.
  func addCheckpoint(
    _ body: [UInt8], nowSeconds: UInt64
  ) throws(CommandFailure) -> Result<String, WitnessRefusal> {
    let request: AddCheckpointRequest
    switch AddCheckpointRequest.parse(body) {
    case .success(let parsed): request = parsed
    case .failure(let refusal): return .failure(refusal)
    }
    let note: SignedNote
    let checkpoint: Checkpoint
    do {
      note = try SignedNote(parsing: request.note)
      checkpoint = try Checkpoint(parsing: note.text)
    } catch {
      return .failure(.badRequest("not a signed checkpoint: \(error)"))
    }
    guard let keys = logs[checkpoint.origin] else {
      return .failure(.unknownLog("this witness does not witness \(checkpoint.origin)"))
    }
    guard (try? note.verify(keys: keys)) != nil else {
      return .failure(.forbidden("no signature verifies with a key of \(checkpoint.origin)"))
    }
    guard request.oldSize <= checkpoint.treeSize else {
      return .failure(.badRequest("old size \(request.oldSize) is above the checkpoint's"))
    }
    // Read, check and record under one lock: two requests must never roll a log back.
    return try FileLock.withExclusive(
      path: state.lockPath, mode: 0o600, timeoutMillis: lockTimeoutMillis,
      holder: Text.current(.holderWitnessing)
    ) { () throws(CommandFailure) -> Result<String, WitnessRefusal> in
      if let refusal = try check(request, checkpoint) { return .failure(refusal) }
      try state.record(
        origin: checkpoint.origin, size: checkpoint.treeSize, root: checkpoint.rootHash)
      return .success(try cosignature(note.text, nowSeconds))
    }
  }

  /// Why `checkpoint` may not be cosigned after what was last cosigned, or nil.
  private func check(
    _ request: AddCheckpointRequest, _ checkpoint: Checkpoint
  ) throws(CommandFailure) -> WitnessRefusal? {
    let latest = try state.latest(origin: checkpoint.origin)
    let size = latest?.size ?? 0
    guard request.oldSize == size else {
      return .conflict(latestSize: size, "the witness last cosigned size \(size)")
    }
    if let latest, latest.size == checkpoint.treeSize {
      guard latest.root == checkpoint.rootHash, request.proof.isEmpty else {
        return .conflict(latestSize: size, "size \(size) was cosigned with another root")
      }
      return nil
    }
    guard let latest, latest.size > 0 else {
      return request.proof.isEmpty ? nil : .unprocessable("a proof from size 0 must be empty")
    }
    let proof = ConsistencyProof(
      firstSize: latest.size, secondSize: checkpoint.treeSize, hashes: request.proof)
    do {
      try proof.verify(firstRoot: latest.root, secondRoot: checkpoint.rootHash)
    } catch {
      return .unprocessable("the consistency proof from \(latest.size) does not verify: \(error)")
    }
    return nil
  }

  private func cosignature(_ text: String, _ nowSeconds: UInt64) throws(CommandFailure) -> String {
    do {
      let line = try CosignerKey.sign(
        checkpointText: text, timestamp: nowSeconds, name: signer.name,
        privateKey: signer.privateKey)
      return line.line
    } catch {
      throw CommandFailure(
        code: .environment, message: Text.current(.witnessCannotCosign, ["reason": "\(error)"]))
    }
  }
}
