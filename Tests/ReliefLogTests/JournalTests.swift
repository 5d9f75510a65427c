import Foundation
import XCTest

@testable import ReliefLog

final class JournalTests: TemporaryDirectoryTestCase {
  private struct BuildFailure: Error, Equatable {}

  private var ledger: String { directory + "/ledger" }
  private var journal: Journal { Journal(directory: ledger) }

  /// Creates a ledger whose first batch has `count` entries; returns the batch.
  @discardableResult
  private func createLedger(count: Int = 2) throws -> BatchBuilder {
    let batch = noteBatch(after: .empty, count: count)
    try journal.create(firstBatch: batch.bytes)
    return batch
  }

  private func journalBytes() throws -> [UInt8] { try readFile(journal.journalPath) }

  // MARK: create

  func testCreateMakesDirectoryAndWritesFirstBatch() throws {
    let batch = try createLedger()
    XCTAssertEqual(journal.journalPath, ledger + "/journal.jsonl")
    XCTAssertEqual(try journalBytes(), batch.bytes)
    let snapshot = try journal.openSnapshot()
    XCTAssertEqual(snapshot.sizeBytes, Int64(batch.bytes.count))
    XCTAssertEqual(snapshot.committed.endOffset, Int64(batch.bytes.count))
    XCTAssertEqual(snapshot.committed.head, batch.head)
    XCTAssertFalse(snapshot.hasTornTail)
  }

  func testCreateRefusesExistingLedger() throws {
    let batch = try createLedger()
    let other = noteBatch(after: .empty, count: 1)
    XCTAssertThrowsError(try journal.create(firstBatch: other.bytes)) { error in
      XCTAssertEqual(error as? JournalError, .ledgerAlreadyExists(directory: ledger))
    }
    XCTAssertEqual(try journalBytes(), batch.bytes)
  }

  func testCreateRefusesExistingEmptyJournalFile() throws {
    try FileManager.default.createDirectory(atPath: ledger, withIntermediateDirectories: true)
    try writeFile("ledger/journal.jsonl", [])
    XCTAssertThrowsError(try journal.create(firstBatch: utf8("x\n"))) { error in
      XCTAssertEqual(error as? JournalError, .ledgerAlreadyExists(directory: ledger))
    }
    XCTAssertEqual(try journalBytes(), [])
  }

  func testOpeningMissingLedgerFails() {
    XCTAssertThrowsError(try journal.openSnapshot()) { error in
      XCTAssertEqual(error as? JournalError, .ledgerNotFound(directory: ledger))
    }
    XCTAssertThrowsError(try journal.append { _ in ([UInt8](), 0) }) { error in
      XCTAssertEqual(error as? JournalError, .ledgerNotFound(directory: ledger))
    }
  }

  // MARK: append

  func testAppendWritesExactlyTheBuiltBytes() throws {
    let first = try createLedger()
    var seen: CommittedHead?
    let second = try journal.append { snapshot in
      seen = snapshot.committed
      let batch = noteBatch(after: snapshot.committed.head, count: 3, nowMillis: fixedMillis + 9)
      return (batch.bytes, batch)
    }
    XCTAssertEqual(seen, CommittedHead(endOffset: Int64(first.bytes.count), head: first.head))
    XCTAssertEqual(try journalBytes(), first.bytes + second.bytes)
    let snapshot = try journal.openSnapshot()
    XCTAssertEqual(snapshot.sizeBytes, Int64(first.bytes.count + second.bytes.count))
    XCTAssertEqual(snapshot.committed.endOffset, snapshot.sizeBytes)
    XCTAssertEqual(snapshot.committed.head, second.head)
    var lineCount = 0
    XCTAssertNil(try snapshot.committedLines.forEachLine { _, _, _ in lineCount += 1 })
    XCTAssertEqual(lineCount, 3 + 4)
  }

  func testOlderSnapshotDoesNotSeeLaterAppend() throws {
    let first = try createLedger()
    let old = try journal.openSnapshot()
    try journal.append { snapshot in
      let batch = noteBatch(after: snapshot.committed.head, count: 1)
      return (batch.bytes, ())
    }
    XCTAssertEqual(old.sizeBytes, Int64(first.bytes.count))
    var lines: [[UInt8]] = []
    XCTAssertNil(try old.allLines.forEachLine { line, _, _ in lines.append(Array(line)) })
    XCTAssertEqual(lines.count, 3)
  }

  func testAppendRefusesTornTail() throws {
    let first = try createLedger()
    let torn = noteBatch(after: first.head, count: 2, commit: false)
    try appendToFile(journal.journalPath, torn.bytes)
    var called = false
    XCTAssertThrowsError(
      try journal.append { snapshot -> ([UInt8], Void) in
        called = true
        return (noteBatch(after: snapshot.committed.head, count: 1).bytes, ())
      }
    ) { error in
      XCTAssertEqual(
        error as? JournalError,
        .tornTail(
          directory: ledger, committedSizeBytes: Int64(first.bytes.count),
          sizeBytes: Int64(first.bytes.count + torn.bytes.count)))
    }
    XCTAssertFalse(called)
    XCTAssertEqual(try journalBytes(), first.bytes + torn.bytes)
  }

  func testAppendRefusesCutLineAtEnd() throws {
    let first = try createLedger()
    try appendToFile(journal.journalPath, utf8(#"{"seq":3,"pr"#))
    XCTAssertThrowsError(try journal.append { _ in ([UInt8](), ()) }) { error in
      XCTAssertEqual(
        error as? JournalError,
        .tornTail(
          directory: ledger, committedSizeBytes: Int64(first.bytes.count),
          sizeBytes: Int64(first.bytes.count + 12)))
    }
  }

  func testThrowingBuildWritesNothing() throws {
    try createLedger()
    let before = try journalBytes()
    XCTAssertThrowsError(try journal.append { _ -> ([UInt8], Void) in throw BuildFailure() }) {
      error in XCTAssertEqual(error as? BuildFailure, BuildFailure())
    }
    XCTAssertEqual(try journalBytes(), before)
  }

  func testEmptyBuildWritesNothingAndReturnsResult() throws {
    try createLedger()
    let before = try journalBytes()
    let result = try journal.append { _ in ([UInt8](), "nothing to do") }
    XCTAssertEqual(result, "nothing to do")
    XCTAssertEqual(try journalBytes(), before)
  }

  // MARK: cutTail

  func testCutTailSavesCutBytesAndTruncates() throws {
    let first = try createLedger()
    let torn = noteBatch(after: first.head, count: 2, commit: false).bytes + utf8(#"{"seq":5"#)
    try appendToFile(journal.journalPath, torn)
    let snapshot = try journal.openSnapshot()
    XCTAssertTrue(snapshot.hasTornTail)
    let sidePath = try journal.cutTail(
      committedSizeBytes: snapshot.committed.endOffset, sizeBytes: snapshot.sizeBytes,
      nowMillis: fixedMillis)
    XCTAssertEqual(sidePath, ledger + "/torn/journal-from-seq-3-1590969600000.bin")
    XCTAssertEqual(try readFile(sidePath), torn)
    XCTAssertEqual(try journalBytes(), first.bytes)
    XCTAssertFalse(try journal.openSnapshot().hasTornTail)
  }

  func testCutTailRefusesWhenSizeChanged() throws {
    let first = try createLedger()
    let torn = noteBatch(after: first.head, count: 1, commit: false).bytes
    try appendToFile(journal.journalPath, torn)
    let snapshot = try journal.openSnapshot()
    try appendToFile(journal.journalPath, utf8("more"))
    XCTAssertThrowsError(
      try journal.cutTail(
        committedSizeBytes: snapshot.committed.endOffset, sizeBytes: snapshot.sizeBytes,
        nowMillis: fixedMillis)
    ) { error in
      XCTAssertEqual(error as? JournalError, .tailChanged(directory: ledger))
    }
    XCTAssertEqual(try journalBytes(), first.bytes + torn + utf8("more"))
    XCTAssertFalse(FileManager.default.fileExists(atPath: journal.tornDirectory))
  }

  func testCutTailRefusesWhenCommittedEndDiffers() throws {
    let first = try createLedger()
    try appendToFile(journal.journalPath, utf8("torn"))
    let size = Int64(first.bytes.count + 4)
    XCTAssertThrowsError(
      try journal.cutTail(committedSizeBytes: 10, sizeBytes: size, nowMillis: fixedMillis)
    ) { error in
      XCTAssertEqual(error as? JournalError, .tailChanged(directory: ledger))
    }
    XCTAssertEqual(try journalBytes().count, Int(size))
  }

  func testCutTailRefusesWithoutTornTail() throws {
    let first = try createLedger()
    let size = Int64(first.bytes.count)
    XCTAssertThrowsError(
      try journal.cutTail(committedSizeBytes: size, sizeBytes: size, nowMillis: fixedMillis)
    ) { error in
      XCTAssertEqual(error as? JournalError, .tailChanged(directory: ledger))
    }
    XCTAssertEqual(try journalBytes(), first.bytes)
  }

  // MARK: locking

  /// Opens the journal separately and holds a `flock` on it until the returned closure runs.
  private func holdLock(exclusive: Bool) throws -> () -> Void {
    let descriptor = open(journal.journalPath, O_RDONLY)
    XCTAssertGreaterThanOrEqual(descriptor, 0)
    XCTAssertEqual(flock(descriptor, exclusive ? LOCK_EX : LOCK_SH), 0)
    return {
      _ = flock(descriptor, LOCK_UN)
      _ = close(descriptor)
    }
  }

  func testAppendTimesOutWhileAnotherHoldsTheLock() throws {
    try createLedger()
    let before = try journalBytes()
    let release = try holdLock(exclusive: true)
    defer { release() }
    var journal = self.journal
    journal.lockTimeoutMillis = 200
    var called = false
    let started = Date()
    XCTAssertThrowsError(
      try journal.append { _ -> ([UInt8], Void) in
        called = true
        return ([], ())
      }
    ) { error in
      guard case .lockTimeout(let path, let waited) = error as? JournalError else {
        return XCTFail("expected lockTimeout, got \(error)")
      }
      XCTAssertEqual(path, journal.journalPath)
      XCTAssertGreaterThanOrEqual(waited, 200)
      XCTAssertLessThan(waited, 2000)
    }
    // The lock loop reads a millisecond clock, so the wall time it waited may fall short of
    // 200 ms by up to one millisecond of truncation at each end.
    XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(started), 0.198)
    XCTAssertFalse(called)
    XCTAssertEqual(try journalBytes(), before)
  }

  func testSnapshotTimesOutWhileWriterHoldsTheLock() throws {
    try createLedger()
    let release = try holdLock(exclusive: true)
    defer { release() }
    var journal = self.journal
    journal.lockTimeoutMillis = 200
    XCTAssertThrowsError(try journal.openSnapshot()) { error in
      guard case .lockTimeout = error as? JournalError else {
        return XCTFail("expected lockTimeout, got \(error)")
      }
    }
  }

  func testReadersShareTheLockButWritersWait() throws {
    try createLedger()
    let release = try holdLock(exclusive: false)
    defer { release() }
    var journal = self.journal
    journal.lockTimeoutMillis = 200
    XCTAssertNoThrow(try journal.openSnapshot())
    XCTAssertThrowsError(try journal.append { _ in ([UInt8](), ()) }) { error in
      guard case .lockTimeout = error as? JournalError else {
        return XCTFail("expected lockTimeout, got \(error)")
      }
    }
  }

  func testAppendSucceedsOnceTheLockIsReleased() throws {
    let first = try createLedger()
    let release = try holdLock(exclusive: true)
    release()
    let second = try journal.append { snapshot in
      let batch = noteBatch(after: snapshot.committed.head, count: 1)
      return (batch.bytes, batch.bytes)
    }
    XCTAssertEqual(try journalBytes(), first.bytes + second)
  }
}
