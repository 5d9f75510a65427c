import ReliefCrypto
import XCTest

final class SHA512StreamingTests: XCTestCase {
  func testFinalizeLeavesTheHasherUnchangedSoHashingCanContinue() {
    var hasher = SHA512()
    hasher.update(Array("ab".utf8))
    let first = hasher.finalize()
    XCTAssertEqual(hasher.finalize(), first, "finalize twice gives the same digest")
    XCTAssertEqual(first, SHA512.hash(Array("ab".utf8)))
    hasher.update(Array("c".utf8))
    XCTAssertEqual(hasher.finalize(), SHA512.hash(Array("abc".utf8)))
  }

  func testEveryPrefixStreamedByteByByteMatchesOneShot() {
    let message = (0..<400).map { UInt8(truncatingIfNeeded: $0 &* 11 &+ 3) }
    var hasher = SHA512()
    for (index, byte) in message.enumerated() {
      hasher.update([byte])
      XCTAssertEqual(
        hasher.finalize(), SHA512.hash(message[..<(index + 1)]), "prefix of \(index + 1)")
    }
  }

  func testCopiesOfAHasherContinueIndependently() {
    var left = SHA512()
    left.update(Array("shared prefix ".utf8))
    var right = left
    left.update(Array("left".utf8))
    right.update(Array("right".utf8))
    XCTAssertEqual(left.finalize(), SHA512.hash(Array("shared prefix left".utf8)))
    XCTAssertEqual(right.finalize(), SHA512.hash(Array("shared prefix right".utf8)))
  }

  func testRandomSplitsMatchOneShot() {
    var generator = SeededGenerator(seed: 512)
    for length in [0, 1, 111, 112, 127, 128, 129, 255, 256, 257, 1000, 4099] {
      let message = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      let expected = SHA512.hash(message)
      for _ in 0..<20 {
        let cutCount = Int.random(in: 0...6, using: &generator)
        let cuts = (0..<cutCount).map { _ in Int.random(in: 0...length, using: &generator) }
          .sorted()
        var hasher = SHA512()
        message.withUnsafeBytes { bytes in
          var start = 0
          for end in cuts + [length] {
            hasher.update(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
            start = end
          }
        }
        XCTAssertEqual(hasher.finalize(), expected, "length \(length), cuts \(cuts)")
      }
      for chunk in [1, 7, 64, 127, 128, 129] {
        var hasher = SHA512()
        var start = 0
        while start < length {
          let end = min(start + chunk, length)
          hasher.update(message[start..<end])
          start = end
        }
        XCTAssertEqual(hasher.finalize(), expected, "length \(length), chunks of \(chunk)")
      }
    }
  }

  func testRawBufferArrayAndSliceEntryPointsAgree() {
    let message = Array("the same bytes three ways".utf8)
    let viaRaw = message.withUnsafeBytes { SHA512.hash($0) }
    XCTAssertEqual(viaRaw, SHA512.hash(message))
    XCTAssertEqual(viaRaw, SHA512.hash(message[...]))
  }
}
