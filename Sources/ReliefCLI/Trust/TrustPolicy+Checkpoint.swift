import ReliefCrypto
import ReliefLog
import ReliefText

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
          message: Text.current(
            .trustCheckpointMissing, ["source": source, "count": "\(cosignaturesRequired)"])))
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
          message: Text.current(
            .trustCheckpointMalformed, ["path": store.latestPath, "reason": "\(error)"])))
    }
    switch signatureProblem(note) {
    case .failure(let problem): return .failure(problem)
    case .success(let signers):
      if let problem = consistencyProblem(checkpoint, origin: ledgerOrigin, journal: journal) {
        return .failure(problem)
      }
      return .success(
        Text.current(
          .trustCheckpointMet,
          [
            "size": "\(checkpoint.treeSize)", "root": Base64.encode(checkpoint.rootHash.bytes),
            "signers": signers,
          ]))
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
          found: "\(error)",
          message: Text.current(.trustCheckpointBadSignature, ["reason": "\(error)"])))
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
          message: Text.current(
            .trustTooFewCosignatures,
            [
              "count": "\(cosigners.count)", "required": "\(cosignaturesRequired)",
              "source": source,
            ])))
    }
    return .success(
      Text.current(
        .trustSigners,
        [
          "admins": admins.joined(separator: ", "),
          "cosigners": cosigners.joined(separator: ", "), "required": "\(cosignaturesRequired)",
        ]))
  }

  private func notSignedProblem(_ note: SignedNote) -> TrustProblem {
    let found = note.signatures.map(\.keyID).joined(separator: ", ")
    return problem(
      "checkpoint-not-signed-by-pinned-key",
      expected: "a signature by " + adminKeys.map(\.id).joined(separator: " or "),
      found: "signatures by " + found,
      message: Text.current(.trustNotSignedByPinnedKey, ["source": source]))
  }

  /// Why `checkpoint` is not of this ledger or not a prefix of its journal, if it is not.
  private func consistencyProblem(
    _ checkpoint: Checkpoint, origin ledgerOrigin: String, journal: Journal
  ) -> TrustProblem? {
    guard checkpoint.origin == ledgerOrigin else {
      return problem(
        "checkpoint-origin-mismatch", expected: "origin \(ledgerOrigin)",
        found: "origin \(checkpoint.origin)",
        message: Text.current(.trustCheckpointOtherLedger, ["origin": checkpoint.origin]))
    }
    let size = checkpoint.treeSize
    let tree: LedgerTree
    do {
      tree = try LedgerTree.load(journal)
    } catch {
      return problem(
        "checkpoint-not-consistent", expected: "the journal's first \(size) lines",
        found: error.message, message: Text.current(.trustJournalUnreadable))
    }
    guard size <= tree.size else {
      return problem(
        "checkpoint-not-consistent", expected: "at least \(size) committed lines",
        found: "\(tree.size) committed lines",
        message: Text.current(.trustLinesRemoved, ["size": "\(size)", "lines": "\(tree.size)"]))
    }
    guard tree.tree.root(ofFirst: size) == checkpoint.rootHash else {
      return problem(
        "checkpoint-not-consistent",
        expected: "root \(Base64.encode(checkpoint.rootHash.bytes)) of the first \(size) lines",
        found: "root \(Base64.encode(tree.tree.root(ofFirst: size).bytes))",
        message: Text.current(.trustRootDiffers, ["size": "\(size)"]))
    }
    return nil
  }

  private func problem(
    _ code: String, expected: String, found: String, message: String
  ) -> TrustProblem {
    TrustProblem(code: code, line: nil, expected: expected, found: found, message: message)
  }
}
