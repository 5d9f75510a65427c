extension SHA512 {
  /// The eight 64-bit chaining words H0...H7.
  struct State: Sendable {
    var h0: UInt64
    var h1: UInt64
    var h2: UInt64
    var h3: UInt64
    var h4: UInt64
    var h5: UInt64
    var h6: UInt64
    var h7: UInt64

    /// H(0): the first 64 bits of the fractional parts of the square roots of the first
    /// eight primes (FIPS 180-4 section 5.3.5).
    static let initial = State(
      h0: 0x6a09_e667_f3bc_c908, h1: 0xbb67_ae85_84ca_a73b,
      h2: 0x3c6e_f372_fe94_f82b, h3: 0xa54f_f53a_5f1d_36f1,
      h4: 0x510e_527f_ade6_82d1, h5: 0x9b05_688c_2b3e_6c1f,
      h6: 0x1f83_d9ab_fb41_bd6b, h7: 0x5be0_cd19_137e_2179
    )

    /// The digest bytes: each word in big-endian order, H0 first.
    var digest: SHA512Digest {
      SHA512Digest { bytes in
        bytes.storeBytes(of: h0.bigEndian, toByteOffset: 0, as: UInt64.self)
        bytes.storeBytes(of: h1.bigEndian, toByteOffset: 8, as: UInt64.self)
        bytes.storeBytes(of: h2.bigEndian, toByteOffset: 16, as: UInt64.self)
        bytes.storeBytes(of: h3.bigEndian, toByteOffset: 24, as: UInt64.self)
        bytes.storeBytes(of: h4.bigEndian, toByteOffset: 32, as: UInt64.self)
        bytes.storeBytes(of: h5.bigEndian, toByteOffset: 40, as: UInt64.self)
        bytes.storeBytes(of: h6.bigEndian, toByteOffset: 48, as: UInt64.self)
        bytes.storeBytes(of: h7.bigEndian, toByteOffset: 56, as: UInt64.self)
      }
    }
  }
}
