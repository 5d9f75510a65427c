extension FieldElement {
  /// Reads a 32-byte little-endian field element, ignoring the top bit (bit 255) as RFC 7748 does.
  ///
  /// Values from p to 2^255 − 1 are accepted and taken mod p: Ed25519 verification in Go and
  /// OpenSSL decodes public keys this way.
  init(bytes: UnsafeRawBufferPointer) {
    precondition(bytes.count == 32, "a field element is 32 bytes")
    func word(_ offset: Int) -> UInt64 {
      UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
    // Limb i starts at bit 51·i: bytes 0, 6 (+3 bits), 12 (+6), 19 (+1), 24 (+12).
    self.init(
      word(0) & Self.limbMask, (word(6) &>> 3) & Self.limbMask,
      (word(12) &>> 6) & Self.limbMask, (word(19) &>> 1) & Self.limbMask,
      (word(24) &>> 12) & Self.limbMask)
  }

  /// The unique representative below p as 32 little-endian bytes (bit 255 clear), in four
  /// little-endian words.
  ///
  /// Constant time.
  var encoded: (UInt64, UInt64, UInt64, UInt64) {
    // After a carry pass every limb is below 2^51 + 2^18, so value + 19 < 2^256 and each
    // step below carries 0 or 1: the last carry is exactly ⌊(value + 19) / 2^255⌋, which
    // is 1 precisely when value ≥ p (and then value − p < p).
    let t = carried()
    var quotient = (t.l0 &+ 19) &>> 51
    quotient = (t.l1 &+ quotient) &>> 51
    quotient = (t.l2 &+ quotient) &>> 51
    quotient = (t.l3 &+ quotient) &>> 51
    quotient = (t.l4 &+ quotient) &>> 51
    // value − p·quotient = value + 19·quotient − 2^255·quotient: add, carry, drop bit 255.
    var l0 = t.l0 &+ 19 &* quotient
    var l1 = t.l1 &+ (l0 &>> 51)
    l0 &= Self.limbMask
    var l2 = t.l2 &+ (l1 &>> 51)
    l1 &= Self.limbMask
    var l3 = t.l3 &+ (l2 &>> 51)
    l2 &= Self.limbMask
    var l4 = t.l4 &+ (l3 &>> 51)
    l3 &= Self.limbMask
    l4 &= Self.limbMask
    return (
      l0 | l1 &<< 51, l1 &>> 13 | l2 &<< 38, l2 &>> 26 | l3 &<< 25, l3 &>> 39 | l4 &<< 12
    )
  }

  /// Writes the canonical 32-byte encoding to the start of `bytes`.
  func write(to bytes: UnsafeMutableRawBufferPointer) {
    let words = encoded
    bytes.storeBytes(of: words.0.littleEndian, toByteOffset: 0, as: UInt64.self)
    bytes.storeBytes(of: words.1.littleEndian, toByteOffset: 8, as: UInt64.self)
    bytes.storeBytes(of: words.2.littleEndian, toByteOffset: 16, as: UInt64.self)
    bytes.storeBytes(of: words.3.littleEndian, toByteOffset: 24, as: UInt64.self)
  }

  /// Whether the canonical value is odd, which RFC 8032 calls "negative".
  var isNegative: Bool {
    encoded.0 & 1 == 1
  }

  /// Whether the two elements are equal mod p.
  ///
  /// Variable time: for public values only.
  func isEqual(to other: FieldElement) -> Bool {
    let a = encoded
    let b = other.encoded
    return a.0 == b.0 && a.1 == b.1 && a.2 == b.2 && a.3 == b.3
  }
}
