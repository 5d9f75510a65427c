import ReliefLedger
import XCTest

final class MoneyParsingAcceptanceTests: XCTestCase {
  private func fen(_ text: String, allowNegative: Bool = false) -> Int64? {
    (try? Money.parseYuan(text, allowNegative: allowNegative))?.fen
  }

  func testParseYuanAcceptsWholeYuan() {
    XCTAssertEqual(fen("1234"), 123_400)
    XCTAssertEqual(fen("0"), 0)
    XCTAssertEqual(fen("5"), 500)
  }

  func testParseYuanAcceptsOneFractionDigit() {
    XCTAssertEqual(fen("1234.5"), 123_450)
    XCTAssertEqual(fen("0.5"), 50)
  }

  func testParseYuanAcceptsTwoFractionDigits() {
    XCTAssertEqual(fen("1234.56"), 123_456)
    XCTAssertEqual(fen("0.01"), 1)
    XCTAssertEqual(fen("0.00"), 0)
  }

  func testParseYuanAcceptsThousandsGroups() {
    XCTAssertEqual(fen("1,234.56"), 123_456)
    XCTAssertEqual(fen("1,234"), 123_400)
    XCTAssertEqual(fen("12,345,678.9"), 1_234_567_890)
    XCTAssertEqual(fen("999,999.99"), 99_999_999)
  }

  func testParseYuanAcceptsLeadingZeros() {
    XCTAssertEqual(fen("007.00"), 700)
    XCTAssertEqual(fen("00"), 0)
    XCTAssertEqual(fen("0000000000000000000000000000001.00"), 100)
  }

  func testParseYuanAcceptsWanSuffix() {
    XCTAssertEqual(fen("1987万"), 1_987_000_000)
    XCTAssertEqual(fen("19.87万"), 19_870_000)
    XCTAssertEqual(fen("1.234567万"), 1_234_567)
    XCTAssertEqual(fen("0.000001万"), 1)
    XCTAssertEqual(fen("1,987万"), 1_987_000_000)
    XCTAssertEqual(fen("0万"), 0)
  }

  func testParseYuanAcceptsNegativeWhenAllowed() {
    XCTAssertEqual(fen("-12.5", allowNegative: true), -1_250)
    XCTAssertEqual(fen("-1,234.56", allowNegative: true), -123_456)
    XCTAssertEqual(fen("-19.87万", allowNegative: true), -19_870_000)
    XCTAssertEqual(fen("12.5", allowNegative: true), 1_250)
  }

  func testParseYuanReadsNegativeZeroAsZero() {
    XCTAssertEqual(fen("-0", allowNegative: true), 0)
    XCTAssertEqual(fen("-0.00", allowNegative: true), 0)
  }

  func testParseYuanAcceptsUTF8Bytes() throws {
    XCTAssertEqual(try Money.parseYuan(Array("1,234.56".utf8)).fen, 123_456)
    XCTAssertEqual(try Money.parseYuan(Array("19.87万".utf8)[...]).fen, 19_870_000)
    XCTAssertEqual(try Money.parseYuan("x1987万".utf8.dropFirst()).fen, 1_987_000_000)
    XCTAssertEqual(try Money.parseYuan([UInt8]([0x2D, 0x31]), allowNegative: true).fen, -100)
  }
}
