import ReliefCrypto
import XCTest

/// `SHA256Lanes` must give exactly the digests of the scalar `SHA256`: checked against the
/// NIST CAVP vectors and, message by message, against `SHA256.hash` and `MerkleHash.leaf`.
final class SHA256LanesTests: XCTestCase {
  /// Lengths where the padding changes shape: 55 is the longest message whose 0x80 and
  /// length fit in its last block, 56 and 63 push the length into a block of its own, 64 and
  /// 119/120 repeat this one block later.
  private static let edgeLengths = [0, 1, 54, 55, 56, 57, 63, 64, 65, 118, 119, 120, 127, 128]

  private func lanes(
    _ messages: [[UInt8]], prefix: UInt8? = nil
  ) -> [SHA256Digest] {
    var pointers: [UnsafeRawBufferPointer] = []
    var owned: [UnsafeMutableRawBufferPointer] = []
    defer {
      for buffer in owned { buffer.deallocate() }
    }
    for message in messages {
      let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: message.count, alignment: 1)
      copy.copyBytes(from: message)
      owned.append(copy)
      pointers.append(UnsafeRawBufferPointer(copy))
    }
    return SHA256Lanes.hash(pointers, prefix: prefix)
  }

  private func randomMessages(
    count: Int, maxLength: Int, using generator: inout SeededGenerator
  ) -> [[UInt8]] {
    (0..<count).map { _ in
      let length = Int.random(in: 0...maxLength, using: &generator)
      // Eight bytes a draw: a byte a draw made this test slow in debug builds.
      var bytes: [UInt8] = []
      bytes.reserveCapacity(length + 7)
      while bytes.count < length {
        withUnsafeBytes(of: generator.next()) { bytes.append(contentsOf: $0) }
      }
      return Array(bytes.prefix(length))
    }
  }

  func testShortAndLongMessagesMatchNISTVectors() throws {
    let cases =
      try NISTVectorFile.load("SHA256ShortMsg.rsp").messageCases()
      + NISTVectorFile.load("SHA256LongMsg.rsp").messageCases()
    XCTAssertEqual(cases.count, 129)
    let digests = lanes(cases.map(\.message))
    XCTAssertEqual(digests.count, cases.count)
    for (vector, digest) in zip(cases, digests) {
      XCTAssertEqual(digest.hex, vector.digestHex, "Len = \(vector.bitLength)")
    }
    // Alone, each message has a lane to itself and the other lanes idle.
    for vector in cases.prefix(10) {
      XCTAssertEqual(lanes([vector.message]).map(\.hex), [vector.digestHex])
    }
  }

  func testRandomMessagesMatchTheScalarHash() {
    var generator = SeededGenerator(seed: 0x4c41_4e45_53)
    let messages = randomMessages(count: 3_000, maxLength: 2_000, using: &generator)
    XCTAssertEqual(lanes(messages), messages.map { SHA256.hash($0) })
    XCTAssertEqual(lanes(messages, prefix: 0x00), messages.map { MerkleHash.leaf($0) })
  }

  func testPaddingEdgesMatchTheScalarHash() {
    var generator = SeededGenerator(seed: 0x4544_4745)
    var messages: [[UInt8]] = []
    for length in Self.edgeLengths {
      messages.append((0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }
    XCTAssertEqual(lanes(messages), messages.map { SHA256.hash($0) })
    // With a one-byte prefix, the same edges fall one message byte earlier.
    XCTAssertEqual(lanes(messages, prefix: 0x00), messages.map { MerkleHash.leaf($0) })
    XCTAssertEqual(
      lanes(messages, prefix: 0x01),
      messages.map { SHA256.hash([0x01] + $0) })
    // Every length in order, so that every lane meets every edge next to every other.
    let all = (0...260).map { [UInt8](repeating: UInt8($0 & 0xff), count: $0) }
    XCTAssertEqual(lanes(all), all.map { SHA256.hash($0) })
    XCTAssertEqual(lanes(all, prefix: 0x00), all.map { MerkleHash.leaf($0) })
  }

  func testEveryCountOfMessagesUpToThreeTimesTheLanes() {
    var generator = SeededGenerator(seed: 0x434f_554e_54)
    for count in 0...(3 * SHA256Lanes.laneCount + 1) {
      let messages = randomMessages(count: count, maxLength: 300, using: &generator)
      XCTAssertEqual(lanes(messages), messages.map { SHA256.hash($0) }, "\(count) messages")
    }
    XCTAssertEqual(lanes([]), [])
  }

  func testKnownAnswersOfAllZeroLengthMessages() {
    let empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    let leafOfEmpty = "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"
    XCTAssertEqual(lanes([[], [], []]).map(\.hex), [empty, empty, empty])
    XCTAssertEqual(lanes([[]], prefix: 0x00).map(\.hex), [leafOfEmpty])
  }

  func testWritesEachDigestAtItsMessagesIndexOnly() {
    let lengths = (0..<7).map { $0 * 40 }
    let joined = (0..<lengths.reduce(0, +)).map { UInt8($0 % 251) }
    var starts: [Int] = []
    var next = 0
    for length in lengths {
      starts.append(next)
      next += length
    }
    var digests = [SHA256Digest](repeating: .zero, count: 9)
    joined.withUnsafeBytes { bytes in
      digests.withUnsafeMutableBufferPointer { output in
        SHA256Lanes.hash(count: 7, into: output) { index in
          UnsafeRawBufferPointer(rebasing: bytes[starts[index]..<starts[index] + lengths[index]])
        }
      }
    }
    let expected = (0..<7).map { SHA256.hash(joined[starts[$0]..<starts[$0] + lengths[$0]]) }
    XCTAssertEqual(Array(digests[0..<7]), expected)
    XCTAssertEqual(Array(digests[7...]), [.zero, .zero])
  }
}
