import Foundation
import ReliefCrypto
import XCTest

/// `relief publish`: the ledger as C2SP tlog-tiles, read back by a reader written here from
/// the spec (paths, partial tiles, bundles), incremental and never rewriting a full tile.
final class PublishTilesTests: TrustBoundaryTestCase {
  private var out: String { directory.path("published") }

  private func receipts(_ count: Int, day: Int) -> [String] {
    (1...count).map { "receipt,2022-03-\(String(format: "%02d", day)),city,p,\($0).00,市财政,,," }
  }

  /// What a client of the spec reads: the checkpoint's size and root, every entry from the
  /// bundles, and the level-0 hashes from the tiles (full tiles, then the partial one).
  private struct Published {
    let size: Int
    let root: Data
    let entries: [[UInt8]]
    let levelZero: [[UInt8]]
  }

  private func index(_ n: Int) -> String {
    var groups: [String] = []
    var rest = n
    repeat {
      groups.insert(String(format: "%03d", rest % 1000), at: 0)
      rest /= 1000
    } while rest > 0
    return groups.enumerated().map { $0 < groups.count - 1 ? "x" + $1 : $1 }
      .joined(separator: "/")
  }

  private func file(_ relative: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: out + "/" + relative)))
  }

  private func read() throws -> Published {
    let note = try String(contentsOfFile: out + "/checkpoint", encoding: .utf8)
    let lines = note.split(separator: "\n", omittingEmptySubsequences: false)
    let size = try XCTUnwrap(Int(lines[1]))
    let root = try XCTUnwrap(Data(base64Encoded: String(lines[2])))
    var entries: [[UInt8]] = []
    var hashes: [[UInt8]] = []
    for tile in 0..<((size + 255) / 256) {
      let width = min(256, size - tile * 256)
      let suffix = width == 256 ? "" : ".p/\(width)"
      let bundle = try file("tile/entries/" + index(tile) + suffix)
      var at = 0
      while at < bundle.count {
        let length = Int(bundle[at]) << 8 | Int(bundle[at + 1])
        entries.append(Array(bundle[(at + 2)..<(at + 2 + length)]))
        at += 2 + length
      }
      let tileBytes = try file("tile/0/" + index(tile) + suffix)
      XCTAssertEqual(tileBytes.count, width * 32)
      for k in 0..<width { hashes.append(Array(tileBytes[(k * 32)..<(k * 32 + 32)])) }
    }
    return Published(size: size, root: root, entries: entries, levelZero: hashes)
  }

  /// RFC 9162's MTH over leaf hashes, written out here.
  private func mth(_ d: ArraySlice<SHA256Digest>) -> SHA256Digest {
    if d.count == 1 { return d[d.startIndex] }
    var k = 1
    while k * 2 < d.count { k *= 2 }
    return MerkleHash.node(mth(d[d.startIndex..<d.startIndex + k]), mth(d[(d.startIndex + k)...]))
  }

  private func checkReproduces(_ published: Published) throws {
    let journal = try lines()
    XCTAssertEqual(published.entries.count, published.size)
    XCTAssertEqual(published.entries, Array(journal.prefix(published.size)))
    let leaves = published.entries.map { MerkleHash.leaf($0) }
    XCTAssertEqual(published.levelZero, leaves.map(\.bytes))
    XCTAssertEqual(Data(mth(leaves[...]).bytes), published.root)
  }

  func testAPublishedLogReproducesTheJournalAndTheCheckpointsRoot() throws {
    try makeLedger(ledger, rows: receipts(300, day: 2))
    let refused = try relief(["publish", "--ledger", ledger, "--out", out])
    XCTAssertEqual(refused.status, 4)
    XCTAssertEqual(
      refused.stderr,
      "relief publish: the ledger has no checkpoint yet: run 'relief checkpoint --key "
        + "ADMIN_KEY' first; nothing was published\n")
    XCTAssertFalse(exists(out + "/checkpoint"))
    try succeed(["checkpoint", "--ledger", ledger])
    let first = try succeed(["publish", "--ledger", ledger, "--out", out])
    // 307 lines: a full level-0 tile and bundle, a partial of each (51), a level-1 partial
    // tile holding the full tile's root.
    XCTAssertEqual(try lines().count, 307)
    XCTAssertTrue(
      first.stdout.hasPrefix("published 307 lines to \(out): 5 files written ("), first.stdout)
    let published = try read()
    XCTAssertEqual(published.size, 307)
    try checkReproduces(published)
    XCTAssertTrue(exists(out + "/tile/0/001.p/51"))
    let levelOne = try file("tile/1/000.p/1")
    XCTAssertEqual(
      levelOne, mth(published.entries.prefix(256).map { MerkleHash.leaf($0) }[...]).bytes)
    XCTAssertEqual(
      try file("checkpoint"),
      [UInt8](try Data(contentsOf: URL(fileURLWithPath: ledger + "/checkpoints/latest"))))

    // Incremental: full tiles stay (same inode), grown ones appear beside the old ones.
    let inode = try inodeOf("tile/0/000")
    try makeMore(receipts(300, day: 3))
    try succeed(["checkpoint", "--ledger", ledger])
    let second = try succeed(["publish", "--ledger", ledger, "--out", out])
    XCTAssertTrue(second.stdout.contains("2 already in place"), second.stdout)
    XCTAssertEqual(try inodeOf("tile/0/000"), inode)
    let grown = try read()
    XCTAssertEqual(grown.size, 608)
    try checkReproduces(grown)
    XCTAssertTrue(exists(out + "/tile/1/000.p/2"))
  }

  private func inodeOf(_ relative: String) throws -> UInt64? {
    let attributes = try FileManager.default.attributesOfItem(atPath: out + "/" + relative)
    return (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
  }

  private func makeMore(_ rows: [String]) throws {
    let csv = directory.path("more.csv")
    let header = "kind,date,union,program,amount,counterparty,category,headcount,memo\n"
    try (header + rows.joined(separator: "\n") + "\n").write(
      toFile: csv, atomically: true, encoding: .utf8)
    try succeed(["import", csv, "--ledger", ledger])
  }

  func testAFullTileThatDiffersStopsTheRunAndNothingChanges() throws {
    try makeLedger(ledger, rows: receipts(300, day: 2))
    try succeed(["checkpoint", "--ledger", ledger])
    try succeed(["publish", "--ledger", ledger, "--out", out])
    let checkpoint = try file("checkpoint")
    var tile = try file("tile/entries/000")
    tile[10] ^= 0x01
    try Data(tile).write(to: URL(fileURLWithPath: out + "/tile/entries/000"))
    try makeMore(receipts(10, day: 3))
    try succeed(["checkpoint", "--ledger", ledger])
    let refused = try relief(["publish", "--ledger", ledger, "--out", out])
    XCTAssertEqual(refused.status, 1)
    XCTAssertEqual(
      refused.stderr,
      "relief publish: \(out)/tile/entries/000 is already published and differs from this "
        + "ledger's (its bytes differ): publish into a new directory, or find out who wrote "
        + "it; nothing was changed\n")
    XCTAssertEqual(try file("checkpoint"), checkpoint)
    let names = try FileManager.default.subpathsOfDirectory(atPath: out)
    XCTAssertEqual(names.filter { $0.contains(".tmp-") }, [])
    XCTAssertFalse(exists(out + "/tile/0/001.p/61"))
  }

  func testALineThatWouldExposeAPersonIsNeverPublished() throws {
    try makeLedger(
      ledger,
      rows: [
        "receipt,2022-03-02,city,p,50万,市财政,,,",
        "disbursement,2022-03-03,city,p,500.00,一线职工,consolation,1,慰问困难职工张伟",
      ])
    try succeed(["checkpoint", "--ledger", ledger])
    let refused = try relief(["publish", "--ledger", ledger, "--out", out])
    XCTAssertEqual(refused.status, 4)
    XCTAssertEqual(
      refused.stderr,
      "relief publish: line 8 would expose a person if published (published lines are public "
        + "forever): memo may name a person: '张伟' (后于称谓「职工」); nothing was published\n")
    XCTAssertFalse(exists(out + "/checkpoint"))
    XCTAssertFalse(exists(out + "/tile"))
  }
}
