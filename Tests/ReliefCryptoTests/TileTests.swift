import XCTest

@testable import ReliefCrypto

/// Tile paths and hash tiles (c2sp.org/tlog-tiles), checked against the spec's own
/// examples and against RFC 9162's tree hash computed directly from the leaves.
final class TileTests: XCTestCase {
  func testIndexesAreGroupsOfThreeDigitsAllButTheLastPrefixedWithX() {
    // The spec's example: tile index 1234067 is x001/x234/067.
    XCTAssertEqual(TilePath.index(1_234_067), "x001/x234/067")
    XCTAssertEqual(TilePath.index(0), "000")
    XCTAssertEqual(TilePath.index(5), "005")
    XCTAssertEqual(TilePath.index(999), "999")
    XCTAssertEqual(TilePath.index(1000), "x001/000")
    XCTAssertEqual(TilePath.index(1_000_000), "x001/x000/000")
    XCTAssertEqual(
      TilePath.hashTile(level: 0, index: 1_234_067, width: 256), "tile/0/x001/x234/067")
    XCTAssertEqual(TilePath.hashTile(level: 1, index: 0, width: 132), "tile/1/000.p/132")
    XCTAssertEqual(TilePath.entryBundle(index: 132, width: 90), "tile/entries/132.p/90")
    XCTAssertEqual(TilePath.entryBundle(index: 3, width: 256), "tile/entries/003")
  }

  private func leaves(_ count: Int) -> [SHA256Digest] {
    (0..<count).map { MerkleHash.leaf(Array("leaf \($0)".utf8)) }
  }

  /// RFC 9162 section 2.1's MTH, written out here (recursive).
  private func mth(_ d: ArraySlice<SHA256Digest>) -> SHA256Digest {
    if d.isEmpty { return MerkleHash.emptyRoot }
    if d.count == 1 { return d[d.startIndex] }
    var k = 1
    while k * 2 < d.count { k *= 2 }
    return MerkleHash.node(mth(d[d.startIndex..<d.startIndex + k]), mth(d[(d.startIndex + k)...]))
  }

  func testTilesHoldTheTreesNodesEightLevelsApart() {
    let count = 256 * 256 + 300
    let hashes = leaves(count)
    var builder = TileBuilder()
    var full: [HashTile] = []
    for hash in hashes { full += builder.append(leafHash: hash) }
    // 256 full level-0 tiles, then the full level-1 tile they finish.
    XCTAssertEqual(full.filter { $0.level == 0 }.count, 257)
    XCTAssertEqual(full.filter { $0.level == 1 }.map(\.index), [0])
    for tile in full where tile.level == 0 {
      let start = Int(tile.index) * 256
      XCTAssertEqual(tile.hashes, Array(hashes[start..<start + 256]))
    }
    let levelOne = full.first { $0.level == 1 }
    for (k, hash) in (levelOne?.hashes ?? []).enumerated() {
      XCTAssertEqual(hash, mth(hashes[(k * 256)..<(k * 256 + 256)]), "level 1 hash \(k)")
    }
    // Partial tiles: 300 − 256 = 44 leaves, 257 level-0 tiles make one level-1 hash past
    // the full tile, and the first 65,536 leaves one level-2 hash.
    let partial = builder.partialTiles
    XCTAssertEqual(partial.map(\.path), ["tile/0/257.p/44", "tile/1/001.p/1", "tile/2/000.p/1"])
    XCTAssertEqual(partial[0].hashes, Array(hashes[(257 * 256)...]))
    XCTAssertEqual(partial[1].hashes, [mth(hashes[(256 * 256)..<(257 * 256)])])
    XCTAssertEqual(partial[2].hashes, [mth(hashes[0..<(256 * 256)])])
    XCTAssertEqual(partial[0].bytes.count, 44 * 32)
  }

  func testAnEmptyOrTileAlignedTreeHasNoPartialTileAtThatLevel() {
    var builder = TileBuilder()
    XCTAssertEqual(builder.partialTiles, [])
    for hash in leaves(512) { _ = builder.append(leafHash: hash) }
    XCTAssertEqual(builder.partialTiles.map(\.path), ["tile/1/000.p/2"])
  }

  func testBundlesPrefixEachEntryWithItsBigEndianLength() {
    var bundle = EntryBundle()
    XCTAssertTrue(Array("ab".utf8).withUnsafeBytes { bundle.append($0) })
    let long = [UInt8](repeating: 0x41, count: 300)
    XCTAssertTrue(long.withUnsafeBytes { bundle.append($0) })
    XCTAssertEqual(Array(bundle.bytes.prefix(4)), [0x00, 0x02, 0x61, 0x62])
    XCTAssertEqual(Array(bundle.bytes[4..<6]), [0x01, 0x2C])
    XCTAssertEqual(bundle.count, 2)
    let tooLong = [UInt8](repeating: 0, count: 65_536)
    XCTAssertFalse(tooLong.withUnsafeBytes { bundle.append($0) })
    XCTAssertEqual(bundle.count, 2)
  }
}
