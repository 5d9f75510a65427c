import Foundation
import ReliefCrypto
import ReliefLedger
import ReliefLog
import XCTest

@testable import ReliefCLI

/// `merkle.cache` gives the same roots and proofs as a tree built from scratch.
final class MerkleCacheTests: XCTestCase {
  private var directory: TemporaryDirectory!
  private var keyPath: String { directory.path("admin.key") }
  private var ledger: String { directory.path("ledger") }

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
    XCTAssertEqual(run(["keys", "generate", "--name", "c-admin", "--out", keyPath]), 0)
  }

  override func tearDown() {
    directory = nil
  }

  private func run(_ arguments: [String]) -> Int32 {
    Relief.run(
      arguments: arguments,
      environment: ["RELIEF_NOW_MS": "1669852800000", "RELIEF_KEY": keyPath],
      console: RecordingConsole())
  }

  private func appendReceipts(_ count: Int, random: inout SystemRandomNumberGenerator) {
    for _ in 0..<count {
      let amount = String(Int.random(in: 1...999, using: &random))
      XCTAssertEqual(
        run([
          "append", "receipt", "--ledger", ledger, "--date", "2022-03-10", "--union", "u",
          "--program", "p", "--amount", amount,
        ]), 0)
    }
  }

  private func assertCacheMatchesScratch(file: StaticString = #filePath, line: UInt = #line)
    throws
  {
    let journal = Journal(directory: ledger)
    let view = try LedgerView.load(journal, stateDirectory: nil)
    let cached = try LedgerTree.cached(journal, verified: view)
    let scratch = try LedgerTree.load(journal)
    XCTAssertEqual(cached.size, scratch.size, file: file, line: line)
    XCTAssertEqual(cached.origin, scratch.origin, file: file, line: line)
    for size in 1...scratch.size {
      XCTAssertEqual(
        cached.tree.root(ofFirst: size), scratch.tree.root(ofFirst: size), file: file, line: line)
      for index in 0..<size {
        XCTAssertEqual(
          cached.tree.inclusionProof(index: index, treeSize: size),
          scratch.tree.inclusionProof(index: index, treeSize: size), file: file, line: line)
      }
      XCTAssertEqual(
        cached.tree.consistencyProof(firstSize: size, secondSize: scratch.size),
        scratch.tree.consistencyProof(firstSize: size, secondSize: scratch.size),
        file: file, line: line)
    }
    XCTAssertNoThrow(try cached.checkReads(), file: file, line: line)
  }

  func testCachedProofsEqualScratchProofsOnRandomLedgers() throws {
    var random = SystemRandomNumberGenerator()
    for _ in 0..<3 {
      try? FileManager.default.removeItem(atPath: ledger)
      XCTAssertEqual(run(["init", "--ledger", ledger, "--origin", "c.example/l"]), 0)
      XCTAssertEqual(run(["append", "union", "--ledger", ledger, "--id", "u", "--name", "U"]), 0)
      XCTAssertEqual(run(["append", "program", "--ledger", ledger, "--id", "p", "--name", "P"]), 0)
      try assertCacheMatchesScratch()
      for _ in 0..<3 {
        // Grow by a random number of batches; the cache is extended, not rebuilt.
        appendReceipts(Int.random(in: 1...9, using: &random), random: &random)
        try assertCacheMatchesScratch()
      }
    }
  }

  func testARewrittenJournalRebuildsTheCache() throws {
    var random = SystemRandomNumberGenerator()
    XCTAssertEqual(run(["init", "--ledger", ledger, "--origin", "c.example/l"]), 0)
    XCTAssertEqual(run(["append", "union", "--ledger", ledger, "--id", "u", "--name", "U"]), 0)
    XCTAssertEqual(run(["append", "program", "--ledger", ledger, "--id", "p", "--name", "P"]), 0)
    appendReceipts(5, random: &random)
    try assertCacheMatchesScratch()
    // Replace the journal by a different one of the same length.
    let saved = directory.path("saved.cache")
    try FileManager.default.copyItem(atPath: ledger + "/merkle.cache", toPath: saved)
    try FileManager.default.removeItem(atPath: ledger)
    XCTAssertEqual(run(["init", "--ledger", ledger, "--origin", "c.example/l"]), 0)
    XCTAssertEqual(run(["append", "union", "--ledger", ledger, "--id", "u", "--name", "V"]), 0)
    XCTAssertEqual(run(["append", "program", "--ledger", ledger, "--id", "p", "--name", "P"]), 0)
    appendReceipts(7, random: &random)
    try FileManager.default.copyItem(atPath: saved, toPath: ledger + "/merkle.cache")
    try assertCacheMatchesScratch()
  }

  func testStoredIndexFollowsGoTlog() {
    // Values from golang.org/x/mod/sumdb/tlog's StoredHashIndex / StoredHashCount.
    XCTAssertEqual(MerkleCache.storedIndex(level: 0, 0), 0)
    XCTAssertEqual(MerkleCache.storedIndex(level: 0, 1), 1)
    XCTAssertEqual(MerkleCache.storedIndex(level: 1, 0), 2)
    XCTAssertEqual(MerkleCache.storedIndex(level: 0, 2), 3)
    XCTAssertEqual(MerkleCache.storedIndex(level: 0, 3), 4)
    XCTAssertEqual(MerkleCache.storedIndex(level: 1, 1), 5)
    XCTAssertEqual(MerkleCache.storedIndex(level: 2, 0), 6)
    XCTAssertEqual(MerkleCache.storedCount(1), 1)
    XCTAssertEqual(MerkleCache.storedCount(2), 3)
    XCTAssertEqual(MerkleCache.storedCount(3), 4)
    XCTAssertEqual(MerkleCache.storedCount(4), 7)
  }
}
