import ReliefCrypto
import XCTest

final class SHA256StreamingTests: XCTestCase {
  func testFinalizeLeavesTheHasherUnchangedSoHashingCanContinue() {
    var hasher = SHA256()
    hasher.update(Array("ab".utf8))
    let first = hasher.finalize()
    XCTAssertEqual(hasher.finalize(), first, "finalize twice gives the same digest")
    XCTAssertEqual(first, SHA256.hash(Array("ab".utf8)))
    hasher.update(Array("c".utf8))
    XCTAssertEqual(hasher.finalize(), SHA256.hash(Array("abc".utf8)))
  }

  func testFinalizeMidBlockAndAtBlockBoundaryDoesNotDisturbLaterInput() {
    let message = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 7) }
    var hasher = SHA256()
    for (index, byte) in message.enumerated() {
      hasher.update([byte])
      XCTAssertEqual(
        hasher.finalize(), SHA256.hash(message[..<(index + 1)]), "prefix of \(index + 1)")
    }
  }

  func testCopiesOfAHasherContinueIndependently() {
    var left = SHA256()
    left.update(Array("shared prefix ".utf8))
    var right = left
    left.update(Array("left".utf8))
    right.update(Array("right".utf8))
    XCTAssertEqual(left.finalize(), SHA256.hash(Array("shared prefix left".utf8)))
    XCTAssertEqual(right.finalize(), SHA256.hash(Array("shared prefix right".utf8)))
  }

  func testEverySplitPointGivesTheOneShotDigest() {
    let message = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 5) }
    let expected = SHA256.hash(message)
    for first in 0...message.count {
      for second in stride(from: first, through: message.count, by: 13) {
        let cuts = [first, second]
        XCTAssertEqual(
          StreamingFeed.rawPieces(message, cuts: cuts), expected, "cuts at \(cuts)")
      }
    }
  }

  func testEmptyUpdatesChangeNothing() {
    var hasher = SHA256()
    hasher.update([UInt8]())
    hasher.update(Array("abc".utf8))
    hasher.update([UInt8]()[...])
    hasher.update(UnsafeRawBufferPointer(start: nil, count: 0))
    XCTAssertEqual(hasher.finalize(), SHA256.hash(Array("abc".utf8)))
  }

  func testSliceWithNonZeroStartIndexHashesOnlyItsBytes() {
    let bytes = Array("xxabcyy".utf8)
    XCTAssertEqual(SHA256.hash(bytes[2..<5]), SHA256.hash(Array("abc".utf8)))
    var hasher = SHA256()
    hasher.update(bytes[2..<5])
    XCTAssertEqual(hasher.finalize(), SHA256.hash(Array("abc".utf8)))
  }
}
