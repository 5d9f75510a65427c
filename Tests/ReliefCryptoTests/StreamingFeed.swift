import ReliefCrypto

/// Ways of feeding a message to `SHA256` piece by piece.
enum StreamingFeed {
  /// Hashes `message` by updating with consecutive `ArraySlice`s of `chunkSize` bytes.
  static func slices(_ message: [UInt8], chunkSize: Int) -> SHA256Digest {
    var hasher = SHA256()
    var start = 0
    while start < message.count {
      let end = min(start + chunkSize, message.count)
      hasher.update(message[start..<end])
      start = end
    }
    return hasher.finalize()
  }

  /// Hashes `message` by updating with raw buffers cut at the given ascending offsets.
  static func rawPieces(_ message: [UInt8], cuts: [Int]) -> SHA256Digest {
    var hasher = SHA256()
    message.withUnsafeBytes { bytes in
      var start = 0
      for end in cuts + [bytes.count] {
        hasher.update(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
        start = end
      }
    }
    return hasher.finalize()
  }

  /// Up to `maxCuts` random, sorted cut offsets within `0...length` (repeats allowed, so
  /// empty updates are exercised too).
  static func randomCuts(
    length: Int, maxCuts: Int, using generator: inout SeededGenerator
  ) -> [Int] {
    let count = Int.random(in: 0...maxCuts, using: &generator)
    return (0..<count).map { _ in Int.random(in: 0...length, using: &generator) }.sorted()
  }
}
