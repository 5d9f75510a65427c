import ReliefCrypto
import ReliefLedger
import ReliefLog
import ReliefText

/// The RFC 6962 Merkle tree over the committed lines of a journal: leaf i is
/// SHA-256(0x00 ‖ line i without its newline), and the tree size is the number of
/// committed lines.
struct LedgerTree {
  /// The tree over the committed lines' leaf hashes.
  let tree: MerkleTree
  /// The ledger's origin, from the genesis line.
  let origin: String
  /// The committed lines asked for by `load(_:keepingLine:)`, by index.
  let keptLines: [UInt64: [UInt8]]
  /// The node cache the tree reads, if any.
  var cache: MerkleCache?
  /// The right edge of the verified lines, when the tree's nodes come from a cache that
  /// must be checked against it (nil: the tree was hashed from the journal's lines here).
  var verified: MerkleFrontier?

  /// The tree hashed from the journal's verified lines, for when a node read from the
  /// cache fails its check (the cache is anyone's to write: it is then not used).
  var hashedFromJournal: (() throws(CommandFailure) -> MerkleTree)?

  /// The number of committed lines (verified ones, when the nodes come from a cache).
  var size: UInt64 { verified?.size ?? tree.size }

  /// The root of the whole tree.
  var root: SHA256Digest { verified?.root ?? tree.root }

  /// The root of the first `count` lines (`count` ≤ `size`); nodes read from a cache are
  /// shown to be consistent with the verified root first.
  func root(ofFirst count: UInt64) throws(CommandFailure) -> SHA256Digest {
    let claimed = tree.root(ofFirst: count)
    guard let verified, count > 0, count < verified.size else {
      return count == size ? root : claimed
    }
    guard let proof = tree.consistencyProof(firstSize: count, secondSize: verified.size),
      (try? proof.verify(firstRoot: claimed, secondRoot: verified.root)) != nil
    else { return try scratch().root(ofFirst: count) }
    return claimed
  }

  /// The inclusion proof of line `index` (whose bytes are `line`) in the tree of the first
  /// `treeSize` lines, checked against that tree's root.
  func inclusionProof(
    index: UInt64, treeSize: UInt64, line: [UInt8]
  ) throws(CommandFailure) -> InclusionProof {
    let expected = try root(ofFirst: treeSize)
    func proves(_ tree: MerkleTree) -> InclusionProof? {
      guard let proof = tree.inclusionProof(index: index, treeSize: treeSize),
        (try? proof.verify(leafHash: MerkleHash.leaf(line), root: expected)) != nil
      else { return nil }
      return proof
    }
    if let proof = proves(tree) { return proof }
    guard let proof = proves(try scratch()) else {
      throw CommandFailure(
        code: .invalid,
        message: Text.current(.treeLineNotVerified, ["line": "\(index)"]))
    }
    return proof
  }

  /// The tree hashed from the journal's verified lines (checked to have the verified
  /// root), when the cache's nodes cannot be used.
  private func scratch() throws(CommandFailure) -> MerkleTree {
    guard let hashedFromJournal else {
      throw CommandFailure(code: .environment, message: Text.current(.treeUnreadable))
    }
    return try hashedFromJournal()
  }

  /// Reads every committed line of `journal`, keeping the lines whose indexes are in
  /// `keeping`.
  static func load(
    _ journal: Journal, keeping: Set<UInt64> = []
  ) throws(CommandFailure) -> LedgerTree {
    let snapshot: JournalSnapshot
    do {
      snapshot = try journal.openSnapshot()
    } catch {
      throw CommandFailure(error)
    }
    var hashes: [SHA256Digest] = []
    var kept: [UInt64: [UInt8]] = [:]
    var origin: String?
    do {
      _ = try snapshot.committedLines.forEachLine { line, _, index in
        hashes.append(MerkleHash.leaf(line))
        if index == 0 { origin = genesisOrigin(line) }
        if keeping.contains(UInt64(index)) { kept[UInt64(index)] = Array(line) }
      }
    } catch {
      throw CommandFailure(
        code: .environment, message: Text.current(.journalUnreadable, ["reason": "\(error)"]))
    }
    guard let origin else {
      throw CommandFailure(
        code: .invalid, message: Text.current(.treeNoGenesis))
    }
    return LedgerTree(tree: MerkleTree(leafHashes: hashes), origin: origin, keptLines: kept)
  }

  /// The origin named by a genesis line, or nil if the line is not one.
  static func genesisOrigin(_ line: UnsafeRawBufferPointer) -> String? {
    guard let decoded = try? EntryDecoder.decode(line),
      case .genesis(let genesis) = decoded.entry.action
    else { return nil }
    return genesis.origin
  }
}
