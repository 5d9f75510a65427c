import ReliefCrypto
import ReliefText

/// What a verifier trusts before reading a ledger: the keys it pins, given with `--key`, or
/// a whole policy file given with `--trust` (format in docs/FORMAT.md, "Trust policies").
///
/// A journal is only ever consistent with itself; whoever can write its directory and holds
/// any key can rewrite the whole history under a new genesis key. Only what the verifier
/// brings from outside, kept here, tells the ledger it means from such a rewrite.
struct TrustPolicy: Equatable, Sendable {
  /// Where the policy came from, for messages: `--key`, or the policy file's path.
  let source: String
  /// The origin the ledger must have; nil when only keys are pinned (`--key`).
  let origin: String?
  /// The keys one of which must be the genesis `admin_key`; they also sign checkpoints.
  let adminKeys: [NoteVerifierKey]
  /// The cosigners (type 0x04 keys) whose cosignatures count.
  let cosignerKeys: [NoteVerifierKey]
  /// How many of `cosignerKeys` must have cosigned the latest checkpoint; 0 means the
  /// checkpoint is not looked at.
  let cosignaturesRequired: Int

  /// Whether `source` is a policy file (rather than keys given with `--key`).
  var isFile: Bool { source != TrustPin.keySource }

  /// Why a journal whose genesis names `genesisKey` and `origin` is not the ledger this
  /// policy trusts, or nil if it is.
  ///
  /// The origin is checked first (`origin-mismatch`), then the key
  /// (`genesis-key-not-pinned`).
  func problem(genesisKey: String, origin ledgerOrigin: String) -> TrustProblem? {
    if let origin, origin != ledgerOrigin {
      return TrustProblem(
        code: "origin-mismatch", line: 1,
        expected: "origin \(origin) (from \(source))", found: "origin \(ledgerOrigin)",
        message: Text.current(
          .trustOriginMismatch, ["origin": ledgerOrigin, "source": source, "trusted": origin]))
    }
    let parsed = try? NoteVerifierKey(parsing: genesisKey)
    guard let parsed, adminKeys.contains(parsed) else {
      let pinned = adminKeys.map(\.encoded).joined(separator: ", ")
      return TrustProblem(
        code: "genesis-key-not-pinned", line: 1,
        expected: "a genesis admin_key given with \(source): \(pinned)",
        found: "admin_key \(genesisKey)",
        message: Text.current(.trustGenesisKeyNotPinned))
    }
    return nil
  }
}

/// Why a ledger is not the one the verifier trusts: a stable code, what was expected and
/// found, and a sentence for people.
struct TrustProblem: Error, Equatable, Sendable {
  /// A stable name, such as `genesis-key-not-pinned`.
  let code: String
  /// The 1-based journal line the problem is about (1 for the genesis), or nil when it is
  /// about a checkpoint rather than a line.
  let line: Int64?
  /// What the policy or checkpoint called for.
  let expected: String
  /// What was found instead.
  let found: String
  /// One sentence for people.
  let message: String
}
