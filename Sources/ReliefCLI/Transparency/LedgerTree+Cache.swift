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
        _ = try? snapshot.committedLines.forEachLine { line, _, index in
          if index == 0 { origin = genesisOrigin(line) }
          if keeping.contains(UInt64(index)) { kept[UInt64(index)] = Array(line) }
          if UInt64(index) >= last { throw StopReading() }
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

/// Ends a line scan early.
struct StopReading: Error {}
