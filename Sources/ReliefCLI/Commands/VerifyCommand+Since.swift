import ReliefCrypto
import ReliefLedger
import ReliefLog
import ReliefText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// `relief verify --since CHECKPOINT`: the journal extends an older signed checkpoint.
extension VerifyCommand {
  /// Checks that the journal's first n lines have the root of the checkpoint in `bytes`
  /// (read from `path`; n its size), signed by an administrator key of the ledger.
  ///
  /// Failure codes: `since-checkpoint-unverified` (not a checkpoint signed by an
  /// administrator key the ledger registered), `since-origin-mismatch` (another ledger's),
  /// `since-not-consistent` (lines removed or changed). On a journal that is itself
  /// invalid (`journalIsValid` false) what cannot be checked is said, not thrown.
  static func since(
    _ bytes: [UInt8], path: String, journal: Journal, journalIsValid: Bool
  ) throws(CommandFailure) -> SinceResult {
    do {
      let (text, problem) = try since(bytes, path: path, journal: journal)
      return SinceResult(path: path, text: text, problem: problem)
    } catch  where !journalIsValid {
      let text = Text.current(.sinceNotChecked, ["error": error.message]) + "\n"
      let problem = TrustProblem(
        code: "since-not-consistent", line: nil, expected: "a journal to compare",
        found: error.message, message: Text.current(.verifySinceUncheckable))
      return SinceResult(path: path, text: text, problem: problem)
    }
  }

  private static func since(
    _ bytes: [UInt8], path: String, journal: Journal
  ) throws(CommandFailure) -> (String, TrustProblem?) {
    func problem(_ code: String, _ expected: String, _ found: String) -> TrustProblem {
      TrustProblem(
        code: code, line: nil, expected: expected, found: found,
        message: Text.current(.verifySinceNotExtending, ["path": path, "found": found]))
    }
    let verified: VerifiedCheckpoint
    let keys = try CheckpointCommand.adminKeys(journal, activeOnly: false)
    do {
      verified = try VerifiedCheckpoint(parsing: bytes, logKeys: keys)
    } catch {
      let found = "\(error)"
      return (
        Text.current(.sinceUnverified, ["path": path, "error": found]) + "\n",
        problem(
          "since-checkpoint-unverified",
          "a checkpoint signed by an administrator key of this ledger", found)
      )
    }
    let checkpoint = verified.checkpoint
    let tree = try LedgerTree.load(journal)
    let size = checkpoint.treeSize
    let root = Base64.encode(checkpoint.rootHash.bytes)
    guard checkpoint.origin == tree.origin else {
      return (
        Text.current(.sinceOtherOrigin, ["origin": checkpoint.origin]) + "\n",
        problem(
          "since-origin-mismatch", "origin \(tree.origin)", "origin \(checkpoint.origin)")
      )
    }
    if size <= tree.size && tree.tree.root(ofFirst: size) == checkpoint.rootHash {
      let signers = Text.current.list(verified.verification.verified.map(\.keyID))
      let values = ["size": String(size), "root": root, "signers": signers]
      return (Text.current(.sinceConsistent, values) + "\n", nil)
    }
    let (reason, values): (MessageID, [String: String]) =
      size > tree.size
      ? (.sinceOnlyLines, ["count": String(tree.size)])
      : (.sinceDifferentRoot, ["size": String(size)])
    // The problem's fields are machine output (--json): they stay in English.
    let found = Text(.en)(reason, values)
    let shown = ["size": String(size), "root": root, "found": Text.current(reason, values)]
    var out = Text.current(.sinceNotConsistent, shown) + "\n"
    out += firstDivergingLine(checkpoint, tree: tree, journal: journal, keys: keys)
    return (
      out,
      problem("since-not-consistent", "the first \(size) lines with root \(root)", found)
    )
  }

  /// The report of the first line of the journal that differs from the checkpointed tree:
  /// exact when the node cache (or the copy kept at its last rebuild) still holds the
  /// checkpointed tree's nodes, else the range the stored checkpoints allow.
  static func firstDivergingLine(
    _ checkpoint: Checkpoint, tree: LedgerTree, journal: Journal, keys: [NoteVerifierKey]
  ) -> String {
    let size = checkpoint.treeSize
    var reasons: [String] = []
    let cachePath = journal.directory + "/merkle.cache"
    for path in [cachePath, MerkleCache.previousPath(of: cachePath)] {
      let name = String(path.split(separator: "/").last ?? "")
      let outcome: MerkleDivergence
      do {
        guard let cache = try MerkleCache.openForReading(path: path) else { continue }
        outcome = MerkleDivergence.find(
          size: size, signedRoot: checkpoint.rootHash, signed: cache.tree, current: tree.tree)
        if cache.readFailed {
          reasons.append(Text.current(.divergenceCacheUnreadable, ["name": name]))
          continue
        }
      } catch {
        reasons.append("\(error)")
        continue
      }
      switch outcome {
      case .firstDifferentLeaf(let index):
        let values = ["line": lineReport(index, tree: tree), "name": name]
        return Text.current(.divergenceFoundWith, values) + "\n"
      case .notEnoughNodes(let available):
        let values = ["name": name, "count": String(available)]
        reasons.append(Text.current(.divergenceCacheShort, values))
      case .nodesDoNotMatchRoot, .none:
        reasons.append(Text.current(.divergenceCacheMismatch, ["name": name]))
      }
    }
    if reasons.isEmpty { reasons.append(Text.current(.divergenceNoCache)) }
    let joined = reasons.dropFirst().reduce(reasons[0]) { Text.current.joined($0, $1) }
    var out = Text.current(.divergenceUnknown, ["reasons": joined]) + "\n"
    let hints = storedRoots(journal.directory, keys: keys)
    let (low, high) = divergence(size: size, tree: tree, hints: hints)
    if high == low + 1 {
      out += lineReport(low, tree: tree) + "\n"
    } else if low < high {
      let values = [
        "low": String(low + 1), "lowSeq": String(low), "high": String(high),
        "highSeq": String(high - 1),
      ]
      out += Text.current(.divergenceBetween, values) + "\n"
    }
    return out
  }

  /// "the first diverging line is line L (seq S)", L counted from 1 as in `relief verify`.
  static func lineReport(_ index: UInt64, tree: LedgerTree) -> String {
    let values = ["line": String(index + 1), "seq": String(index)]
    return Text.current(index >= tree.size ? .divergenceLineMissing : .divergenceLine, values)
  }

  /// The range [low, high) holding the first line that differs from the checkpointed
  /// tree of `size` lines, by binary search over the prefixes whose roots are known from
  /// `hints` (size → root, from checkpoints signed by the same keys).
  static func divergence(
    size: UInt64, tree: LedgerTree, hints: [UInt64: SHA256Digest]
  ) -> (UInt64, UInt64) {
    let checkable = min(size, tree.size)
    var known = hints.filter { $0.key > 0 && $0.key <= checkable }.sorted { $0.key < $1.key }
    var low: UInt64 = 0
    var high = min(size, tree.size + 1)
    while let middle = known.isEmpty ? nil : known.count / 2 {
      let (prefix, root) = known[middle]
      if tree.tree.root(ofFirst: prefix) == root {
        low = max(low, prefix)
        known = Array(known[(middle + 1)...])
      } else {
        high = min(high, prefix)
        known = Array(known[..<middle])
      }
    }
    return (low, high)
  }

  /// Size → root of every checkpoint stored in `DIR/checkpoints` that one of `keys` signed
  /// (an unsigned file could point the search at a wrong line).
  static func storedRoots(
    _ ledgerDirectory: String, keys: [NoteVerifierKey]
  ) -> [UInt64: SHA256Digest] {
    let store = CheckpointStore(ledgerDirectory: ledgerDirectory)
    guard let handle = opendir(store.directory) else { return [:] }
    defer { closedir(handle) }
    var roots: [UInt64: SHA256Digest] = [:]
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard name.hasSuffix(".note"), let size = UInt64(name.dropLast(5)),
        let bytes = try? CheckpointStore.read(store.path(size: size)),
        let verified = try? VerifiedCheckpoint(parsing: bytes, logKeys: keys),
        verified.checkpoint.treeSize == size
      else { continue }
      roots[size] = verified.checkpoint.rootHash
    }
    return roots
  }
}
