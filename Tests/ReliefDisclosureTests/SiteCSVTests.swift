import Foundation
import XCTest

/// The site's CSV files are for spreadsheets (BOM, Chinese headers, yuan) and the data
/// package descriptor describes each of them column by column.
final class SiteCSVTests: DisclosureTestCase {
  func testCSVFilesAreForSpreadsheetsAndTheDescriptorMatchesThem() throws {
    let site = directory + "/site"
    let outcome = relief(["disclose", "--ledger", try makeSmallLedger(), "--out", site])
    XCTAssertEqual(outcome.status, 0, outcome.err)
    let descriptorData = try Data(
      contentsOf: URL(fileURLWithPath: site + "/data/datapackage.json"))
    let descriptor = try XCTUnwrap(
      try JSONSerialization.jsonObject(with: descriptorData) as? [String: Any])
    XCTAssertEqual(descriptor["profile"] as? String, "data-package")
    let resources = try XCTUnwrap(descriptor["resources"] as? [[String: Any]])
    let csvResources = resources.filter { $0["format"] as? String == "csv" }
    XCTAssertEqual(
      csvResources.compactMap { $0["path"] as? String },
      ["balances.csv", "categories.csv", "goods.csv"])
    for resource in csvResources {
      let path = try XCTUnwrap(resource["path"] as? String)
      let bytes = try Data(contentsOf: URL(fileURLWithPath: site + "/data/" + path))
      XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "\(path) starts with a BOM")
      let text = String(decoding: bytes, as: UTF8.self)
      let schema = try XCTUnwrap(resource["schema"] as? [String: Any])
      let fields = try XCTUnwrap(schema["fields"] as? [[String: Any]])
      let rows = CSVTestReader.rows(text)
      XCTAssertEqual(rows.first, fields.compactMap { $0["name"] as? String }, path)
      for row in rows.dropFirst() {
        XCTAssertEqual(row.count, fields.count, path)
        for (cell, field) in zip(row, fields) where field["type"] as? String == "number" {
          XCTAssertNotNil(
            cell.range(of: "^-?[0-9]+\\.[0-9]{2}$", options: .regularExpression), "\(path) \(cell)")
        }
      }
    }
    XCTAssertEqual(
      resources.filter { $0["format"] as? String == "json" }.compactMap { $0["path"] as? String },
      ["balances.json", "summary.json"])
    let balances = CSVTestReader.rows(try read(site + "/data/balances.csv"))
    XCTAssertTrue(
      balances.contains { $0.prefix(4) == ["city", "南通市总工会", "fund", "1000000.00"] }, "\(balances)")
    let json = try read(site + "/data/balances.json")
    XCTAssertTrue(json.contains("\"received_fen\":100000000"), json)
  }
}
