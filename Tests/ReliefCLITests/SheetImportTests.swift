import Foundation
import XCTest

/// Importing sheets as accountants keep them: a sheet imported again, rows a sheet repeats,
/// every problem of every row at once, and one message for amounts that must be positive.
final class SheetImportTests: XCTestCase {
  private var directory: TemporaryDirectory!
  private var ledger: String { directory.path("ledger") }
  private var journal: String { ledger + "/journal.jsonl" }

  /// Union nt, program dr (seqs 2–3) and a receipt of 10,000.00 (seq 4): commit at seq 5.
  private static let setup = """
    kind,date,id,name,union,program,amount,request_id
    union,2022-01-01,nt,南通市总工会,,,,u-nt
    program,2022-01-01,dr,经费返还,,,,p-dr
    receipt,2022-01-02,,,nt,dr,10000,r-1

    """

  private static let refundHeader = "类型,日期,单位,资金,金额,对象,统一社会信用代码,所属期,已缴经费\n"
  private static let refundA =
    "refund,2022/4/1,nt,dr,100元,企业甲,91320600MA1N0A1B2G,2021年1月至2021年12月,200\n"
  private static let refundB =
    "refund,2022/4/1,nt,dr,50,企业乙,91320600MA1N0A1B3K,2021年1月至2021年12月,200\n"
  private static let refundC =
    "refund,2022/4/2,nt,dr,30,企业丙,914403001922038216,2021年1月至2021年12月,60\n"

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
    try ReliefProcess.run(["keys", "generate", "--name", "sheet", "--out", keyPath])
      .assertStatus(0)
    try relief(["init", "--ledger", ledger]).assertStatus(0)
    try write(Self.setup, to: "setup.csv")
    try relief(["import", directory.path("setup.csv"), "--ledger", ledger]).assertStatus(0)
  }

  override func tearDown() { directory = nil }

  private var keyPath: String { directory.path("admin.key") }

  private func relief(_ arguments: [String]) throws -> ReliefProcess.Outcome {
    try ReliefProcess.run(arguments, extraEnvironment: ["RELIEF_KEY": keyPath])
  }

  private func write(_ text: String, to name: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: directory.path(name)))
  }

  /// Imports `text` as `name` and returns the outcome and whether the journal is unchanged.
  private func importSheet(
    _ text: String, as name: String
  ) throws -> (outcome: ReliefProcess.Outcome, unchanged: Bool) {
    let before = try Data(contentsOf: URL(fileURLWithPath: journal))
    try write(text, to: name)
    let outcome = try relief(["import", directory.path(name), "--ledger", ledger])
    let after = try Data(contentsOf: URL(fileURLWithPath: journal))
    return (outcome, before == after)
  }

  func testSheetWithoutRequestIDsImportedAgainIsOneLine() throws {
    let sheet = Self.refundHeader + Self.refundA + Self.refundB + Self.refundC
    let first = try importSheet(sheet, as: "refunds.csv")
    try first.outcome.assertStatus(0)
    XCTAssertEqual(first.outcome.stdout, "appended 3 entries as seqs 6–8, committed by seq 9\n")
    let again = try importSheet(sheet, as: "refunds.csv")
    try again.outcome.assertStatus(0)
    XCTAssertEqual(
      again.outcome.stdout,
      "nothing new: all 3 rows of \(directory.path("refunds.csv")) are already in the ledger "
        + "(seqs 6–8)\n")
    XCTAssertEqual(again.outcome.stderr, "")
    XCTAssertTrue(again.unchanged)
  }

  func testSheetWithNewRowsAppendsThemAndCountsTheOthers() throws {
    try importSheet(Self.refundHeader + Self.refundA + Self.refundB, as: "refunds.csv")
      .outcome.assertStatus(0)
    let grown = Self.refundHeader + Self.refundA + Self.refundB + Self.refundC
    let again = try importSheet(grown, as: "refunds.csv")
    try again.outcome.assertStatus(0)
    XCTAssertEqual(
      again.outcome.stdout,
      "appended 1 entry as seq 9, committed by seq 10\n"
        + "skipped 2 rows already in the ledger (seqs 6–7)\n")
  }

  func testIdenticalRowsInOneSheetNameBothLines() throws {
    let sheet = Self.refundHeader + Self.refundA + Self.refundC + Self.refundA
    let outcome = try importSheet(sheet, as: "twice.csv")
    XCTAssertEqual(outcome.outcome.status, 4)
    XCTAssertEqual(
      outcome.outcome.stderr,
      "relief import: nothing was written: 1 problem in the input\n"
        + "\(directory.path("twice.csv")):4: repeats line 2 (same content); give each row a "
        + "request_id if both are meant\n")
    XCTAssertTrue(outcome.unchanged)
  }

  func testRepeatedRequestIDInOneSheetNamesBothLines() throws {
    let sheet =
      "kind,date,union,program,amount,request_id\n"
      + "receipt,2022-01-03,nt,dr,10,x\nreceipt,2022-01-03,nt,dr,20,y\n"
      + "receipt,2022-01-03,nt,dr,30,x\n"
    let outcome = try importSheet(sheet, as: "ids.csv")
    XCTAssertEqual(outcome.outcome.status, 4)
    XCTAssertEqual(
      outcome.outcome.stderr,
      "relief import: nothing was written: 1 problem in the input\n"
        + "\(directory.path("ids.csv")):4: field 'request_id': repeats line 2 "
        + "(same request_id 'x')\n")
    XCTAssertTrue(outcome.unchanged)
  }

  func testOverlappingRefundsInOneSheetNameTheOtherLineNotASeq() throws {
    let sheet =
      Self.refundHeader + Self.refundA
      + "refund,2022/4/3,nt,dr,20,企业甲,91320600MA1N0A1B2G,2021年6月,200\n"
    let outcome = try importSheet(sheet, as: "overlap.csv")
    XCTAssertEqual(outcome.outcome.status, 4)
    XCTAssertEqual(
      outcome.outcome.stderr,
      "relief import: nothing was written: 1 problem in the input\n"
        + "\(directory.path("overlap.csv")):3: field 'period': business 91320600MA1N0A1B2G "
        + "already has a refund for 2021-01..2021-12 on line 2 of this file, which overlaps "
        + "2021-06\n")
    XCTAssertTrue(outcome.unchanged)
  }

  func testTwoReversalsOfOneEntryInOneSheetNameTheOtherLine() throws {
    let sheet =
      "kind,date,reverses_request,memo\n"
      + "reversal,2022-01-05,r-1,录入错误\nreversal,2022-01-05,r-1,重复冲销\n"
    let outcome = try importSheet(sheet, as: "reversals.csv")
    XCTAssertEqual(outcome.outcome.status, 4)
    XCTAssertEqual(
      outcome.outcome.stderr,
      "relief import: nothing was written: 1 problem in the input\n"
        + "\(directory.path("reversals.csv")):3: field 'reverses_request': seq 4 is already "
        + "reversed by line 2 of this file\n")
    XCTAssertTrue(outcome.unchanged)
  }

  func testJSONLinesReportsTheProblemsOfEveryLine() throws {
    let lines = [
      #"{"kind":"receipt","date":"2022-01-03","union":"nt","program":"dr","amount":5}"#,
      #"{"kind":"receit","date":"2022-01-03","union":"nt","program":"dr","amount":"10"}"#,
      #"{"kind":"receipt","date":"2022-01-03","union":"nt","program":"dr","amount":"-1000"}"#,
      #"{"kind":"receipt","date":"2022-01-03","union":"zz","program":"dr","amount":"1"}"#,
      #"{"kind":"receipt","date":"2022-01-03","union":"nt","program":"dr","amount":"1"}"#,
    ]
    let outcome = try importSheet(lines.joined(separator: "\n") + "\n", as: "rows.jsonl")
    let file = directory.path("rows.jsonl")
    XCTAssertEqual(outcome.outcome.status, 4)
    XCTAssertEqual(
      outcome.outcome.stderr,
      "relief import: nothing was written: 4 problems in the input\n"
        + "\(file):1: field 'amount': amount must be a string like \"5\", not a JSON number\n"
        + "\(file):2: field 'kind': 'receit' is not one of: union (工会登记), "
        + "program (资金项目登记), receipt (收入), allocation (下拨), refund (返还经费), "
        + "subsidy (补贴), disbursement (支出), reversal (冲销), commitment (承诺), "
        + "key (登记公钥), key.revoke (撤销公钥), close (结账), review.threshold (复核门槛), "
        + "goods.receipt (物资收入), goods.distribution (物资发放), goods.allocation (物资下拨)\n"
        + "\(file):3: field 'amount': must be more than zero (got -1000)\n"
        + "\(file):4: field 'union': union 'zz' is not registered (register it first with "
        + "kind 'union')\n")
    XCTAssertTrue(outcome.unchanged)
  }

  func testCSVReportsABrokenRecordBesideOtherRowsProblems() throws {
    let sheet =
      "kind,date,union,program,amount\n"
      + "receipt,2022-01-03,nt,dr\n"
      + "receipt,2022-01-03,nt,dr,0\n"
    let outcome = try importSheet(sheet, as: "cells.csv")
    let file = directory.path("cells.csv")
    XCTAssertEqual(outcome.outcome.status, 4)
    XCTAssertEqual(
      outcome.outcome.stderr,
      "relief import: nothing was written: 2 problems in the input\n"
        + "\(file):2: record has 4 cells, header has 5\n"
        + "\(file):3: field 'amount': must be more than zero (got 0)\n")
    XCTAssertTrue(outcome.unchanged)
  }

  func testNegativeAndZeroAmountsGetTheSameMessage() throws {
    let sheet =
      "kind,date,union,program,amount\n"
      + "receipt,2022-01-03,nt,dr,-1000\nreceipt,2022-01-03,nt,dr,0\n"
      + "receipt,2022-01-03,nt,dr,-0.5元\n"
    let outcome = try importSheet(sheet, as: "signs.csv")
    let file = directory.path("signs.csv")
    XCTAssertEqual(outcome.outcome.status, 4)
    XCTAssertEqual(
      outcome.outcome.stderr,
      "relief import: nothing was written: 3 problems in the input\n"
        + "\(file):2: field 'amount': must be more than zero (got -1000)\n"
        + "\(file):3: field 'amount': must be more than zero (got 0)\n"
        + "\(file):4: field 'amount': must be more than zero (got -0.5元)\n")
    XCTAssertTrue(outcome.unchanged)
  }
}
