extension SHA256 {
  /// The eight 32-bit chaining words H0...H7.
  struct State: Sendable {
    var h0: UInt32
    var h1: UInt32
    var h2: UInt32
    var h3: UInt32
    var h4: UInt32
    var h5: UInt32
    var h6: UInt32
    var h7: UInt32

    /// The digest bytes: each word in big-endian order, H0 first.
    var digest: SHA256Digest {
      SHA256Digest { bytes in
        bytes.storeBytes(of: h0.bigEndian, toByteOffset: 0, as: UInt32.self)
        bytes.storeBytes(of: h1.bigEndian, toByteOffset: 4, as: UInt32.self)
        bytes.storeBytes(of: h2.bigEndian, toByteOffset: 8, as: UInt32.self)
        bytes.storeBytes(of: h3.bigEndian, toByteOffset: 12, as: UInt32.self)
        bytes.storeBytes(of: h4.bigEndian, toByteOffset: 16, as: UInt32.self)
        bytes.storeBytes(of: h5.bigEndian, toByteOffset: 20, as: UInt32.self)
        bytes.storeBytes(of: h6.bigEndian, toByteOffset: 24, as: UInt32.self)
        bytes.storeBytes(of: h7.bigEndian, toByteOffset: 28, as: UInt32.self)
      }
    }
  }
}
