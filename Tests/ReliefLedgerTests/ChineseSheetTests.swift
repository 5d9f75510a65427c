import Foundation
import XCTest

@testable import ReliefLedger

/// A sheet saved from Excel on Chinese Windows (GB18030, Chinese headers, Excel dates, 元)
/// gives exactly the journal that the same rows in English JSON Lines give.
final class ChineseSheetTests: LedgerTestCase {
  private func rows(_ bytes: [UInt8], format: InputFormat) throws -> [[String: String]] {
    try InputReader.read(
      bytes: bytes, fileName: "sheet", format: format, encoding: nil,
      schema: EntryFields.schema
    ).rows.map(\.fields)
  }

  func testAChineseSheetEqualsTheEnglishJSONLinesImportToTheFen() throws {
    let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/chinese-headers.gb18030.csv")
    let sheet = try rows([UInt8](try Data(contentsOf: fixture)), format: .csv)
    try createStandardLedger()
    try append(sheet)
    let fromSheet = try journalBytes()

    try FileManager.default.removeItem(atPath: ledgerDirectory)
    try FileManager.default.removeItem(atPath: stateDirectory)
    let english = """
      {"kind":"receipt","date":"2020-05-02","union":"city","program":"covid","amount":"1000.00","counterparty":"市财政","memo":"拨款","request_id":"r-1"}
      {"kind":"refund","date":"2020-05-03","union":"city","program":"covid","amount":"12.50","counterparty":"合成企业00001","counterparty_id":"91000000000000001N","period":"2020-01..2020-03","dues_paid":"12.50","memo":"返还","request_id":"r-2"}

      """
    try createStandardLedger()
    try append(try rows(Array(english.utf8), format: .jsonLines))
    XCTAssertEqual(fromSheet, try journalBytes())
    let lines = splitLines(fromSheet).map(text)
    XCTAssertTrue(lines[8].contains(#""amount_fen":1250,"counterparty":"合成企业00001""#), lines[8])
    XCTAssertTrue(lines[8].contains(#""period":"2020-01..2020-03","dues_paid_fen":1250"#), lines[8])
  }

  func testAChineseAndAnEnglishNameForOneFieldAreOneDuplicate() {
    do {
      let file = try InputReader.read(
        bytes: Array("kind,金额,amount\nreceipt,1,2\n".utf8), fileName: "sheet", format: .csv,
        encoding: nil, schema: EntryFields.schema)
      XCTFail("accepted \(file.rows)")
    } catch {
      XCTAssertEqual(error.issues.map(\.reason), ["duplicate column 'amount' (columns 2 and 3)"])
    }
  }
}
