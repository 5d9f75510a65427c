import ReliefCrypto
import ReliefLedger
import ReliefLog

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

  /// The number of committed lines.
  var size: UInt64 { tree.size }

  /// The root of the whole tree.
  var root: SHA256Digest { tree.root }

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
      throw CommandFailure(code: .environment, message: "cannot read the journal: \(error)")
    }
    guard let origin else {
      throw CommandFailure(
        code: .invalid, message: "the journal has no committed genesis entry with an origin")
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
