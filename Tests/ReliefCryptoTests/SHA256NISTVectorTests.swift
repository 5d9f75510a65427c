import ReliefCrypto
import XCTest

/// NIST CAVP SHAVS byte-oriented vectors: ShortMsg, LongMsg and the Monte Carlo test.
final class SHA256NISTVectorTests: XCTestCase {
  private static let chunkSizes = [1, 3, 63, 64, 65]

  func testShortMessagesMatchNISTVectors() throws {
    let cases = try NISTVectorFile.load("SHA256ShortMsg.rsp").messageCases()
    XCTAssertEqual(cases.count, 65)
    XCTAssertEqual(cases.first?.bitLength, 0)
    XCTAssertEqual(cases.first?.message, [])
    checkOneShotAndStreaming(cases, file: "ShortMsg", seed: 0x5348_4f52_54)
  }

  func testLongMessagesMatchNISTVectors() throws {
    let cases = try NISTVectorFile.load("SHA256LongMsg.rsp").messageCases()
    XCTAssertEqual(cases.count, 64)
    checkOneShotAndStreaming(cases, file: "LongMsg", seed: 0x4c4f_4e47)
  }

  /// SHAVS section 6.4: each checkpoint j starts from MD0 = MD1 = MD2 = Seed, computes
  /// MDi = SHA-256(MDi-3 || MDi-2 || MDi-1) for i = 3...1002, and outputs MD1002, which is
  /// also the next Seed.
  func testMonteCarloCheckpointsMatchNISTVectors() throws {
    let monte = try NISTVectorFile.load("SHA256Monte.rsp").monteCarlo()
    XCTAssertEqual(monte.checkpointHexes.count, 100)
    guard var seed = SHA256Digest(bytes: monte.seed) else {
      return XCTFail("Seed is not 32 bytes")
    }
    for (count, expected) in monte.checkpointHexes.enumerated() {
      var (md0, md1, md2) = (seed, seed, seed)
      for _ in 3...1002 {
        var hasher = SHA256()
        md0.withUnsafeBytes { hasher.update($0) }
        md1.withUnsafeBytes { hasher.update($0) }
        md2.withUnsafeBytes { hasher.update($0) }
        (md0, md1, md2) = (md1, md2, hasher.finalize())
      }
      XCTAssertEqual(md2.hex, expected, "Monte Carlo COUNT = \(count)")
      seed = md2
    }
  }

  private func checkOneShotAndStreaming(
    _ cases: [NISTVectorFile.MessageCase], file: String, seed: UInt64
  ) {
    var generator = SeededGenerator(seed: seed)
    for vector in cases {
      let label = "\(file) Len = \(vector.bitLength)"
      let message = vector.message
      XCTAssertEqual(SHA256.hash(message).hex, vector.digestHex, "\(label), one-shot array")
      XCTAssertEqual(
        SHA256.hash(message[...]).hex, vector.digestHex, "\(label), one-shot slice")
      let rawDigest = message.withUnsafeBytes { SHA256.hash($0) }
      XCTAssertEqual(rawDigest.hex, vector.digestHex, "\(label), one-shot raw buffer")
      for size in Self.chunkSizes {
        XCTAssertEqual(
          StreamingFeed.slices(message, chunkSize: size).hex, vector.digestHex,
          "\(label), streamed in \(size)-byte chunks")
      }
      for _ in 0..<4 {
        let cuts = StreamingFeed.randomCuts(
          length: message.count, maxCuts: 8, using: &generator)
        XCTAssertEqual(
          StreamingFeed.rawPieces(message, cuts: cuts).hex, vector.digestHex,
          "\(label), streamed with cuts at \(cuts)")
      }
    }
  }
}
