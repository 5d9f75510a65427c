import Foundation
import ReliefCrypto
import ReliefLog
import XCTest

@testable import ReliefLedger

/// The projection snapshot beside the journal: saved by appends, used when it matches the
/// journal, folded forward when the journal grew, rebuilt when it does not match.
final class ProjectionTests: LedgerTestCase {
  private var statePath: String { ProjectionStore.statePath(projectionDirectory) }
  private var requestsPath: String { ProjectionStore.requestsPath(projectionDirectory) }

  /// A ledger with registrations, money of every kind, a refund, a reversal and request ids.
  private func buildLedger() throws {
    try createStandardLedger()
    try append([
      Row.receipt("prov", "1000.00", requestID: "r-1"),
      Row.allocation("prov", to: "city", "300.00", requestID: "a-1"),
      Row.refund("city", "20.50", dues: "100.00", requestID: "f-1"),
      Row.subsidy("city", "10.00", headcount: "3", requestID: "s-1"),
    ])
    try append([Row.reversal(request: "s-1", requestID: "x-1")])
  }

  private func load() throws -> (projection: Projection, changed: Bool) {
    try ProjectionStore.load(try journal.openSnapshot(), location: location)
  }

  /// Asserts that `state` holds what a fold of the whole journal holds (request ids aside:
  /// the projection keeps them in its index).
  private func assertMatchesFullFold(
    _ state: LedgerState, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    var folded = try loadState()
    folded.requestIDs = [:]
    assertSameState(state, folded, file: file, line: line)
    XCTAssertEqual(state.keys, folded.keys, "keys", file: file, line: line)
  }

  func testAppendSavesAProjectionThatMatchesAFullFold() throws {
    try buildLedger()
    XCTAssertTrue(FileManager.default.fileExists(atPath: statePath))
    let (projection, changed) = try load()
    XCTAssertFalse(changed)
    XCTAssertEqual(projection.head, try journal.openSnapshot().committed.head)
    XCTAssertEqual(projection.endOffset, Int64(try journalBytes().count))
    XCTAssertEqual(projection.state.totals(union: "prov", program: "covid").balance, fen(70_000))
    let city = projection.state.totals(union: "city", program: "covid")
    XCTAssertEqual(city.balance, fen(27_950))
    XCTAssertEqual(city.refunded, fen(2_050))
    XCTAssertEqual(city.subsidized, fen(0))
    XCTAssertEqual(city.beneficiaries[.person], 0)
    XCTAssertEqual(projection.state.reversedBy, [10: 12])
    XCTAssertEqual(projection.state.entryCount, 10)
    XCTAssertEqual(projection.state.refunds[code(codeA)]?.map(\.seq), [9])
    XCTAssertEqual(try loadState().requestIDs.count, 5)
    XCTAssertEqual(projection.requests.recentCount, 5)
    try assertMatchesFullFold(projection.state)
    // The Merkle frontier that the appends kept is the tree of every journal line.
    let lines = try journalBytes().split(separator: 0x0A)
    XCTAssertEqual(projection.frontier.size, 14)
    XCTAssertEqual(lines.count, 14)
    XCTAssertEqual(
      projection.frontier.root,
      MerkleTree(leafHashes: lines.map { MerkleHash.leaf(Array($0)) }).root)
  }

  func testAnOlderProjectionIsFoldedForward() throws {
    try buildLedger()
    let older = try Data(contentsOf: URL(fileURLWithPath: statePath))
    try append([Row.receipt("town", "5.00", requestID: "r-2")])
    try older.write(to: URL(fileURLWithPath: statePath))
    let (projection, changed) = try load()
    XCTAssertTrue(changed)
    XCTAssertEqual(projection.state.totals(union: "town", program: "covid").balance, fen(500))
    XCTAssertEqual(projection.head, try journal.openSnapshot().committed.head)
    try assertMatchesFullFold(projection.state)
    // The folded-forward index still knows the new id: re-importing it is a duplicate.
    try older.write(to: URL(fileURLWithPath: statePath))
    let again = try append([Row.receipt("town", "5.00", requestID: "r-2")])
    XCTAssertEqual(again.appended.count, 0)
    XCTAssertEqual(again.duplicates.map(\.seq), [14])
  }

  func testAProjectionOfAnotherJournalIsRebuilt() throws {
    try buildLedger()
    let foreign = try Data(contentsOf: URL(fileURLWithPath: statePath))
    // Rewrite the journal with different history of the same shape and length.
    let original = try journalBytes()
    try FileManager.default.removeItem(atPath: journal.journalPath)
    try createStandardLedger()
    try append([Row.receipt("prov", "9000.00", requestID: "r-1")])
    XCTAssertNotEqual(try journalBytes(), original)
    try foreign.write(to: URL(fileURLWithPath: statePath))
    let (projection, changed) = try load()
    XCTAssertTrue(changed)
    XCTAssertEqual(projection.state.totals(union: "prov", program: "covid").balance, fen(900_000))
    try assertMatchesFullFold(projection.state)
  }

  func testADamagedProjectionIsRebuilt() throws {
    try buildLedger()
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: statePath)))
    for position in [0, 9, bytes.count / 2, bytes.count - 1] {
      var damaged = bytes
      damaged[position] ^= 0x01
      try Data(damaged).write(to: URL(fileURLWithPath: statePath))
      let (projection, changed) = try load()
      XCTAssertTrue(changed, "byte \(position)")
      try assertMatchesFullFold(projection.state)
    }
    bytes.removeLast(40)
    try Data(bytes).write(to: URL(fileURLWithPath: statePath))
    XCTAssertTrue(try load().changed)
  }

  func testADamagedRulesFileIsRebuiltButReportsDoNotNeedIt() throws {
    try buildLedger()
    let rulesPath = ProjectionStore.rulesPath(projectionDirectory)
    var rules = [UInt8](try Data(contentsOf: URL(fileURLWithPath: rulesPath)))
    rules[rules.count / 2] ^= 0x04
    try Data(rules).write(to: URL(fileURLWithPath: rulesPath))
    let (forReading, readingChanged) = try ProjectionStore.load(
      try journal.openSnapshot(), location: location, forReading: true)
    XCTAssertFalse(readingChanged)
    XCTAssertEqual(forReading.state.totals(union: "prov", program: "covid").balance, fen(70_000))
    let (projection, changed) = try load()
    XCTAssertTrue(changed)
    XCTAssertNil(projection.savedEndOffset)
    try assertMatchesFullFold(projection.state)
    XCTAssertEqual(projection.state.refunds[code(codeA)]?.map(\.seq), [9])
  }

  func testReportsSaveTheProjectionTheyFold() throws {
    try buildLedger()
    try FileManager.default.removeItem(atPath: statePath)
    let view = try LedgerView.load(journal, stateDirectory: stateDirectory)
    XCTAssertEqual(view.state.totals(union: "prov", program: "covid").balance, fen(70_000))
    XCTAssertTrue(FileManager.default.fileExists(atPath: statePath))
    XCTAssertFalse(try load().changed)
  }

  func testDuplicatesAreFoundWhenTheRequestBaseIsMissingOrDamaged() throws {
    try buildLedger()
    var projection = try load().projection
    // Move every id into the base file, then break it in two ways.
    XCTAssertTrue(projection.requests.loadBase())
    projection.requests.merge()
    XCTAssertTrue(ProjectionStore.save(&projection, location: location))
    XCTAssertEqual(projection.requests.baseCount, 5)
    var base = [UInt8](try Data(contentsOf: URL(fileURLWithPath: requestsPath)))
    base[base.count - 3] ^= 0x40
    try Data(base).write(to: URL(fileURLWithPath: requestsPath))
    let first = try append([Row.receipt("prov", "1000.00", requestID: "r-1")])
    XCTAssertEqual(first.duplicates.map(\.seq), [7])
    try FileManager.default.removeItem(atPath: requestsPath)
    let issues = rejection([Row.receipt("prov", "1.00", requestID: "f-1")])
    XCTAssertEqual(
      issues.map(\.description),
      ["rows.csv:2: field 'request_id': 'f-1' is already used by seq 9 for a different entry"])
  }

  func testLineLocatorFindsEveryLine() throws {
    try buildLedger()
    let lines = splitLines(try journalBytes())
    let snapshot = try journal.openSnapshot()
    let locator = LineLocator(file: snapshot.file, endOffset: snapshot.committed.endOffset)
    var offset: Int64 = 0
    for (seq, line) in lines.enumerated() {
      let found = try locator.line(seq: Int64(seq))
      XCTAssertEqual(found?.bytes, line, "seq \(seq)")
      XCTAssertEqual(found?.offset, offset, "seq \(seq)")
      offset += Int64(line.count + 1)
      XCTAssertEqual(try locator.line(endingAt: offset), line, "line ending at \(offset)")
    }
    XCTAssertNil(try locator.line(seq: Int64(lines.count)))
    XCTAssertNil(try locator.line(seq: -1))
    XCTAssertNil(try locator.line(endingAt: 5))
  }

  func testLineLocatorSearchesALargeJournal() throws {
    try createStandardLedger()
    let memo = String(repeating: "备注", count: 150)
    try append((1...400).map { Row.receipt("prov", "\($0).00", memo: "\(memo)\($0)") })
    let lines = splitLines(try journalBytes())
    XCTAssertGreaterThan(lines.count * 400, 100_000)
    let snapshot = try journal.openSnapshot()
    let locator = LineLocator(file: snapshot.file, endOffset: snapshot.committed.endOffset)
    for seq in [0, 1, 6, 7, 100, 203, 204, 350, 406, 407] {
      XCTAssertEqual(try locator.line(seq: Int64(seq))?.bytes, lines[seq], "seq \(seq)")
    }
    XCTAssertEqual(LineLocator.seqPrefix(lines[407]), 407)
    XCTAssertNil(try locator.line(seq: 408))
    let fetched = try LineFetcher.fetch([7, 300, 407], from: snapshot)
    XCTAssertEqual(fetched.keys.sorted(), [7, 300])
    XCTAssertEqual(fetched[300]?.memo, "\(memo)294")
  }

  func testAProjectionWithALargeRequestBaseIsReadBack() throws {
    try createStandardLedger()
    try append((1...64).map { Row.receipt("prov", "\($0).00", requestID: "id-\($0)") })
    var projection = try load().projection
    XCTAssertTrue(projection.requests.loadBase())
    projection.requests.merge()
    XCTAssertTrue(ProjectionStore.save(&projection, location: location))
    // The base's 64 records are more than the bytes left in the state file after its count.
    let (again, changed) = try load()
    XCTAssertFalse(changed)
    XCTAssertEqual(again.requests.baseCount, 64)
    let duplicate = try append([Row.receipt("prov", "64.00", requestID: "id-64")])
    XCTAssertEqual(duplicate.duplicates.map(\.seq), [70])
  }

  func testSmallAppendsLeaveTheSavedProjectionBehindUpToTheLag() throws {
    try createStandardLedger()
    projectionSaveLagBytes = 4 << 20
    let saved = try load().projection.endOffset
    try append([Row.receipt("prov", "1.00")])
    try append([Row.receipt("prov", "2.00")])
    // Not saved: the next load folds the two batches forward, to the same state.
    let (projection, changed) = try load()
    XCTAssertTrue(changed)
    XCTAssertEqual(projection.savedEndOffset, saved)
    XCTAssertEqual(projection.state.totals(union: "prov", program: "covid").balance, fen(300))
    try assertMatchesFullFold(projection.state)
    projectionSaveLagBytes = 100
    try append([Row.receipt("prov", "3.00")])
    XCTAssertFalse(try load().changed)
  }

  func testReportsSkipTheRefundsAndNeverSaveWithoutThem() throws {
    try buildLedger()
    let snapshot = try journal.openSnapshot()
    var (projection, changed) = try ProjectionStore.load(
      snapshot, location: location, forReading: true)
    XCTAssertFalse(changed)
    XCTAssertTrue(projection.state.refunds.isEmpty)
    XCTAssertEqual(projection.state.businessesRefunded, 1)
    XCTAssertEqual(projection.state.totals(union: "city", program: "covid").refunded, fen(2_050))
    XCTAssertFalse(ProjectionStore.save(&projection, location: location))
    // A writer still gets the refunds: an overlapping refund is refused.
    let issues = rejection([Row.refund("town", "1.00", dues: "5.00")])
    XCTAssertEqual(issues.map(\.field), ["period"])
    // With lines to fold, reports load the refunds too (and may then save).
    let older = try Data(contentsOf: URL(fileURLWithPath: statePath))
    try append([Row.receipt("prov", "1.00")])
    try older.write(to: URL(fileURLWithPath: statePath))
    let folded = try ProjectionStore.load(
      try journal.openSnapshot(), location: location, forReading: true)
    XCTAssertTrue(folded.changed)
    XCTAssertEqual(folded.projection.state.refunds[code(codeA)]?.map(\.seq), [9])
  }

  func testAWriterKeepsItsProjectionBetweenBatches() throws {
    try createStandardLedger()
    var writer = writer()
    writer.projectionSaveLagBytes = 4 << 20
    _ = try writer.append(rows: inputRows([Row.receipt("prov", "1.00")]), source: "a.csv")
    try FileManager.default.removeItem(atPath: statePath)
    // The same writer needs no saved projection (none is rebuilt, so none is written).
    _ = try writer.append(rows: inputRows([Row.receipt("prov", "2.00")]), source: "b.csv")
    XCTAssertFalse(FileManager.default.fileExists(atPath: statePath))
    // Another writer's batch in between is folded into the kept projection.
    try append([Row.receipt("prov", "4.00")])
    try FileManager.default.removeItem(atPath: statePath)
    _ = try writer.append(rows: inputRows([Row.receipt("prov", "8.00")]), source: "c.csv")
    XCTAssertFalse(FileManager.default.fileExists(atPath: statePath))
    let (projection, _) = try load()
    XCTAssertEqual(projection.state.totals(union: "prov", program: "covid").balance, fen(1_500))
    try assertMatchesFullFold(projection.state)
    // A rejected batch leaves nothing half-applied in the kept projection.
    XCTAssertThrowsError(
      try writer.append(
        rows: inputRows([Row.receipt("prov", "16.00"), Row.receipt("nowhere", "1.00")]),
        source: "d.csv"))
    _ = try writer.append(rows: inputRows([Row.receipt("prov", "32.00")]), source: "e.csv")
    XCTAssertEqual(try loadState().totals(union: "prov", program: "covid").balance, fen(4_700))
    XCTAssertEqual(
      try load().projection.state.totals(union: "prov", program: "covid").balance, fen(4_700))
  }

  func testReportsReadBackAProjectionWithManyBusinessesRefunded() throws {
    try createStandardLedger()
    try append([Row.receipt("prov", "1000.00")])
    let codes = (100..<160).map { number -> String in
      let first17 = "91320600MA1MX0\(number)"
      return first17 + String(UnifiedSocialCreditCode.checkCharacter(forFirst17: first17) ?? "?")
    }
    try append(codes.map { Row.refund("prov", "1.00", dues: "5.00", code: $0) })
    // More businesses than bytes after their count in the state file: still read back.
    let (projection, changed) = try ProjectionStore.load(
      try journal.openSnapshot(), location: location, forReading: true)
    XCTAssertFalse(changed)
    XCTAssertEqual(projection.state.businessesRefunded, 60)
    XCTAssertEqual(projection.state.totals(union: "prov", program: "covid").refunded, fen(6_000))
  }
}
