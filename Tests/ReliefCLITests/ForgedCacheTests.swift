import Foundation
import ReliefCrypto
import ReliefLog
import XCTest

/// Issue 12, attack 1: a node cache forged by someone who can write the ledger directory
/// (but holds no key) must never make the administrator sign, the auditor cosign, or a
/// receipt check out for a line that is not in the journal.
final class ForgedCacheTests: TrustBoundaryTestCase {
  private var forged: String { directory.path("forged") }

  private static let genuineRows = [
    "receipt,2022-03-02,city,p,50万,市财政,,,",
    "receipt,2022-03-03,city,p,50万,市财政,,,",
  ]
  /// The same number of lines, holding a 5,000,000.00 disbursement never in the ledger.
  private static let forgedRows = [
    "receipt,2022-03-02,city,p,500万,市财政,,,",
    "disbursement,2022-03-03,city,p,5000000.00,一线职工,consolation,1,fabricated",
  ]

  /// Writes into the ledger's `merkle.cache` the nodes of the forged journal, under a
  /// header naming the genuine journal's end and last line (as a forger would).
  private func forgeCache() throws {
    let cachePath = ledger + "/merkle.cache"
    do {
      let cache = try MerkleCache(path: cachePath)
      try cache.sync(try Journal(directory: forged).openSnapshot())
    }
    let genuine = try journalBytes()
    let lastLine = try XCTUnwrap(try lines().last)
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: cachePath)))
    let end = UInt64(genuine.count).bigEndian
    withUnsafeBytes(of: end) { bytes.replaceSubrange(16..<24, with: $0) }
    bytes.replaceSubrange(24..<56, with: SHA256.hash(lastLine).bytes)
    try Data(bytes).write(to: URL(fileURLWithPath: cachePath))
  }

  func testAForgedNodeCacheNeverDecidesWhatIsSignedCosignedOrProved() throws {
    try makeLedger(ledger, rows: Self.genuineRows)
    try makeLedger(forged, rows: Self.forgedRows, as: "forger")
    XCTAssertEqual(try lines().count, 9)
    XCTAssertEqual(try lines(forged + "/journal.jsonl").count, 9)
    try forgeCache()
    let genuineRoot = Base64.encode(try genuineRoot().bytes)
    XCTAssertNotEqual(
      genuineRoot, Base64.encode(try self.genuineRoot(forged + "/journal.jsonl").bytes))

    // The administrator signs the root of the verified lines, not the cache's.
    let signed = try succeed(["checkpoint", "--ledger", ledger])
    XCTAssertEqual(rootLine(signed.stdout), genuineRoot)
    // The auditor cosigns that same root.
    let auditorKey = directory.path("auditor.key")
    try succeed(["keys", "generate", "--name", "tb-auditor", "--out", auditorKey])
    let cosigned = try succeed(
      ["checkpoint", "cosign", "--key", auditorKey, "--ledger", ledger], as: "auditor")
    XCTAssertEqual(rootLine(cosigned.stdout), genuineRoot)

    // A receipt of the fabricated line, against the genuine checkpoint, does not check out.
    try succeed(["checkpoint", "--ledger", forged], as: "forger")
    let forgedReceipt = try succeed(["prove", "7", "--ledger", forged], as: "forger").stdout
    XCTAssertTrue(forgedReceipt.contains("5000000"), forgedReceipt)
    let proofPart = try XCTUnwrap(forgedReceipt.range(of: "\n\n"))
    let fake = String(forgedReceipt[..<proofPart.lowerBound]) + "\n\n" + cosigned.stdout
    let fakePath = directory.path("fake-receipt.txt")
    try fake.write(toFile: fakePath, atomically: true, encoding: .utf8)
    let checked = try relief(["check-proof", fakePath, "--key", verifierKey])
    XCTAssertEqual(checked.status, 1, checked.stdout + checked.stderr)

    // Receipts of genuine lines still check out (the cache was rebuilt from the journal).
    for seq in 0..<9 {
      let receipt = try succeed(["prove", String(seq), "--ledger", ledger]).stdout
      let path = directory.path("receipt-\(seq).txt")
      try receipt.write(toFile: path, atomically: true, encoding: .utf8)
      try succeed(["check-proof", path, "--key", verifierKey])
    }
  }

  func testEveryForgedNodeOfTheCacheIsCaughtBeforeItIsUsed() throws {
    try makeLedger(ledger, rows: Self.genuineRows)
    try succeed(["checkpoint", "--ledger", ledger])
    let cachePath = ledger + "/merkle.cache"
    let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: cachePath)))
    let nodeCount = (original.count - 64) / 32
    XCTAssertEqual(nodeCount, Int(MerkleCache.storedCount(9)))
    let latest = try String(contentsOfFile: ledger + "/checkpoints/latest", encoding: .utf8)
    for node in 0..<nodeCount {
      var bytes = original
      bytes[64 + 32 * node] ^= 0x01
      try Data(bytes).write(to: URL(fileURLWithPath: cachePath))
      for seq in [0, 4, 8] {
        let proved = try succeed(["prove", String(seq), "--ledger", ledger])
        let path = directory.path("receipt.txt")
        try proved.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        let checked = try relief(["check-proof", path, "--key", verifierKey])
        XCTAssertEqual(checked.status, 0, "node \(node), seq \(seq): \(checked.stderr)")
      }
      XCTAssertEqual(
        try String(contentsOfFile: ledger + "/checkpoints/latest", encoding: .utf8), latest)
    }
  }
}
