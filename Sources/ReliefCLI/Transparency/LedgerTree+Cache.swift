import ReliefCrypto
import ReliefLedger
import ReliefLog

extension LedgerTree {
  /// The tree of the committed lines read from `DIR/merkle.cache`, brought up to date
  /// first (O(new lines) when the journal only grew), keeping the lines in `keeping`.
  static func cached(
    _ journal: Journal, keeping: Set<UInt64> = []
  ) throws(CommandFailure) -> LedgerTree {
    do {
      let snapshot = try journal.openSnapshot()
      let cache = try MerkleCache(path: journal.directory + "/merkle.cache")
      try cache.sync(snapshot)
      var kept: [UInt64: [UInt8]] = [:]
      var origin: String?
      let wanted = keeping.union([0])
      if let last = wanted.max(), last < cache.count {
        // A binary search by seq per wanted line: a proof reads a few pages of the journal.
        let locator = LineLocator(file: snapshot.file, endOffset: snapshot.committed.endOffset)
        for index in wanted {
          guard let (line, _) = try? locator.line(seq: Int64(index)) else { continue }
          if index == 0 { origin = line.withUnsafeBytes { genesisOrigin($0) } }
          if keeping.contains(index) { kept[index] = line }
        }
      }
      guard let origin else {
        throw CommandFailure(
          code: .invalid, message: "the journal has no committed genesis entry with an origin")
      }
      return LedgerTree(tree: cache.tree, origin: origin, keptLines: kept, cache: cache)
    } catch let error as CommandFailure {
      throw error
    } catch let error as JournalError {
      throw CommandFailure(error)
    } catch {
      throw CommandFailure(code: .environment, message: "cannot update the node cache: \(error)")
    }
  }

  /// Fails if a read of the node cache failed since it was opened.
  func checkReads() throws(CommandFailure) {
    if let cache, cache.readFailed {
      throw CommandFailure(
        code: .environment, message: "cannot read \(cache.path); delete it to rebuild")
    }
  }
}
