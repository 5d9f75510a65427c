import ReliefLog
import XCTest

@testable import ReliefLedger

/// A large sheet mapped in two halves at once gives what one pass over it gives.
final class ImportRowMappingPerfTests: XCTestCase {
  private let today = day("2023-01-01")

  /// Rows of every money kind, some with problems, some paying a person, in both halves.
  private func sheet(rowCount: Int) -> [InputRow] {
    var random = SeededRandom(seed: 37)
    let fields: [[String: String]] = (0..<rowCount).map { number in
      switch random.next(below: 9) {
      case 0: return Row.receipt("a", "\(number + 1).5", requestID: "r\(number)")
      case 1: return Row.refund("a", "12.00", dues: "20", requestID: "f\(number)")
      case 2: return Row.subsidy("a", "1,234.50", headcount: "3")
      case 3: return Row.disbursement("a", "-5", requestID: "d\(number)")
      case 4: return Row.reversal(seq: Int64(number % 7), requestID: "v\(number)")
      case 5: return ["kind": "refund", "date": "2022-02-30", "amount": "x"]
      case 6:
        var row = Row.disbursement("a", "80")
        row["person_name"] = "张三"
        row["person_id"] = "110101199003074514"
        return row
      case 7: return Row.receipt("a", "3", counterparty: "电话13812345678")
      default: return ["kind": "nonsense"]
      }
    }
    return inputRows(fields)
  }

  func testHalvesJoinedAreOnePass() {
    let rows = sheet(rowCount: 3 * RowMapping.rowsPerPartMin + 17)
    let joined = RowMapping.map(rows, source: "s.csv", today: today)
    let onePass = RowMapping.map(rows[...], source: "s.csv", today: today)
    XCTAssertEqual(joined.issues, onePass.issues)
    XCTAssertFalse(joined.issues.isEmpty)
    XCTAssertEqual(joined.drafts.map(\.row), onePass.drafts.map(\.row))
    // A payee's commitment is salted afresh each time a row is mapped: compare the rest.
    let unsalted = { (drafts: [(row: InputRow, draft: EntryDraft)]) in
      drafts.map { pair -> EntryDraft in
        guard case .entry(let entry) = pair.draft, let payee = entry.action.payee else {
          return pair.draft
        }
        return .entry(
          entry.with(entry.action.replacingPayee(Payee(display: payee.display, commitment: ""))))
      }
    }
    XCTAssertEqual(unsalted(joined.drafts), unsalted(onePass.drafts))
    XCTAssertEqual(joined.persons.keys.sorted(), onePass.persons.keys.sorted())
    XCTAssertFalse(joined.persons.isEmpty)
    XCTAssertEqual(joined.persons.mapValues(\.person), onePass.persons.mapValues(\.person))
  }

  func testSmallSheetsMapOnOneThreadAndEmptyOnesToNothing() {
    let rows = sheet(rowCount: 40)
    XCTAssertEqual(
      RowMapping.map(rows, source: "s.csv", today: today).issues,
      RowMapping.map(rows[...], source: "s.csv", today: today).issues)
    let empty = RowMapping.map([], source: "s.csv", today: today)
    XCTAssertTrue(empty.drafts.isEmpty && empty.issues.isEmpty && empty.persons.isEmpty)
  }
}

/// Dates and periods written straight into a batch are the bytes of their descriptions.
final class ImportDateBytesPerfTests: XCTestCase {
  func testPaddedDigitsAreThoseOfTheValuesOwnPadding() {
    for value in [-10_000, -123, -1, 0, 1, 9, 10, 99, 100, 999, 1_000, 1_900, 9_999, 12_345] {
      for width in 0...5 {
        var bytes: [UInt8] = [0x41]
        CanonicalMemberWriter.appendPadded(value, width: width, to: &bytes)
        XCTAssertEqual(bytes, [0x41] + Array(ASCIIDigits.padded(value, width: width).utf8))
      }
    }
  }

  func testDatesAndPeriodsOfEveryShapeWriteAsTheirObjectsDo() {
    var random = SeededRandom(seed: 41)
    var byObject = CanonicalMemberWriter(bytes: [])
    var direct = CanonicalMemberWriter(bytes: [])
    for _ in 0..<5_000 {
      let days = random.next(below: 2_932_896) - 25_567  // 1900-01-01 to 9999-12-31
      guard let date = BusinessDate(daysSinceUnixEpoch: days) else { continue }
      byObject.append("date", .string(date.description))
      direct.append("date", date: date)
      let later = BusinessDate(daysSinceUnixEpoch: days + random.next(below: 800)) ?? date
      let single = random.next(below: 3) == 0
      guard
        let period = MonthPeriod(
          start: date.yearMonth, end: single ? date.yearMonth : later.yearMonth)
      else { continue }
      byObject.append("period", .string(period.description))
      direct.append("period", period: period)
    }
    XCTAssertEqual(direct.bytes, byObject.bytes)
    XCTAssertGreaterThan(direct.bytes.count, 100_000)
  }
}
