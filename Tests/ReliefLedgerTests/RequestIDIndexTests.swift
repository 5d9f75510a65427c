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
      XCTAssertTrue(index.candidates("w\(number)").contains(Int64(number) + 7), "w\(number)")
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
    XCTAssertEqual(index.candidates("same").sorted(), [3, 9, 12])
  }

  func testABaseWithOtherRecordsIsRefused() {
    var index = RequestIDIndex()
    index.insert("a", seq: 1)
    index.insert("b", seq: 2)
    index.merge()
    let records = index.base
    var unloaded = RequestIDIndex(
      unloadedBaseCount: 2, baseChecksum: index.baseChecksum, recent: [])
    XCTAssertFalse(unloaded.isBaseLoaded)
    XCTAssertFalse(unloaded.loadBase(Array(records.prefix(2))))
    var changed = records
    changed[3] += 1
    XCTAssertFalse(unloaded.loadBase(changed))
    XCTAssertTrue(unloaded.loadBase(records))
    XCTAssertEqual(unloaded.candidates("b"), [2])
  }

  func testFingerprintsAreStable() {
    // Saved indexes depend on these values staying the same across versions.
    // Values computed independently (FNV-1a 64 then the MurmurHash3 finalizer, in Python).
    XCTAssertEqual(RequestIDIndex.fingerprint(""), 0xefd0_1f60_ba99_2926)
    XCTAssertEqual(RequestIDIndex.fingerprint("w1"), 0x5709_1b15_1a24_ecfa)
    XCTAssertNotEqual(RequestIDIndex.fingerprint("w1"), RequestIDIndex.fingerprint("w2"))
  }
}
