import Foundation
import ReliefLog
import XCTest

@testable import ReliefLedger

// MARK: Temporary ledgers

/// A test case with a fresh temporary directory (removed after each test), a ledger
/// directory inside it, and a writer on the fixed clock.
class LedgerTestCase: XCTestCase {
  private(set) var directory = ""

  override func setUpWithError() throws {
    try super.setUpWithError()
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("relief-ledger-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    directory = url.path
  }

  override func tearDownWithError() throws {
    if !directory.isEmpty { try? FileManager.default.removeItem(atPath: directory) }
    try super.tearDownWithError()
  }

  var ledgerDirectory: String { directory + "/ledger" }
  var journal: Journal { Journal(directory: ledgerDirectory) }
  /// The user's state directory, where projections are kept.
  var stateDirectory: String { directory + "/state" }
  /// Where the ledger's projection is kept (the ledger directory must exist).
  var location: TrustedLocation {
    TrustedLocation(ledgerDirectory: ledgerDirectory, stateDirectory: stateDirectory)
  }
  /// The folder of the ledger's projection files.
  var projectionDirectory: String { location.projectionDirectory ?? "" }

  /// How far the saved projection may lag; 0 saves it after every batch, so that the tests
  /// see it current.
  var projectionSaveLagBytes: Int64 = 0

  func writer(nowMillis: Int64 = fixedMillis) -> LedgerWriter {
    var writer = LedgerWriter(
      journal: journal, nowMillis: { nowMillis }, signer: TestKeys.adminSigner,
      stateDirectory: stateDirectory)
    writer.projectionSaveLagBytes = projectionSaveLagBytes
    return writer
  }

  func journalBytes() throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: journal.journalPath)))
  }

  func writeJournal(_ bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: journal.journalPath))
  }

  func appendToJournal(_ bytes: [UInt8]) throws {
    try writeJournal(try journalBytes() + bytes)
  }

  func verify() throws -> VerificationReport {
    try Verifier(journal: journal).verify()
  }

  /// The state folded from the committed journal.
  func loadState() throws -> LedgerState {
    try LedgerState.load(from: try journal.openSnapshot().committedLines)
  }

  /// Appends `fields` as one batch with the writer on the fixed clock.
  @discardableResult
  func append(_ fields: [[String: String]], nowMillis: Int64 = fixedMillis) throws
    -> AppendResult
  {
    try writer(nowMillis: nowMillis).append(rows: inputRows(fields), source: "rows.csv")
  }

  /// The issues an append of `fields` is rejected with (fails if it is not rejected).
  func rejection(
    _ fields: [[String: String]], file: StaticString = #filePath, line: UInt = #line
  ) -> [InputIssue] {
    do {
      let result = try writer().append(rows: inputRows(fields), source: "rows.csv")
      XCTFail("not rejected: \(result)", file: file, line: line)
    } catch .rejected(let issues) {
      return issues
    } catch {
      XCTFail("expected a rejection, got \(error)", file: file, line: line)
    }
    return []
  }

  /// Initializes the ledger and registers unions `prov`, `city` (child of `prov`) and
  /// `town` (child of `city`) and program `covid` in one batch.
  func createStandardLedger() throws {
    try writer().initialize(origin: "test.example/l")
    try append([
      Row.union("prov", name: "江苏省总工会"),
      Row.union("city", name: "南通市总工会", parent: "prov"),
      Row.union("town", parent: "city"),
      Row.program("covid"),
    ])
  }

  /// The builder of a batch after the journal's committed head, for forging lines.
  func forgedBatch(nowMillis: Int64 = fixedMillis) throws -> BatchBuilder {
    BatchBuilder(after: try journal.openSnapshot().committed.head, nowMillis: nowMillis)
  }
}

extension BatchBuilder {
  /// Appends `entry` encoded as the writer would.
  @discardableResult
  mutating func append(_ entry: Entry) -> Int64 {
    appendEntry(kind: entry.kind.rawValue, body: EntryEncoder.body(of: entry))
  }
}
