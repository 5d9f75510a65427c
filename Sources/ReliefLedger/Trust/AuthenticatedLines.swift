import ReliefCrypto
import ReliefLog
import ReliefText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Reads committed entries back from the journal by seq, and shows that each is the line
/// that was verified before: its leaf hash, with an inclusion proof, must reproduce the
/// Merkle root of the verified lines.
///
/// Proofs come from the node cache (`merkle.cache`), which anyone who can write the
/// directory can forge: a proof that does not reproduce the root only means the cache is
/// rebuilt from the journal, and if the rebuilt tree still does not have the verified root,
/// the journal's verified lines were changed since and nothing is read from them.
enum AuthenticatedLines {
  /// The entries at `seqs`; a seq holding a commit line, or beyond the verified lines, is
  /// absent.
  ///
  /// - Throws: `LedgerChangedError` if the journal no longer holds the verified lines.
  static func entries(
    _ seqs: Set<Int64>, verified: MerkleFrontier, snapshot: JournalSnapshot, cachePath: String?
  ) throws -> [Int64: Entry] {
    guard !seqs.isEmpty else { return [:] }
    let locator = LineLocator(file: snapshot.file, endOffset: snapshot.committed.endOffset)
    var lines: [Int64: [UInt8]] = [:]
    for seq in seqs where seq >= 0 && UInt64(seq) < verified.size {
      guard let (bytes, _) = try locator.line(seq: seq) else {
        throw LedgerChangedError(verifiedSize: verified.size)
      }
      lines[seq] = bytes
    }
    guard !lines.isEmpty else { return [:] }
    try authenticate(lines, verified: verified, snapshot: snapshot, cachePath: cachePath)
    var found: [Int64: Entry] = [:]
    for (seq, bytes) in lines {
      let entry = try bytes.withUnsafeBytes { line -> Entry? in
        guard let header = try? LineHeader.parse(line), !header.isCommit else { return nil }
        return try EntryDecoder.decode(line, header: header).entry
      }
      if let entry { found[seq] = entry }
    }
    return found
  }

  private static func authenticate(
    _ lines: [Int64: [UInt8]], verified: MerkleFrontier, snapshot: JournalSnapshot,
    cachePath: String?
  ) throws {
    let root = verified.root
    func proven(by tree: MerkleTree) -> Bool {
      lines.allSatisfy { seq, bytes in
        guard let proof = tree.inclusionProof(index: UInt64(seq), treeSize: verified.size)
        else { return false }
        return (try? proof.verify(leafHash: MerkleHash.leaf(bytes), root: root)) != nil
      }
    }
    if let cachePath, let cache = try? MerkleCache(path: cachePath) {
      if (try? cache.sync(snapshot)) != nil, cache.count >= verified.size, !cache.readFailed,
        proven(by: cache.tree)
      {
        return
      }
      // The cache does not prove the lines: rebuilt from the journal as it is now.
      unlink(cachePath)
      if let fresh = try? MerkleCache(path: cachePath), (try? fresh.sync(snapshot)) != nil,
        fresh.count >= verified.size, !fresh.readFailed
      {
        guard proven(by: fresh.tree) else {
          throw LedgerChangedError(verifiedSize: verified.size)
        }
        return
      }
    }
    // No cache can be written here: the proof comes from hashing the verified lines.
    var hashes: [SHA256Digest] = []
    hashes.reserveCapacity(Int(verified.size))
    let reader = LineReader(
      file: snapshot.file, startOffset: 0, endOffset: snapshot.committed.endOffset)
    _ = try reader.forEachLine { line, _, index in
      if UInt64(index) < verified.size { hashes.append(MerkleHash.leaf(line)) }
    }
    guard UInt64(hashes.count) == verified.size, proven(by: MerkleTree(leafHashes: hashes))
    else { throw LedgerChangedError(verifiedSize: verified.size) }
  }
}

/// The journal's first lines no longer have the Merkle root they had when this user's
/// relief verified them: committed lines were changed since.
public struct LedgerChangedError: Error, Equatable, Sendable, CustomStringConvertible {
  /// How many lines had been verified.
  public let verifiedSize: UInt64

  /// The error for a journal whose first `verifiedSize` lines changed since verified.
  public init(verifiedSize: UInt64) {
    self.verifiedSize = verifiedSize
  }

  /// What happened, and what to do.
  public var description: String {
    Text.current(.ledgerChanged, ["size": "\(verifiedSize)"])
  }
}
