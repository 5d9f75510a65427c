import Foundation
import XCTest

@testable import ReliefLedger

/// The request-id index: candidates cover every id, across recent ids and the base, and
/// fingerprint collisions keep every seq.
final class RequestIDIndexTests: XCTestCase {
  func testEveryIdIsACandidateBeforeAndAfterMerges() {
    var index = RequestIDIndex()
    let count = 150_000
    for number in 0..<count { index.insert("w\(number)", seq: Int64(number) + 7) }
    // Merged on the way (recent never holds more than the threshold), base sorted.
    XCTAssertGreaterThan(index.baseCount, 0)
    XCTAssertLessThanOrEqual(index.recentCount, 65_536)
    XCTAssertEqual(index.baseCount + index.recentCount, count)
    for number in stride(from: 0, to: count, by: 997) {
      XCTAssertTrue(
        index.candidates("w\(number)")?.contains(Int64(number) + 7) == true, "w\(number)")
    }
    XCTAssertEqual(index.candidates("absent-id"), [])
    index.merge()
    XCTAssertEqual(index.baseCount, count)
    XCTAssertEqual(index.recentCount, 0)
    XCTAssertEqual(index.candidates("w149999"), [150_006])
  }

  func testFingerprintCollisionsKeepEverySeq() {
    var index = RequestIDIndex()
    let fingerprint = RequestIDIndex.fingerprint("same")
    index.insert(fingerprint: fingerprint, seq: 3)
    index.insert(fingerprint: fingerprint, seq: 9)
    XCTAssertEqual(index.candidates("same"), [3, 9])
    index.merge()
    index.insert(fingerprint: fingerprint, seq: 12)
    XCTAssertEqual(index.candidates("same")?.sorted(), [3, 9, 12])
  }

  func testABaseOnDiskIsLookedUpByPagesAndRefusedWhenDamaged() throws {
    var index = RequestIDIndex()
    let count = 3_000
    for number in 0..<count { index.insert("w\(number)", seq: Int64(number)) }
    index.merge()
    let path = NSTemporaryDirectory() + "request-base-\(getpid())"
    defer { unlink(path) }
    let size = RequestIDIndex.recordSizeBytes
    let bytes = PagedRecords.fileBytes(
      index.baseRecordBytes, recordSizeBytes: size, identity: index.baseIdentity)
    // A header page, then 255 records per page.
    XCTAssertEqual(bytes.count, 4096 * (1 + (count + 254) / 255))
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    XCTAssertNil(
      PagedRecordFile(
        path: path, recordSizeBytes: size, count: count, identity: index.baseIdentity &+ 1))
    XCTAssertNil(
      PagedRecordFile(
        path: path, recordSizeBytes: size, count: count - 1, identity: index.baseIdentity))
    let file = try XCTUnwrap(
      PagedRecordFile(path: path, recordSizeBytes: size, count: count, identity: index.baseIdentity)
    )
    var onDisk = RequestIDIndex(baseFile: file)
    XCTAssertFalse(onDisk.isBaseLoaded)
    for number in stride(from: 0, to: count, by: 7) {
      XCTAssertEqual(onDisk.candidates("w\(number)"), [Int64(number)], "w\(number)")
    }
    XCTAssertEqual(onDisk.candidates("absent"), [])
    XCTAssertTrue(onDisk.loadBase())
    XCTAssertTrue(onDisk.isBaseLoaded)
    XCTAssertTrue(onDisk.base == index.base, "the base read back is the one written")
    // One flipped bit in a record page: lookups that read it fail, never answer wrongly.
    var damaged = bytes
    damaged[4096 * 3 + 100] ^= 0x01
    try Data(damaged).write(to: URL(fileURLWithPath: path))
    let broken = RequestIDIndex(
      baseFile: try XCTUnwrap(
        PagedRecordFile(
          path: path, recordSizeBytes: size, count: count, identity: index.baseIdentity)))
    let results = (0..<count).map { broken.candidates("w\($0)") }
    XCTAssertTrue(results.contains { $0 == nil })
    for (number, result) in results.enumerated() where result != nil {
      XCTAssertEqual(result, [Int64(number)])
    }
  }

  func testFingerprintsAreStable() {
    // Saved indexes depend on these values staying the same across versions.
    // Values computed independently (FNV-1a 64 then the MurmurHash3 finalizer, in Python).
    XCTAssertEqual(RequestIDIndex.fingerprint(""), 0xefd0_1f60_ba99_2926)
    XCTAssertEqual(RequestIDIndex.fingerprint("w1"), 0x5709_1b15_1a24_ecfa)
    XCTAssertNotEqual(RequestIDIndex.fingerprint("w1"), RequestIDIndex.fingerprint("w2"))
  }
}

/// Lookups that guess a record's place by its fingerprint find what a scan finds.
final class RequestIDLookupTests: XCTestCase {
  func testLookupsAgreeWithAScanOnBasesOfEverySize() {
    var random = SeededGenerator(seed: 5)
    for count in [0, 1, 2, 17, 18, 100, 5_000] {
      var index = RequestIDIndex()
      var fingerprints: [UInt64] = []
      for seq in 0..<count {
        // Clusters and repeats as well as spread values.
        let fingerprint =
          seq % 7 == 0 && !fingerprints.isEmpty
          ? fingerprints[Int.random(in: 0..<fingerprints.count, using: &random)]
          : (seq % 5 == 0 ? UInt64(seq) : UInt64.random(in: 0...UInt64.max, using: &random))
        fingerprints.append(fingerprint)
        index.insert(fingerprint: fingerprint, seq: Int64(seq))
      }
      index.merge()
      for (seq, fingerprint) in fingerprints.enumerated() {
        let expected = fingerprints.indices.filter { fingerprints[$0] == fingerprint }
        XCTAssertEqual(
          index.candidates(fingerprint: fingerprint)?.sorted(), expected.map(Int64.init),
          "count \(count), seq \(seq)")
      }
      for _ in 0..<200 {
        let absent = UInt64.random(in: 0...UInt64.max, using: &random)
        guard !fingerprints.contains(absent) else { continue }
        XCTAssertEqual(index.candidates(fingerprint: absent), [])
      }
    }
  }
}
