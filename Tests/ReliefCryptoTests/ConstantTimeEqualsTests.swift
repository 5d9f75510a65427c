import ReliefCrypto
import XCTest

final class ConstantTimeEqualsTests: XCTestCase {
  private func equals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    a.withUnsafeBytes { left in b.withUnsafeBytes { right in constantTimeEquals(left, right) } }
  }

  func testEqualBuffersCompareEqual() {
    XCTAssertTrue(equals([], []))
    XCTAssertTrue(equals([7], [7]))
    let bytes = (0..<100).map { UInt8($0) }
    XCTAssertTrue(equals(bytes, bytes))
  }

  func testAnySingleDifferingByteMakesBuffersUnequal() {
    let bytes = (0..<100).map { UInt8($0) }
    for index in bytes.indices {
      var changed = bytes
      changed[index] ^= 0x80
      XCTAssertFalse(equals(bytes, changed), "difference at \(index)")
    }
  }

  func testDifferentLengthsAreUnequal() {
    XCTAssertFalse(equals([1, 2, 3], [1, 2]))
    XCTAssertFalse(equals([], [0]))
  }

  func testDigestsCompareThroughTheirBytes() {
    let abc = SHA256.hash(Array("abc".utf8))
    let same = SHA256.hash(Array("abc".utf8))
    let result = abc.withUnsafeBytes { a in same.withUnsafeBytes { b in constantTimeEquals(a, b) } }
    XCTAssertTrue(result)
  }
}
