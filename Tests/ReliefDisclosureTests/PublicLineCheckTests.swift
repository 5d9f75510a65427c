import ReliefDisclosure
import ReliefLedger
import XCTest

/// What `relief publish` refuses to put in the public tiles, entry by entry.
final class PublicLineCheckTests: XCTestCase {
  private var check = PublicLineCheck(state: nil)
  private let date = BusinessDate(year: 2022, month: 3, day: 5)!

  private func receipt(_ counterparty: String, memo: String? = nil) -> Entry {
    Entry(
      date: date,
      action: .receipt(
        Receipt(union: "city", program: "p", amount: Money(fen: 100), counterparty: counterparty)),
      memo: memo)
  }

  func testOrganisationsAndMaskedPayeesMayBePublished() {
    XCTAssertNil(check.exposure(receipt("市财政")))
    // A note in brackets after the name does not hide that it is an organisation.
    XCTAssertNil(check.exposure(receipt("辽宁省财政(合成)")))
    XCTAssertNil(check.exposure(receipt("资金来源未报道（合成）")))
    for group in ["农民工", "快递员", "环卫工人", "新就业形态劳动者", "一线医护人员"] {
      XCTAssertNil(check.exposure(receipt(group)), group)
    }
    let payee = Entry(
      date: date,
      action: .disbursement(
        Disbursement(
          union: "city", program: "p", amount: Money(fen: 100), category: .consolation,
          payee: Payee(display: "张*丰", commitment: String(repeating: "a", count: 64)))))
    XCTAssertNil(check.exposure(payee))
  }

  func testPeopleAndIdentifiersAreNamedWithTheField() {
    XCTAssertEqual(
      check.exposure(receipt("市财政", memo: "慰问困难职工张伟")),
      "memo may name a person: '张伟' (后于称谓「职工」)")
    XCTAssertEqual(
      check.exposure(receipt("市财政", memo: "电话13912345678")),
      "memo holds what looks like a mobile number (139******78)")
    XCTAssertEqual(
      check.exposure(receipt("王小红")),
      "counterparty '王小红': not an organisation or a group: masked as a person")
    let reversal = Entry(
      date: date,
      action: .reversal(Reversal(reverses: 9, original: receipt("王小红"))))
    XCTAssertEqual(
      check.exposure(reversal),
      "counterparty '王小红': not an organisation or a group: masked as a person")
  }
}
