import ReliefLedger
import XCTest

/// The request ids a sheet's rows are recognised by, and the repeats within a sheet.
final class SheetRowsTests: XCTestCase {
  /// 2022-12-01T00:00:00Z.
  private let nowMillis: Int64 = 1_669_852_800_000

  private func receipt(
    line: Int, date: String = "2022-04-01", amount: String = "100.00", memo: String? = nil,
    requestID: String? = nil
  ) -> InputRow {
    var fields = [
      "kind": "receipt", "date": date, "union": "nt", "program": "dr", "amount": amount,
    ]
    fields["memo"] = memo
    fields["request_id"] = requestID
    return InputRow(line: line, fields: fields)
  }

  /// The id is the first 16 hex digits of `printf '%s' '{"kind":"receipt","date":"2022-04-01",
  /// "union":"nt","program":"dr","amount_fen":10000}' | sha256sum` (one line, no spaces).
  func testRowWithoutRequestIDGetsOneFromItsEntry() {
    let prepared = SheetRows.prepare([receipt(line: 2)], source: "s.csv", nowMillis: nowMillis)
    XCTAssertEqual(prepared.issues, [])
    XCTAssertEqual(prepared.rows.map { $0.fields["request_id"] }, ["row:abad92dfa999982d"])
  }

  func testTheSameEntryWrittenOtherwiseGetsTheSameID() {
    let rows = [receipt(line: 2), receipt(line: 2, date: "2022/4/1", amount: "100元")]
    let ids = rows.map {
      SheetRows.prepare([$0], source: "s.csv", nowMillis: nowMillis).rows.first?
        .fields["request_id"]
    }
    XCTAssertEqual(ids, ["row:abad92dfa999982d", "row:abad92dfa999982d"])
  }

  func testAnotherMemoIsAnotherEntry() {
    let prepared = SheetRows.prepare(
      [receipt(line: 2), receipt(line: 3, memo: "二次拨款")], source: "s.csv",
      nowMillis: nowMillis)
    XCTAssertEqual(prepared.issues, [])
    XCTAssertEqual(prepared.rows.count, 2)
    XCTAssertNotEqual(prepared.rows[0].fields["request_id"], prepared.rows[1].fields["request_id"])
  }

  func testGivenRequestIDIsKept() {
    let prepared = SheetRows.prepare(
      [receipt(line: 2, requestID: "NT-1")], source: "s.csv", nowMillis: nowMillis)
    XCTAssertEqual(prepared.rows, [receipt(line: 2, requestID: "NT-1")])
  }

  func testRepeatsNameTheFirstLineAndAreLeftOut() {
    let prepared = SheetRows.prepare(
      [
        receipt(line: 2), receipt(line: 3, requestID: "x"), receipt(line: 4),
        receipt(line: 5, amount: "7", requestID: "x"),
      ], source: "s.csv", nowMillis: nowMillis)
    XCTAssertEqual(prepared.rows.map(\.line), [2, 3])
    XCTAssertEqual(
      prepared.issues.map(\.description),
      [
        "s.csv:4: repeats line 2 (same content); give each row a request_id if both are meant",
        "s.csv:5: field 'request_id': repeats line 3 (same request_id 'x')",
      ])
  }

  func testRowThatDoesNotMapIsKeptAsItIs() {
    let bad = InputRow(line: 2, fields: ["kind": "receit", "amount": "1"])
    let prepared = SheetRows.prepare([bad, bad], source: "s.csv", nowMillis: nowMillis)
    XCTAssertEqual(prepared.rows, [bad, bad])
    XCTAssertEqual(prepared.issues, [])
  }
}

/// Kinds and categories typed in Chinese (`ChineseValues`) read as their journal names.
final class ChineseValuesTests: XCTestCase {
  private let today = BusinessDate(unixMillis: 1_669_852_800_000, utcOffsetSeconds: 8 * 3600)

  func testChineseKindsAndCategoriesMapToTheJournalsNames() throws {
    let date = try XCTUnwrap(today)
    let rows: [[String: String]] = [
      [
        "kind": "支出", "date": "2022-04-18", "union": "nt", "program": "p", "amount": "12000",
        "category": "慰问金", "beneficiaries": "40", "beneficiary_unit": "人",
      ],
      [
        "kind": "补助", "date": "2022-04-20", "union": "nt", "program": "p", "amount": "300",
        "category": "贴息",
      ],
      [
        "kind": "收款", "date": "2022-04-01", "union": "nt", "program": "p", "amount": "5万",
        "category": "财政拨款",
      ],
    ]
    var actions: [Action] = []
    for fields in rows {
      switch RowMapper.draft(from: fields, today: date) {
      case .success(.entry(let entry)): actions.append(entry.action)
      case .success(let other): XCTFail("\(other)")
      case .failure(let problems): XCTFail("\(problems.problems)")
      }
    }
    XCTAssertEqual(actions.count, 3)
    guard case .disbursement(let disbursement) = actions.first else { return XCTFail() }
    XCTAssertEqual(disbursement.category, .consolation)
    guard case .subsidy(let subsidy) = actions[1] else { return XCTFail() }
    XCTAssertEqual(subsidy.category, .interest)
    guard case .receipt(let receipt) = actions[2] else { return XCTFail() }
    XCTAssertEqual(receipt.category, .appropriation)
    XCTAssertEqual(receipt.amount, Money(fen: 5_000_000))
    XCTAssertEqual(EntryKind(inputName: "物资发放"), .goodsDistribution)
    XCTAssertNil(EntryKind(inputName: "捐赠"))
  }
}
