import XCTest

@testable import ReliefLedger

/// Random ledgers verified with refund periods checked out of core (in runs of a few
/// events, so that they are merged from a file, and in one run in memory) report exactly
/// what the in-memory check reports.
final class VerifierRefundDifferentialTests: RefundOverlapTestCase {
  /// Draws forged batches: refunds over overlapping months of a few businesses, reversals
  /// of some, and now and then a line that breaks another rule or reuses a request id.
  private struct LedgerGenerator {
    var random: SeededGenerator
    let codes: [String]
    /// How often a refund's months are drawn without regard to the refunds in force.
    let overlapChance: Double
    var nextSeq: Int64 = 9
    var refunds: [(seq: Int64, entry: Entry, code: String, period: MonthPeriod)] = []
    var reversed: Set<Int64> = []
    var requestIDs: [String] = []

    init(seed: UInt64) {
      var random = SeededGenerator(seed: seed)
      codes = (0..<Int.random(in: 1...6, using: &random)).map { _ in randomCode(&random) }
      overlapChance = [0, 0.05, 0.3, 1][Int.random(in: 0...3, using: &random)]
      self.random = random
    }

    mutating func batches() -> [[Entry]] {
      (0..<Int.random(in: 3...12, using: &random)).map { _ in
        let entries = (0..<Int.random(in: 1...6, using: &random)).map { _ in entry() }
        nextSeq += 1  // the commit line
        return entries
      }
    }

    private mutating func chance(_ probability: Double) -> Bool {
      Double.random(in: 0..<1, using: &random) < probability
    }

    private mutating func entry() -> Entry {
      var entry: Entry
      let roll = Int.random(in: 0..<400, using: &random)
      switch roll {
      case 0..<200: entry = refund()
      case 200..<260: entry = reversal() ?? refund()
      case 260..<320: entry = Make.receipt("prov", Int64.random(in: 100...3_000, using: &random))
      case 320..<396:
        entry = Make.disbursement("prov", Int64.random(in: 100...2_500, using: &random))
      case 396..<398: entry = Make.receipt("nowhere", 100)
      default: entry = Make.refund("prov", 200, dues: 100, code: codes[0])
      }
      if chance(0.3) {
        let reuse = !requestIDs.isEmpty && chance(0.03)
        let id = reuse ? requestIDs.randomElement(using: &random) ?? "" : "id-\(nextSeq)"
        entry = Entry(date: entry.date, action: entry.action, requestID: id)
        requestIDs.append(id)
        // A reversal repeats the entry it reverses, request id included.
        if case .refund = entry.action, roll < 398, !refunds.isEmpty {
          refunds[refunds.count - 1].entry = entry
        }
      }
      nextSeq += 1
      return entry
    }

    private mutating func refund() -> Entry {
      let code = codes.randomElement(using: &random) ?? codeA
      var months = randomPeriod()
      for _ in 0..<20 where !chance(overlapChance) {
        let taken = refunds.filter { $0.code == code && !reversed.contains($0.seq) }
        guard taken.contains(where: { $0.period.overlaps(months) }) else { break }
        months = randomPeriod()
      }
      // Now and then more than the balance: a refund line that may both overlap and fail
      // the later balance check.
      let amount = Int64.random(in: chance(0.1) ? 3_000...9_000 : 100...900, using: &random)
      let entry = Make.refund("prov", amount, dues: amount, code: code, period: months.description)
      refunds.append((nextSeq, entry, code, months))
      return entry
    }

    private mutating func randomPeriod() -> MonthPeriod {
      let start = Int.random(in: 0..<30, using: &random)
      let end = min(35, start + Int.random(in: 0...3, using: &random))
      func month(_ index: Int) -> YearMonth {
        YearMonth(uncheckedYear: 2018 + index / 12, month: index % 12 + 1)
      }
      return MonthPeriod(start: month(start), end: month(end)) ?? MonthPeriod(month: month(start))
    }

    private mutating func reversal() -> Entry? {
      guard let target = refunds.randomElement(using: &random) else { return nil }
      // Now and then a refund already reversed: a failure of its own.
      guard !reversed.contains(target.seq) || chance(0.1) else { return nil }
      reversed.insert(target.seq)
      return Make.reversal(of: target.seq, target.entry)
    }
  }

  func testRandomLedgersReportTheSameAsTheInMemoryCheck() throws {
    try createStandardLedger()
    try append([Row.receipt("prov", "80.00")])
    let base = try journalBytes()
    var verdicts: [String: Int] = [:]
    for seed in UInt64(1)...250 {
      var generator = LedgerGenerator(seed: seed)
      try writeJournal(base)
      try appendForged(generator.batches(), tornTail: seed % 7 == 0)
      let expected = try verifyInMemory()
      let code = expected.failure?.code ?? expected.verdict.rawValue
      verdicts[code, default: 0] += 1
      for runEvents in [1, 2, 5, 1 << 20] {
        let report = try verify(runSizeBytes: runEvents * MemoryLayout<RefundEvent>.stride)
        assertSameReport(report, expected, "seed \(seed), runs of \(runEvents)")
      }
    }
    // The seeds cover overlaps, valid ledgers and the other failures.
    XCTAssertGreaterThan(verdicts["refund-period-overlaps"] ?? 0, 20, "\(verdicts)")
    XCTAssertGreaterThan(verdicts["valid"] ?? 0, 5, "\(verdicts)")
    XCTAssertGreaterThan(verdicts["balance-would-go-negative"] ?? 0, 5, "\(verdicts)")
    XCTAssertGreaterThan(verdicts["request-id-already-used"] ?? 0, 2, "\(verdicts)")
  }
}
