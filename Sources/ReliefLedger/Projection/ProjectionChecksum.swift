/// A fast 64-bit checksum that catches damage to projection files (torn writes, bit rot).
///
/// Not a cryptographic hash: the projection is a cache the verifier never trusts, and
/// anyone able to forge it could rewrite the journal too.
enum ProjectionChecksum {
  static let seed: UInt64 = 0x9e37_79b9_7f4a_7c15

  static func of(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBytes { buffer in
      var sum = seed ^ UInt64(buffer.count)
      let words = buffer.count / 8
      for index in 0..<words {
        let word = UInt64(
          littleEndian: buffer.loadUnaligned(fromByteOffset: 8 * index, as: UInt64.self))
        sum = mix(sum, word)
      }
      var tail: UInt64 = 0
      for index in (8 * words)..<buffer.count {
        tail = (tail << 8) | UInt64(buffer[index])
      }
      return mix(sum, tail)
    }
  }

  static func of(words: [UInt64]) -> UInt64 {
    var sum = seed
    for word in words { sum = mix(sum, word) }
    return sum
  }

  @inline(__always)
  private static func mix(_ sum: UInt64, _ word: UInt64) -> UInt64 {
    let product = (sum ^ word) &* 0x0000_0100_0000_01b3
    return (product << 29) | (product >> 35)
  }
}
