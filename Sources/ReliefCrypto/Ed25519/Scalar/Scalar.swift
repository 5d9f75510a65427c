/// A 256-bit little-endian integer in four 64-bit limbs, used for scalars modulo the group
/// order L = 2^252 + 27742317777372353535851937790883648493.
///
/// The results of `init(reducingWide:)` and `multiplyAdd` are below L; a clamped secret
/// scalar (below 2^255) is also held as a `Scalar` without being reduced.
struct Scalar: Sendable {
  var l0: UInt64
  var l1: UInt64
  var l2: UInt64
  var l3: UInt64

  /// L, least significant limb first.
  static let order: [UInt64] = [
    0x5812_631a_5cf5_d3ed, 0x14de_f9de_a2f7_9cd6, 0x0000_0000_0000_0000, 0x1000_0000_0000_0000,
  ]

  init(_ l0: UInt64, _ l1: UInt64, _ l2: UInt64, _ l3: UInt64) {
    self.l0 = l0
    self.l1 = l1
    self.l2 = l2
    self.l3 = l3
  }

  /// Reads 32 little-endian bytes as they are, without reduction.
  init(bytes: UnsafeRawBufferPointer) {
    precondition(bytes.count == 32, "a scalar is 32 bytes")
    func word(_ index: Int) -> UInt64 {
      UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 8 &* index, as: UInt64.self))
    }
    self.init(word(0), word(1), word(2), word(3))
  }

  /// Reads 32 little-endian bytes, or returns nil if they encode a value of L or more, as RFC 8032
  /// section 5.1.7 requires of S.
  ///
  /// Variable time: for public values only.
  init?(canonicalBytes bytes: UnsafeRawBufferPointer) {
    self.init(bytes: bytes)
    let order = (Self.order[3], Self.order[2], Self.order[1], Self.order[0])
    // Tuples compare lexicographically: most significant limb first.
    guard (l3, l2, l1, l0) < order else { return nil }
  }

  /// Writes the 32 little-endian bytes to the start of `bytes`.
  func write(to bytes: UnsafeMutableRawBufferPointer) {
    bytes.storeBytes(of: l0.littleEndian, toByteOffset: 0, as: UInt64.self)
    bytes.storeBytes(of: l1.littleEndian, toByteOffset: 8, as: UInt64.self)
    bytes.storeBytes(of: l2.littleEndian, toByteOffset: 16, as: UInt64.self)
    bytes.storeBytes(of: l3.littleEndian, toByteOffset: 24, as: UInt64.self)
  }

  /// The `count` bits (fewer than 64) starting at bit `index` (0 = least significant),
  /// with zeros past the top.
  ///
  /// Variable time.
  @inline(__always)
  func bits(at index: Int, count: Int) -> UInt64 {
    let limbs = (l0, l1, l2, l3, UInt64(0))
    func limb(_ position: Int) -> UInt64 {
      switch position {
      case 0: limbs.0
      case 1: limbs.1
      case 2: limbs.2
      case 3: limbs.3
      default: limbs.4
      }
    }
    let position = index &>> 6
    let shift = index & 63
    var value = limb(position) &>> shift
    if shift &+ count > 64 {
      value |= limb(position &+ 1) &<< (64 &- shift)
    }
    return value & ((1 &<< count) &- 1)
  }
}
