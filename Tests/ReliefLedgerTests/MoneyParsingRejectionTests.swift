import ReliefLedger
import XCTest

final class MoneyParsingRejectionTests: XCTestCase {
  private func error(_ text: String, allowNegative: Bool = false) -> MoneyParseError? {
    caughtError { () throws(MoneyParseError) in
      try Money.parseYuan(text, allowNegative: allowNegative)
    }
  }

  private func error(bytes: [UInt8]) -> MoneyParseError? {
    caughtError { () throws(MoneyParseError) in try Money.parseYuan(bytes) }
  }

  private func unexpected(
    _ character: Character, _ offset: Int, in text: String
  ) -> MoneyParseError {
    .unexpectedCharacter(character, offset: offset, amount: text)
  }

  func testParseYuanRejectsEmpty() {
    XCTAssertEqual(error(""), .empty)
    XCTAssertEqual(error("", allowNegative: true), .empty)
    XCTAssertEqual(error(bytes: []), .empty)
  }

  func testParseYuanRejectsNegativeUnlessAllowed() {
    XCTAssertEqual(error("-5"), .negativeNotAllowed(amount: "-5"))
    XCTAssertEqual(error("-0"), .negativeNotAllowed(amount: "-0"))
    XCTAssertEqual(error("-19.87万"), .negativeNotAllowed(amount: "-19.87万"))
    XCTAssertEqual(error("-"), .negativeNotAllowed(amount: "-"))
    XCTAssertEqual(error("-x"), .negativeNotAllowed(amount: "-x"))
  }

  func testParseYuanRejectsLeadingPlus() {
    XCTAssertEqual(error("+5"), unexpected("+", 0, in: "+5"))
    XCTAssertEqual(error("+5", allowNegative: true), unexpected("+", 0, in: "+5"))
  }

  func testParseYuanRejectsWhitespaceAnywhere() {
    XCTAssertEqual(error(" 5"), unexpected(" ", 0, in: " 5"))
    XCTAssertEqual(error("5 "), unexpected(" ", 1, in: "5 "))
    XCTAssertEqual(error("1 234.00"), unexpected(" ", 1, in: "1 234.00"))
    XCTAssertEqual(error("12.5\n"), unexpected("\n", 4, in: "12.5\n"))
    XCTAssertEqual(error("\t12"), unexpected("\t", 0, in: "\t12"))
    XCTAssertEqual(error("5 万"), unexpected(" ", 1, in: "5 万"))
    XCTAssertEqual(error("- 5", allowNegative: true), unexpected(" ", 1, in: "- 5"))
    XCTAssertEqual(error("1\u{3000}2"), unexpected("\u{3000}", 1, in: "1\u{3000}2"))
  }

  func testParseYuanRejectsNonNumericText() {
    XCTAssertEqual(error("abc"), unexpected("a", 0, in: "abc"))
    XCTAssertEqual(error("12a"), unexpected("a", 2, in: "12a"))
    XCTAssertEqual(error("NaN"), unexpected("N", 0, in: "NaN"))
    XCTAssertEqual(error("0x10"), unexpected("x", 1, in: "0x10"))
    XCTAssertEqual(error("5-", allowNegative: true), unexpected("-", 1, in: "5-"))
    XCTAssertEqual(error("--5", allowNegative: true), unexpected("-", 1, in: "--5"))
  }

  func testParseYuanRejectsExponents() {
    XCTAssertEqual(error("1e5"), unexpected("e", 1, in: "1e5"))
    XCTAssertEqual(error("1E5"), unexpected("E", 1, in: "1E5"))
    XCTAssertEqual(error("1.5e3"), unexpected("e", 3, in: "1.5e3"))
  }

  func testParseYuanRejectsMultipleDots() {
    XCTAssertEqual(error("1.2.3"), unexpected(".", 3, in: "1.2.3"))
    XCTAssertEqual(error("1..2"), unexpected(".", 2, in: "1..2"))
    XCTAssertEqual(error("1,234.56.7"), unexpected(".", 8, in: "1,234.56.7"))
  }

  func testParseYuanRejectsCommaAfterDecimalPoint() {
    XCTAssertEqual(error("1,234.5,6"), unexpected(",", 7, in: "1,234.5,6"))
  }

  func testParseYuanRejectsTrailingDecimalPoint() {
    XCTAssertEqual(error("1."), .missingFractionDigits(amount: "1."))
    XCTAssertEqual(error("1.万"), .missingFractionDigits(amount: "1.万"))
  }

  func testParseYuanRejectsMissingIntegerDigits() {
    XCTAssertEqual(error(".5"), .missingIntegerDigits(amount: ".5"))
    XCTAssertEqual(error("."), .missingIntegerDigits(amount: "."))
    XCTAssertEqual(error(","), .missingIntegerDigits(amount: ","))
    XCTAssertEqual(error("-.5", allowNegative: true), .missingIntegerDigits(amount: "-.5"))
    XCTAssertEqual(error("-", allowNegative: true), .missingIntegerDigits(amount: "-"))
  }

  func testParseYuanRejectsLoneWan() {
    XCTAssertEqual(error("万"), .missingIntegerDigits(amount: "万"))
    XCTAssertEqual(error("-万", allowNegative: true), .missingIntegerDigits(amount: "-万"))
    XCTAssertEqual(error(".5万"), .missingIntegerDigits(amount: ".5万"))
  }

  func testParseYuanRejectsThreeFractionDigits() {
    XCTAssertEqual(error("1.234"), .tooManyFractionDigits(amount: "1.234"))
    XCTAssertEqual(error("1.230"), .tooManyFractionDigits(amount: "1.230"))
    XCTAssertEqual(error("0.001"), .tooManyFractionDigits(amount: "0.001"))
    XCTAssertEqual(error("1,234.567"), .tooManyFractionDigits(amount: "1,234.567"))
  }

  func testParseYuanRejectsSevenFractionDigitsBeforeWan() {
    XCTAssertEqual(error("1.2345678万"), .tooManyFractionDigits(amount: "1.2345678万"))
    XCTAssertEqual(error("1.2345670万"), .tooManyFractionDigits(amount: "1.2345670万"))
  }

  func testParseYuanRejectsMisplacedThousandsCommas() {
    for text in ["12,34.5", "1,2345", ",123", "123,", "1,,234", "1234,567", "1,234,56"] {
      XCTAssertEqual(error(text), .invalidDigitGrouping(amount: text), text)
    }
  }

  func testParseYuanRejectsGroupedAmountStartingWithZero() {
    // A decimal comma ("0,500" meaning half a yuan) must not become five hundred yuan.
    XCTAssertEqual(error("0,500"), .invalidDigitGrouping(amount: "0,500"))
    XCTAssertEqual(error("012,345"), .invalidDigitGrouping(amount: "012,345"))
  }

  func testParseYuanRejectsWanAnywhereButLast() {
    XCTAssertEqual(error("5万万"), unexpected("万", 1, in: "5万万"))
    XCTAssertEqual(error("万5"), unexpected("万", 0, in: "万5"))
    XCTAssertEqual(error("1万2"), unexpected("万", 1, in: "1万2"))
  }

  func testParseYuanRejectsCurrencySignsAndUnits() {
    XCTAssertEqual(error("¥5"), unexpected("¥", 0, in: "¥5"))
    XCTAssertEqual(error("5元"), unexpected("元", 1, in: "5元"))
    XCTAssertEqual(error("5萬"), unexpected("萬", 1, in: "5萬"))
  }

  func testParseYuanRejectsFullWidthDigits() {
    XCTAssertEqual(error("１２"), unexpected("１", 0, in: "１２"))
    XCTAssertEqual(error("1，234"), unexpected("，", 1, in: "1，234"))
  }

  func testParseYuanRejectsNulBytes() {
    XCTAssertEqual(error("1\u{0}2"), unexpected("\u{0}", 1, in: "1\u{0}2"))
    XCTAssertEqual(error(bytes: [0x00]), unexpected("\u{0}", 0, in: "\u{0}"))
  }

  func testParseYuanRejectsInvalidUTF8() {
    let bytes: [UInt8] = [0x31, 0xFF, 0x32]
    let text = String(decoding: bytes, as: UTF8.self)
    XCTAssertEqual(error(bytes: bytes), unexpected("\u{FFFD}", 1, in: text))
  }

  func testParseYuanRejectsTruncatedWan() {
    let bytes: [UInt8] = [0x35, 0xE4, 0xB8]
    let text = String(decoding: bytes, as: UTF8.self)
    XCTAssertEqual(error(bytes: bytes), unexpected("\u{FFFD}", 1, in: text))
  }
}
