import ReliefCrypto
import ReliefLog

/// The policy's demand on the ledger's latest checkpoint (`cosignatures N` with N > 0).
///
/// The checkpoint file is written by whoever can write the ledger directory, so nothing in
/// it is believed but what the policy's own keys signed, and its root is recomputed from
/// the journal.
extension TrustPolicy {
  /// What the ledger's latest checkpoint amounts to under this policy: nil when the policy
  /// asks for no cosignatures, else a sentence saying what was checked, or the first
  /// problem found.
  ///
  /// Checks, in this order: `checkpoints/latest` exists (`checkpoint-missing`); it is a
  /// signed checkpoint (`checkpoint-malformed`); every signature in it by a policy key
  /// verifies (`checkpoint-bad-signature`); one of them is by an admin key
  /// (`checkpoint-not-signed-by-pinned-key`); at least N are by cosigner keys
  /// (`too-few-cosignatures`); its origin is the ledger's (`checkpoint-origin-mismatch`);
  /// the journal's first `size` committed lines have its root (`checkpoint-not-consistent`).
  ///
  /// - Throws: only when the checkpoint or the journal cannot be read.
  func checkpointOutcome(
    _ journal: Journal, origin ledgerOrigin: String
  ) throws(CommandFailure) -> Result<String, TrustProblem>? {
    guard cosignaturesRequired > 0 else { return nil }
    let store = CheckpointStore(ledgerDirectory: journal.directory)
    guard let bytes = try store.latest() else {
      return .failure(
        problem(
          "checkpoint-missing", expected: "\(store.latestPath), cosigned",
          found: "no checkpoint",
          message: "\(source) asks for \(cosignaturesRequired) cosignatures, but the ledger "
            + "has no checkpoint ('relief checkpoint', then 'relief checkpoint cosign')"))
    }
    let note: SignedNote
    let checkpoint: Checkpoint
    do {
      note = try SignedNote(parsing: bytes)
      checkpoint = try Checkpoint(parsing: note.text)
    } catch {
      return .failure(
        problem(
          "checkpoint-malformed", expected: "a signed checkpoint", found: "\(error)",
          message: "\(store.latestPath) is not a signed checkpoint: \(error)"))
    }
    switch signatureProblem(note) {
    case .failure(let problem): return .failure(problem)
    case .success(let signers):
      if let problem = consistencyProblem(checkpoint, origin: ledgerOrigin, journal: journal) {
        return .failure(problem)
      }
      return .success(
        "the latest checkpoint (size \(checkpoint.treeSize), root "
          + "\(Base64.encode(checkpoint.rootHash.bytes))) is signed by \(signers) and the "
          + "journal's first \(checkpoint.treeSize) lines have its root")
    }
  }

  /// The signers and cosigners of `note` among the policy's keys, as words, or why they
  /// do not meet the policy.
  private func signatureProblem(_ note: SignedNote) -> Result<String, TrustProblem> {
    let verified: VerifiedNote
    do {
      verified = try note.verify(keys: adminKeys + cosignerKeys)
    } catch .noVerifiableSignatures {
      return .failure(notSignedProblem(note))
    } catch {
      return .failure(
        problem(
          "checkpoint-bad-signature", expected: "valid signatures by the policy's keys",
          found: "\(error)", message: "the latest checkpoint: \(error)"))
    }
    func isSigner(_ keys: [NoteVerifierKey]) -> (NoteSignature) -> Bool {
      { signature in
        keys.contains { $0.name == signature.name && $0.keyHash == signature.keyHash }
      }
    }
    let admins = verified.verified.filter(isSigner(adminKeys)).map(\.keyID)
    let cosigners = verified.verified.filter(isSigner(cosignerKeys)).map(\.keyID)
    guard !admins.isEmpty else { return .failure(notSignedProblem(note)) }
    guard cosigners.count >= cosignaturesRequired else {
      let names = cosigners.isEmpty ? "none" : cosigners.joined(separator: ", ")
      return .failure(
        problem(
          "too-few-cosignatures",
          expected: "\(cosignaturesRequired) cosignatures by the policy's cosigners",
          found: "\(cosigners.count) (\(names))",
          message: "the latest checkpoint has \(cosigners.count) of the "
            + "\(cosignaturesRequired) cosignatures \(source) asks for"))
    }
    return .success(
      admins.joined(separator: ", ") + ", cosigned by " + cosigners.joined(separator: ", ")
        + " (\(cosignaturesRequired) required)")
  }

  private func notSignedProblem(_ note: SignedNote) -> TrustProblem {
    let found = note.signatures.map(\.keyID).joined(separator: ", ")
    return problem(
      "checkpoint-not-signed-by-pinned-key",
      expected: "a signature by " + adminKeys.map(\.id).joined(separator: " or "),
      found: "signatures by " + found,
      message: "the latest checkpoint is not signed by an administrator key of \(source)")
  }

  /// Why `checkpoint` is not of this ledger or not a prefix of its journal, if it is not.
  private func consistencyProblem(
    _ checkpoint: Checkpoint, origin ledgerOrigin: String, journal: Journal
  ) -> TrustProblem? {
    guard checkpoint.origin == ledgerOrigin else {
      return problem(
        "checkpoint-origin-mismatch", expected: "origin \(ledgerOrigin)",
        found: "origin \(checkpoint.origin)",
        message: "the latest checkpoint is for another ledger, \(checkpoint.origin)")
    }
    let size = checkpoint.treeSize
    let tree: LedgerTree
    do {
      tree = try LedgerTree.load(journal)
    } catch {
      return problem(
        "checkpoint-not-consistent", expected: "the journal's first \(size) lines",
        found: error.message, message: "the journal cannot be checked against the checkpoint")
    }
    guard size <= tree.size else {
      return problem(
        "checkpoint-not-consistent", expected: "at least \(size) committed lines",
        found: "\(tree.size) committed lines",
        message: "the latest checkpoint covers \(size) lines, but the journal has only "
          + "\(tree.size): committed lines were removed")
    }
    guard tree.tree.root(ofFirst: size) == checkpoint.rootHash else {
      return problem(
        "checkpoint-not-consistent",
        expected: "root \(Base64.encode(checkpoint.rootHash.bytes)) of the first \(size) lines",
        found: "root \(Base64.encode(tree.tree.root(ofFirst: size).bytes))",
        message: "the journal's first \(size) lines do not have the latest checkpoint's root: "
          + "they were changed after it was signed (find the line with 'relief verify --since')"
      )
    }
    return nil
  }

  private func problem(
    _ code: String, expected: String, found: String, message: String
  ) -> TrustProblem {
    TrustProblem(code: code, line: nil, expected: expected, found: found, message: message)
  }
}
