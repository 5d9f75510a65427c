import Foundation
import ReliefLog
import XCTest

@testable import ReliefLedger

/// A seeded sweep of damage to a ledger of a few thousand entries.
///
/// Flipped bytes (sampled, and every byte of a few lines), deleted, swapped and truncated
/// lines, and forged lines appended. Verification must never say valid; it may say torn tail only when the damage
/// is in the final line (or the file ends inside a batch), and otherwise says invalid.
final class TamperSweepTests: LedgerTestCase {
  /// Batches of receipts and allocations: 2,000 entries after the standard registrations.
  private func buildLedger() throws -> [UInt8] {
    try createStandardLedger()
    for batch in 0..<10 {
      var rows: [[String: String]] = []
      for index in 0..<200 {
        let cents = String(format: "%d.%02d", 1 + (batch * 200 + index) % 97, index % 100)
        rows.append(
          index % 4 == 3
            ? Row.allocation("prov", to: "city", "0.01") : Row.receipt("prov", cents))
      }
      try append(rows)
    }
    return try journalBytes()
  }

  private struct Tally {
    var tried = 0
    var rejected = 0
  }

  /// Verifies `bytes` and checks the verdict: torn tail is allowed only if `finalLine`.
  private func check(
    _ bytes: [UInt8], finalLine: Bool, _ what: String, tally: inout Tally,
    file: StaticString = #filePath, line: UInt = #line
  ) throws {
    try writeJournal(bytes)
    let verdict = try verify().verdict
    tally.tried += 1
    let allowed: [VerificationReport.Verdict] = finalLine ? [.invalid, .tornTail] : [.invalid]
    if allowed.contains(verdict) {
      tally.rejected += 1
    } else {
      XCTFail("\(what): verdict \(verdict)", file: file, line: line)
    }
  }

  /// Start offsets of every line of `bytes`, plus the end.
  private func lineStarts(_ bytes: [UInt8]) -> [Int] {
    [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
  }

  func testFlippedBytesAreAlwaysDetected() throws {
    let original = try buildLedger()
    let starts = lineStarts(original)
    let finalStart = starts[starts.count - 2]
    var random = SeededGenerator(seed: 20_240_601)
    var tally = Tally()
    var offsets: [Int] = []
    // A seeded sample over the whole file, weighted towards the start (cheaper to verify).
    // The long run: RELIEF_TAMPER_SAMPLES=5000 swift test --filter TamperSweepTests.
    let samples = Int(ProcessInfo.processInfo.environment["RELIEF_TAMPER_SAMPLES"] ?? "") ?? 100
    for _ in 0..<samples {
      let bound = Int.random(in: 1...original.count, using: &random)
      offsets.append(Int.random(in: 0..<bound, using: &random))
    }
    // Every byte of an entry line and of a commit line in the first batches.
    offsets += starts[3]..<starts[4]
    offsets += starts[6]..<starts[7]
    // A sample of the final (commit) line.
    offsets += (0..<10).map { _ in Int.random(in: finalStart..<original.count, using: &random) }
    for offset in offsets {
      var bytes = original
      bytes[offset] ^= UInt8.random(in: 1...255, using: &random)
      try check(bytes, finalLine: offset >= finalStart, "flip at \(offset)", tally: &tally)
    }
    XCTAssertEqual(tally.rejected, tally.tried)
    XCTAssertGreaterThan(tally.tried, 550)
  }

  func testDeletedSwappedTruncatedAndForgedLinesAreDetected() throws {
    let original = try buildLedger()
    let lines = splitLines(original)
    var random = SeededGenerator(seed: 7)
    var tally = Tally()
    let last = lines.count - 1
    for _ in 0..<15 {
      let index = Int.random(in: 0...last, using: &random)
      var deleted = lines
      deleted.remove(at: index)
      try check(joinLines(deleted), finalLine: index == last, "delete \(index)", tally: &tally)
      let other = Int.random(in: 0...last, using: &random)
      guard other != index else { continue }
      var swapped = lines
      swapped.swapAt(index, other)
      let touchesFinal = max(index, other) == last
      try check(joinLines(swapped), finalLine: touchesFinal, "swap \(index)", tally: &tally)
    }
    let commitEnds = Set(
      lineStarts(original).enumerated().filter { item in
        item.offset > 0 && text(lines[item.offset - 1]).contains(#""kind":"commit""#)
      }.map(\.element))
    for _ in 0..<15 {
      let size = Int.random(in: 1..<original.count, using: &random)
      if commitEnds.contains(size) { continue }  // a whole-batch cut: see GUARANTEES.md
      try check(Array(original[..<size]), finalLine: true, "truncate \(size)", tally: &tally)
    }
    for forged in forgedLines(after: lines) {
      try check(original + forged, finalLine: true, "forged line", tally: &tally)
    }
    XCTAssertEqual(tally.rejected, tally.tried)
    XCTAssertGreaterThan(tally.tried, 35)
  }

  /// Lines a forger might append: a copy of the last commit, a commit with a wrong
  /// signature, a well-chained commit signed by an unregistered key, and garbage.
  private func forgedLines(after lines: [[UInt8]]) -> [[UInt8]] {
    let lastCommit = lines[lines.count - 1]
    var builder = BatchBuilder(
      after: (try? journal.openSnapshot().committed.head) ?? .empty, nowMillis: fixedMillis)
    builder.append(Make.receipt("prov", 100))
    builder.commitSigned(by: CommitSigner(TestKeys.other))
    var badSignature = Array(builder.bytes.dropLast(3))
    badSignature += Array("A\"}\n".utf8)
    return [
      lastCommit + [0x0A], builder.bytes, badSignature, Array("{\"seq\":1}\n".utf8),
      Array("not json\n".utf8),
    ]
  }
}
