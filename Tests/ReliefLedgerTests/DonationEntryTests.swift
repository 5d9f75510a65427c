import ReliefLog
import XCTest

@testable import ReliefLedger

/// Donations received (a receipt's `category`) and given (a disbursement's `donation`).
final class DonationEntryTests: LedgerTestCase {
  func testDonationsAreWrittenInTheirMembers() throws {
    try createStandardLedger()
    try append([
      Row.receipt("city", "100.00", counterparty: "某企业").merging(["category": "donation"]) {
        $1
      },
      Row.receipt("city", "50.00").merging(["category": "appropriation"]) { $1 },
      Row.disbursement("city", "100.00", category: "donation").merging([
        "counterparty": "武汉市慈善总会"
      ]) { $1 },
    ])
    let lines = splitLines(try journalBytes()).map(text)
    XCTAssertTrue(
      lines[7].hasSuffix(
        #""amount_fen":10000,"category":"donation","counterparty":"某企业"}"#), lines[7])
    XCTAssertTrue(lines[8].hasSuffix(#""amount_fen":5000,"category":"appropriation"}"#))
    XCTAssertTrue(
      lines[9].hasSuffix(
        #""category":"donation","beneficiaries":1,"beneficiary_unit":"人","#
          + #""counterparty":"武汉市慈善总会"}"#), lines[9])
    XCTAssertEqual(try verify().verdict, .valid)
    let city = try loadState().totals(union: "city", program: "covid")
    XCTAssertEqual(city.received, fen(15_000))
    XCTAssertEqual(city.disbursed, fen(10_000))
  }

  func testUnknownReceiptCategoryIsRefused() throws {
    try createStandardLedger()
    XCTAssertEqual(
      rejection([Row.receipt("city", "1.00").merging(["category": "gift"]) { $1 }])
        .map(\.description),
      [
        "rows.csv:2: field 'category': 'gift' is not one of: donation (捐赠), "
          + "appropriation (拨款), other (其他)"
      ])
  }

  func testReceiptWithoutCategoryKeepsItsVersion1Bytes() throws {
    let entry = Make.receipt("city", 1)
    XCTAssertEqual(
      text(CanonicalBody.bytes(entry)),
      #"{"date":"2020-05-02","union":"city","program":"covid","amount_fen":1}"#)
  }
}

/// The canonical bytes of an entry's body.
enum CanonicalBody {
  static func bytes(_ entry: Entry) -> [UInt8] {
    CanonicalEncoder.encode(EntryEncoder.body(of: entry))
  }
}
