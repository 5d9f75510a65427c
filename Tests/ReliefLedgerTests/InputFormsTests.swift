import XCTest

@testable import ReliefLedger

/// Dates, months and amounts as spreadsheets on Chinese systems write them.
final class InputFormsTests: XCTestCase {
  func testDatesInTheFormsExcelAndWPSWrite() {
    for text in [
      "2022/4/1", "2022-4-1", "2022.4.1", "2022年4月1日", "2022年4月1", "２０２２/４/１", "2022/04/01",
    ] {
      XCTAssertEqual(InputForms.date(text), "2022-04-01", text)
    }
    XCTAssertEqual(InputForms.date("2022-04-01"), "2022-04-01")
    // Not a date form: left as typed, so the parser's message quotes it.
    for text in ["4/1/2022", "2022/4", "明天", "2022年4月1日下午", ""] {
      XCTAssertEqual(InputForms.date(text), text, text)
    }
  }

  func testMonthsAndPeriods() {
    for text in ["2022/5", "2022-5", "2022年5月", "2022.5", "2022-05"] {
      XCTAssertEqual(InputForms.month(text), "2022-05", text)
    }
    XCTAssertEqual(InputForms.period("2021年1月至2021年12月"), "2021-01..2021-12")
    XCTAssertEqual(InputForms.period("2021/1~2021/12"), "2021-01..2021-12")
    XCTAssertEqual(InputForms.period("2021-01..2021-12"), "2021-01..2021-12")
    XCTAssertEqual(InputForms.period("2022年5月"), "2022-05")
    XCTAssertEqual(InputForms.period("五月"), "五月")
  }

  func testAmountsWithCurrencySignsAndFullWidthDigits() {
    XCTAssertEqual(InputForms.amount("12.5元"), "12.5")
    XCTAssertEqual(InputForms.amount("￥1,234.50"), "1,234.50")
    XCTAssertEqual(InputForms.amount("¥ 1,234.50 元"), "1,234.50")
    XCTAssertEqual(InputForms.amount("１２．５元"), "12.5")
    XCTAssertEqual(InputForms.amount("19.87万"), "19.87万")
    XCTAssertEqual(InputForms.amount("元"), "元")
  }
}

/// The same forms through a whole import: written as the canonical forms.
final class InputFormsImportTests: LedgerTestCase {
  func testRowsInSpreadsheetFormsAreWrittenCanonically() throws {
    try createStandardLedger()
    var receipt = Row.receipt("city", "1,000元", date: "2020/5/2")
    receipt["amount"] = "￥1,000.00元"
    var refund = Row.receipt("city", "12.5元", date: "2020年5月3日")
    refund["amount"] = "12.5元"
    try append([receipt, refund])
    let lines = splitLines(try journalBytes()).map(text)
    XCTAssertTrue(
      lines[7].contains(
        #""date":"2020-05-02","union":"city","program":"covid","amount_fen":100000"#), lines[7])
    XCTAssertTrue(
      lines[8].contains(#""date":"2020-05-03","union":"city","program":"covid","amount_fen":1250"#),
      lines[8])
    XCTAssertEqual(try verify().verdict, .valid)
  }
}
