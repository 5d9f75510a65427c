import ReliefCrypto
import ReliefLedger
import ReliefLog
import ReliefText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

extension LedgerTree {
  /// The tree of the verified lines of `view`, with its nodes read from
  /// `DIR/merkle.cache` (brought up to date first: O(new lines) when the journal only
  /// grew), keeping the lines in `keeping`.
  ///
  /// The cache is anyone's to write, so it is believed only as far as it reproduces the
  /// root of the verified lines (`view.frontier`); a cache that does not is rebuilt from
  /// the journal, and if the journal's lines then still do not have that root, they were
  /// changed since they were verified.
  static func cached(
    _ journal: Journal, verified view: LedgerView, keeping: Set<UInt64> = [],
    progress: ((_ lines: Int64, _ bytes: Int64, _ totalBytes: Int64) -> Void)? = nil
  ) throws(CommandFailure) -> LedgerTree {
    guard let origin = view.state.origin else {
      throw CommandFailure(
        code: .invalid, message: Text.current(.treeNoGenesis))
    }
    do {
      let snapshot = try journal.openSnapshot()
      let path = journal.directory + "/merkle.cache"
      var cache = try MerkleCache(path: path)
      try cache.sync(snapshot, progress: progress)
      if !reproduces(view.frontier, cache) {
        unlink(path)
        cache = try MerkleCache(path: path)
        try cache.sync(snapshot, progress: progress)
        guard reproduces(view.frontier, cache) else {
          throw CommandFailure(
            code: .invalid,
            message: LedgerChangedError(verifiedSize: view.frontier.size).description)
        }
      }
      var kept: [UInt64: [UInt8]] = [:]
      let locator = LineLocator(file: snapshot.file, endOffset: snapshot.committed.endOffset)
      for index in keeping where index < view.frontier.size {
        if let (line, _) = try locator.line(seq: Int64(index)) { kept[index] = line }
      }
      var tree = LedgerTree(
        tree: cache.tree, origin: origin, keptLines: kept, cache: cache,
        verified: view.frontier)
      tree.hashedFromJournal = { () throws(CommandFailure) -> MerkleTree in
        try hashed(snapshot, lines: view.frontier)
      }
      return tree
    } catch let error as CommandFailure {
      throw error
    } catch let error as JournalError {
      throw CommandFailure(error)
    } catch {
      throw CommandFailure(
        code: .environment, message: Text.current(.nodeCacheUnwritable, ["reason": "\(error)"]))
    }
  }

  /// The tree of the journal's first `lines.size` lines, hashed from the journal, if it
  /// has the verified root.
  private static func hashed(
    _ snapshot: JournalSnapshot, lines frontier: MerkleFrontier
  ) throws(CommandFailure) -> MerkleTree {
    var hashes: [SHA256Digest] = []
    do {
      _ = try snapshot.committedLines.forEachLine { line, _, index in
        if UInt64(index) < frontier.size { hashes.append(MerkleHash.leaf(line)) }
      }
    } catch {
      throw CommandFailure(
        code: .environment, message: Text.current(.journalUnreadable, ["reason": "\(error)"]))
    }
    let tree = MerkleTree(leafHashes: hashes)
    guard tree.size == frontier.size, tree.root == frontier.root else {
      throw CommandFailure(
        code: .invalid, message: LedgerChangedError(verifiedSize: frontier.size).description)
    }
    return tree
  }

  /// Whether `cache` holds the tree whose right edge is `frontier`.
  private static func reproduces(_ frontier: MerkleFrontier, _ cache: MerkleCache) -> Bool {
    cache.count >= frontier.size && cache.tree.root(ofFirst: frontier.size) == frontier.root
      && !cache.readFailed
  }

  /// Fails if a read of the node cache failed since it was opened.
  func checkReads() throws(CommandFailure) {
    if let cache, cache.readFailed {
      throw CommandFailure(
        code: .environment, message: Text.current(.nodeCacheUnreadable, ["path": cache.path]))
    }
  }
}
