import ReliefCrypto
import ReliefLedger
import ReliefLog

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// `relief verify --since CHECKPOINT`: the journal extends an older signed checkpoint.
extension VerifyCommand {
  /// Checks that the journal's first n lines have the root of the checkpoint in `path`
  /// (n its size), signed by an administrator key of the ledger; returns the report text
  /// and whether it holds.
  static func since(_ path: String, journal: Journal) throws(CommandFailure) -> (String, Bool) {
    let bytes = try CheckpointStore.read(path)
    let verified: VerifiedCheckpoint
    do {
      let keys = try CheckpointCommand.adminKeys(journal, activeOnly: false)
      verified = try VerifiedCheckpoint(parsing: bytes, logKeys: keys)
    } catch {
      return ("NOT CONSISTENT: \(path): \(error)\n", false)
    }
    let checkpoint = verified.checkpoint
    let tree = try LedgerTree.load(journal)
    let size = checkpoint.treeSize
    let root = Base64.encode(checkpoint.rootHash.bytes)
    guard checkpoint.origin == tree.origin else {
      return ("NOT CONSISTENT: the checkpoint is for origin \(checkpoint.origin)\n", false)
    }
    if size <= tree.size && tree.tree.root(ofFirst: size) == checkpoint.rootHash {
      let signers = verified.verification.verified.map(\.keyID).joined(separator: ", ")
      return (
        "consistent with the checkpoint of size \(size), root \(root), signed by \(signers): "
          + "the journal's first \(size) lines are unchanged\n", true
      )
    }
    var out = "NOT CONSISTENT with the checkpoint of size \(size), root \(root): "
    if size > tree.size {
      out += "the journal has only \(tree.size) committed lines\n"
    } else {
      out += "the journal's first \(size) lines have a different root\n"
    }
    if let exact = exactDivergence(checkpoint, tree: tree, journal: journal) {
      return (out + exact, false)
    }
    let (low, high) = divergence(
      size: min(size, tree.size), tree: tree, hints: storedRoots(journal.directory))
    if high == low + 1 {
      out += "the first diverging line is line \(low + 1) (seq \(low))\n"
    } else if low < high {
      out += "the first diverging line is between line \(low + 1) (seq \(low)) and line "
      out += "\(high) (seq \(high - 1)); the node cache no longer holds the checkpointed tree, "
      out += "and older checkpoints would narrow it down\n"
    }
    return (out, false)
  }

  /// The first diverging line, found exactly from the node cache as it was before anything
  /// synced it to the current journal, if its nodes reproduce the checkpoint's signed root
  /// (which makes them as trustworthy as the checkpoint); nil if they cannot be used.
  static func exactDivergence(
    _ checkpoint: Checkpoint, tree: LedgerTree, journal: Journal
  ) -> String? {
    let path = journal.directory + "/merkle.cache"
    let size = checkpoint.treeSize
    guard FileSystem.exists(path), let cache = try? MerkleCache(path: path), cache.count >= size,
      cache.tree.root(ofFirst: size) == checkpoint.rootHash
    else { return nil }
    let compared = min(size, tree.size)
    let first: UInt64
    switch cache.tree.divergence(from: tree.tree, count: compared) {
    case .firstDifferentLeaf(let index): first = index
    case .identical where compared < size: first = compared  // the first missing line
    case .identical, .inconsistentNodes: return nil
    }
    guard !cache.readFailed else { return nil }
    return "the first diverging line is line \(first + 1) (seq \(first)), found with the "
      + "node cache, whose nodes reproduce the checkpoint's root\n"
  }

  /// The range [low, high) holding the first line that differs from the checkpointed
  /// tree, by binary search over the prefixes whose roots are known from `hints` (size →
  /// root, unauthenticated: they only narrow the search).
  static func divergence(
    size: UInt64, tree: LedgerTree, hints: [UInt64: SHA256Digest]
  ) -> (UInt64, UInt64) {
    var known = hints.filter { $0.key > 0 && $0.key <= size }.sorted { $0.key < $1.key }
    var low: UInt64 = 0
    var high = size
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

  /// Size → root of every checkpoint stored in `DIR/checkpoints`.
  static func storedRoots(_ ledgerDirectory: String) -> [UInt64: SHA256Digest] {
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
        let (_, checkpoint) = try? CheckpointStore.parse(bytes, path: name)
      else { continue }
      roots[size] = checkpoint.rootHash
    }
    return roots
  }
}
