import XCTest

@testable import ReliefLedger

/// Sorting on two cores must give what one sort gives, around the size where it starts.
final class TwoCoreSortTests: XCTestCase {
  func testSortsLikeOneSort() {
    var generator = SeededGenerator(seed: 99)
    let threshold = TwoCoreSort.parallelCountMin
    for count in [0, 1, 2, threshold - 1, threshold, threshold + 1, 3 * threshold + 7] {
      for spread in [UInt64(4), .max] {
        var values = (0..<count).map { _ in UInt64.random(in: 0...spread, using: &generator) }
        let expected = values.sorted()
        TwoCoreSort.sort(&values)
        XCTAssertEqual(values, expected, "\(count) values up to \(spread)")
      }
    }
  }

  func testSortedAndReversedInputs() {
    let count = 2 * TwoCoreSort.parallelCountMin + 1
    var ascending = (0..<count).map { UInt64($0) }
    TwoCoreSort.sort(&ascending)
    XCTAssertEqual(ascending, (0..<count).map { UInt64($0) })
    var descending = (0..<count).reversed().map { UInt64($0) }
    TwoCoreSort.sort(&descending)
    XCTAssertEqual(descending, (0..<count).map { UInt64($0) })
  }
}
