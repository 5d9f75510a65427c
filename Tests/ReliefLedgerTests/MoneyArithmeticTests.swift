import ReliefLedger
import XCTest

final class MoneyArithmeticTests: XCTestCase {
  private let max = Money(fen: .max)
  private let min = Money(fen: .min)
  private let oneFen = Money(fen: 1)

  func testZeroIsZeroFen() {
    XCTAssertEqual(Money.zero.fen, 0)
    XCTAssertFalse(Money.zero.isNegative)
    XCTAssertTrue(Money(fen: -1).isNegative)
  }

  func testComparisonFollowsFen() {
    XCTAssertLessThan(Money(fen: -5), Money(fen: 3))
    XCTAssertLessThan(min, max)
    XCTAssertEqual(Money(fen: 42), Money(fen: 42))
    XCTAssertEqual([Money(fen: 3), Money(fen: -1), .zero].sorted().map(\.fen), [-1, 0, 3])
  }

  func testAddingWithinRange() {
    XCTAssertEqual(Money(fen: 150).adding(Money(fen: -200)), Money(fen: -50))
    XCTAssertEqual(max.adding(min), Money(fen: -1))
  }

  func testAddingReturnsNilOnOverflow() {
    XCTAssertNil(max.adding(oneFen))
    XCTAssertNil(min.adding(Money(fen: -1)))
    XCTAssertEqual(Money(fen: .max - 1).adding(oneFen), max)
  }

  func testSubtractingWithinRange() {
    XCTAssertEqual(Money(fen: 100).subtracting(Money(fen: 250)), Money(fen: -150))
    XCTAssertEqual(min.subtracting(Money(fen: -1)), Money(fen: .min + 1))
  }

  func testSubtractingReturnsNilOnOverflow() {
    XCTAssertNil(min.subtracting(oneFen))
    XCTAssertNil(Money.zero.subtracting(min))
    XCTAssertNil(max.subtracting(Money(fen: -1)))
  }

  func testNegatedReturnsNilOnlyForInt64Min() {
    XCTAssertNil(min.negated())
    XCTAssertEqual(max.negated(), Money(fen: -.max))
    XCTAssertEqual(Money(fen: 5).negated(), Money(fen: -5))
    XCTAssertEqual(Money.zero.negated(), .zero)
  }

  func testMultipliedByHeadcount() {
    XCTAssertEqual(Money(fen: 50_000).multiplied(by: 12), Money(fen: 600_000))
    XCTAssertEqual(Money(fen: -3).multiplied(by: 0), .zero)
    XCTAssertNil(max.multiplied(by: 2))
    XCTAssertNil(min.multiplied(by: -1))
  }

  func testSumOfAmounts() {
    XCTAssertEqual(Money.sum([]), .zero)
    XCTAssertEqual(Money.sum([Money(fen: 1), Money(fen: 2), Money(fen: -4)]), Money(fen: -1))
    XCTAssertNil(Money.sum([max, oneFen, Money(fen: -1)]))
  }
}
