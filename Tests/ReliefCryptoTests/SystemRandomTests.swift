import ReliefCrypto
import XCTest

final class SystemRandomTests: XCTestCase {
  func testFillsBuffersOfManySizes() throws {
    for count in [0, 1, 32, 256, 257, 4096, 100_000] {
      let bytes = try SystemRandom.bytes(count: count)
      XCTAssertEqual(bytes.count, count)
      if count >= 32 {
        // A run of 32 zero bytes has probability 2^-256.
        XCTAssertNotEqual(Array(bytes.suffix(32)), [UInt8](repeating: 0, count: 32))
      }
    }
  }

  func testTwoDrawsDiffer() throws {
    XCTAssertNotEqual(try SystemRandom.bytes(count: 32), try SystemRandom.bytes(count: 32))
  }

  func testEveryByteValueAppearsInALargeDraw() throws {
    // 65,536 bytes miss a given value with probability about e^-256.
    XCTAssertEqual(Set(try SystemRandom.bytes(count: 65_536)).count, 256)
  }

  func testErrorDescriptions() {
    XCTAssertEqual(
      SystemRandomError.failed(errno: 38).description, "getrandom(2) failed with errno 38")
    XCTAssertEqual(
      SystemRandomError.unavailable.description,
      "getrandom(2) is not available in this C library")
  }
}
