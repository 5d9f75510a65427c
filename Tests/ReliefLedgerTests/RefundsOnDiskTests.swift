import Foundation
import ReliefLog
import XCTest

@testable import ReliefLedger

/// Appends that read the refunds in force and request ids from the saved projection's base
/// files, a few pages at a time, decide exactly as appends that fold the whole journal.
final class RefundsOnDiskTests: LedgerTestCase {
  /// One ledger appended to by writers as separate processes would be.
  private struct Copy {
    let directory: String
    let lagBytes: Int64
    let rebuildEachTime: Bool
    var journal: Journal { Journal(directory: directory + "/ledger") }
    var location: TrustedLocation {
      TrustedLocation(ledgerDirectory: directory + "/ledger", stateDirectory: directory + "/state")
    }

    func writer() -> LedgerWriter {
      var writer = LedgerWriter(
        journal: journal, nowMillis: { fixedMillis }, signer: TestKeys.adminSigner,
        stateDirectory: directory + "/state")
      writer.projectionSaveLagBytes = lagBytes
      // Tiny limits, so that new base files are written every few batches.
      writer.projectionLimits = BesideBaseLimits(businesses: 1, requestIDs: 3)
      return writer
    }

    /// The appended seqs, or the rejection's texts.
    func append(_ rows: [[String: String]]) -> String {
      if rebuildEachTime, let folder = location.projectionDirectory {
        try? FileManager.default.removeItem(atPath: folder)
      }
      do {
        let result = try writer().append(rows: inputRows(rows), source: "rows.csv")
        return "appended \(result.appended.map(\.seq)) duplicates \(result.duplicates.map(\.seq))"
      } catch .rejected(let issues) {
        return issues.map(\.description).joined(separator: "\n")
      } catch {
        return "failed: \(error)"
      }
    }
  }

  private func copies() throws -> [Copy] {
    let copies = [
      Copy(directory: directory + "/folded", lagBytes: 0, rebuildEachTime: true),
      Copy(directory: directory + "/paged", lagBytes: 0, rebuildEachTime: false),
      Copy(directory: directory + "/lagging", lagBytes: 4 << 20, rebuildEachTime: false),
    ]
    for copy in copies {
      try FileManager.default.createDirectory(
        atPath: copy.directory + "/ledger", withIntermediateDirectories: true)
      try copy.writer().initialize(origin: "test.example/l")
      XCTAssertEqual(
        copy.append([Row.union("prov", name: "江苏省总工会"), Row.program("covid")]),
        "appended [2, 3] duplicates []")
      XCTAssertEqual(copy.append([Row.receipt("prov", "1000000.00")]), "appended [5] duplicates []")
    }
    return copies
  }

  /// A batch of 1–3 rows: refunds of three businesses over random months (many overlap),
  /// reversals of earlier refunds by seq or request id, and repeated request ids.
  private func randomBatch(
    _ random: inout SeededGenerator, number: Int, refunds: [(seq: Int64, id: String)]
  ) -> [[String: String]] {
    (0..<Int.random(in: 1...3, using: &random)).map { row in
      let id = "b\(number)-\(row)"
      if !refunds.isEmpty, Int.random(in: 0..<4, using: &random) == 0 {
        let target = refunds[Int.random(in: 0..<refunds.count, using: &random)]
        return Bool.random(using: &random)
          ? Row.reversal(seq: target.seq, requestID: id) : Row.reversal(request: target.id)
      }
      if number > 2, Int.random(in: 0..<6, using: &random) == 0 {
        return Row.receipt("prov", "1.00", requestID: "b\(number - 2)-0")
      }
      let start = Int.random(in: 1...12, using: &random)
      let end = min(12, start + Int.random(in: 0...3, using: &random))
      let code = [codeA, codeB, codeC][Int.random(in: 0..<3, using: &random)]
      return Row.refund(
        "prov", "\(Int.random(in: 1...90, using: &random)).00", dues: "100.00", code: code,
        period: String(format: "2020-%02d..2020-%02d", start, end), requestID: id)
    }
  }

  func testPagedAndLaggingProjectionsDecideAsAFullFold() throws {
    let copies = try copies()
    var random = SeededGenerator(seed: 17)
    var refunds: [(seq: Int64, id: String)] = []
    var outcomes: Set<String> = []
    for number in 0..<60 {
      let rows = randomBatch(&random, number: number, refunds: refunds)
      let results = copies.map { $0.append(rows) }
      XCTAssertEqual(results[1], results[0], "batch \(number): \(rows)")
      XCTAssertEqual(results[2], results[0], "batch \(number): \(rows)")
      outcomes.insert(String(results[0].prefix(8)))
      // Refunds that were appended, by their seqs in order.
      if results[0].hasPrefix("appended") {
        let seqs = try appendedSeqs(results[0])
        for (row, seq) in zip(rows, seqs) where row["kind"] == "refund" {
          refunds.append((seq, row["request_id"] ?? ""))
        }
      }
    }
    // Both appends and refusals (overlapping periods, reversed twice) were exercised.
    XCTAssertEqual(outcomes, ["appended", "rows.csv"])
    let journals = try copies.map {
      try Data(contentsOf: URL(fileURLWithPath: $0.journal.journalPath))
    }
    XCTAssertEqual(journals[1], journals[0])
    XCTAssertEqual(journals[2], journals[0])
    let full = try LedgerState.load(from: try copies[0].journal.openSnapshot().committedLines)
    for copy in copies {
      let (projection, _) = try ProjectionStore.load(
        try copy.journal.openSnapshot(), location: copy.location)
      XCTAssertEqual(projection.state.businessesRefunded, full.businessesRefunded)
    }
    XCTAssertGreaterThan(full.businessesRefunded, 0)
  }

  private func appendedSeqs(_ result: String) throws -> [Int64] {
    let list = try XCTUnwrap(
      result.split(separator: "[").dropFirst().first?.split(separator: "]").first)
    return list.split(separator: ",").compactMap { Int64($0.trimmingCharacters(in: .whitespaces)) }
  }

  func testADamagedRefundBaseMeansAFoldNotAWrongAnswer() throws {
    try createStandardLedger()
    try append([Row.receipt("prov", "1000.00")])
    try append([
      Row.refund("prov", "20.00", dues: "100.00", code: codeA, period: "2020-01..2020-03"),
      Row.refund("prov", "20.00", dues: "100.00", code: codeB, period: "2020-01..2020-03"),
    ])
    var projection = try ProjectionStore.rebuild(try journal.openSnapshot(), location: location)
    // Written with every refund in its base, then read back with the base on disk.
    XCTAssertTrue(ProjectionStore.save(&projection, location: location))
    let saved = try XCTUnwrap(ProjectionStore.readSaved(projectionDirectory))
    XCTAssertEqual(saved.state.refundsOnDisk?.file?.count, 2)
    XCTAssertEqual(saved.state.refunds.count, 0)
    XCTAssertEqual(saved.state.businessesRefunded, 2)
    let basePath = ProjectionStore.refundsPath(projectionDirectory)
    var base = [UInt8](try Data(contentsOf: URL(fileURLWithPath: basePath)))
    base[4096 + 20] ^= 0x01
    try Data(base).write(to: URL(fileURLWithPath: basePath))
    let issues = rejection([
      Row.refund("prov", "5.00", dues: "100.00", code: codeB, period: "2020-03..2020-04")
    ])
    XCTAssertEqual(
      issues.map(\.description),
      [
        "rows.csv:2: field 'period': business \(codeB) already has a refund for 2020-01..2020-03"
          + " (seq 10), which overlaps 2020-03..2020-04"
      ])
  }
}
