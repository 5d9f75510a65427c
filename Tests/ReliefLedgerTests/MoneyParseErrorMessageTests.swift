import ReliefLedger
import XCTest

final class MoneyParseErrorMessageTests: XCTestCase {
  private func message(_ text: String, allowNegative: Bool = false) -> String? {
    caughtError { () throws(MoneyParseError) in
      try Money.parseYuan(text, allowNegative: allowNegative)
    }?.description
  }

  func testTooManyFractionDigitsMessageNamesSmallestUnit() {
    XCTAssertEqual(
      message("1.234"),
      "amount \"1.234\" has more than two decimal places (smallest unit is 0.01 yuan)")
    XCTAssertEqual(
      message("1.2345678万"),
      "amount \"1.2345678万\" has more than six decimal places before 万 "
        + "(smallest unit is 0.000001万 = 0.01 yuan)")
  }

  func testEmptyMessageGivesAnExample() {
    XCTAssertEqual(message(""), "amount is empty; enter a number of yuan such as 1234.56")
  }

  func testUnexpectedCharacterMessageCountsPositionsFromOne() {
    XCTAssertEqual(
      message("12 34"),
      "amount \"12 34\" contains a space at position 3; remove spaces and line breaks")
    XCTAssertEqual(
      message("1e5"),
      "amount \"1e5\" contains \"e\" at position 2; "
        + "write the amount in full digits, without an exponent")
  }

  func testUnexpectedCharacterMessageNamesNonASCIICodePoint() {
    XCTAssertEqual(
      message("1，234"),
      "amount \"1，234\" contains \"，\" (U+FF0C) at position 2; "
        + "use half-width (ASCII) digits and punctuation, not full-width ones")
  }

  func testMessagesEscapeControlCharacters() {
    XCTAssertEqual(
      message("1\u{0}"),
      "amount \"1\\u{0}\" contains the control character U+0000 at position 2; "
        + "use only digits, one decimal point, thousands commas and an optional final 万")
  }

  func testMessagesShortenLongInput() {
    let long = String(repeating: "9", count: 60)
    let shown = "\"" + String(repeating: "9", count: 40) + "…\""
    XCTAssertEqual(
      message(long),
      "amount \(shown) is too large; amounts are limited to "
        + "92,233,720,368,547,758.07 yuan either way")
  }

  func testOtherMessagesSayWhatToDo() {
    XCTAssertEqual(
      message("-5"),
      "amount \"-5\" is negative, but only zero or positive amounts are allowed here; "
        + "remove the minus sign")
    XCTAssertTrue(message(".5")?.contains("0.5 instead of .5") ?? false)
    XCTAssertTrue(message("万")?.contains("has no digits;") ?? false)
    XCTAssertTrue(message("1.")?.contains("e.g. 1 or 1.00") ?? false)
    XCTAssertTrue(message("12,34.5")?.contains("groups of three") ?? false)
    XCTAssertTrue(message("+5")?.contains("leave out the plus sign") ?? false)
    XCTAssertTrue(message("5元")?.contains("leave out currency signs") ?? false)
    XCTAssertTrue(message("5万5")?.contains("万 may only come last") ?? false)
  }
}
