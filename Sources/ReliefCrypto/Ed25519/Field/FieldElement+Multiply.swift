// Bounds: inputs have limbs below 2^51 + 2^18 < 2^51.01, and 19 times a limb is below
// 2^55.26, so each 64×64-bit product is below 2^106.3 and each sum of five below 2^108.7:
// comfortably within 128 bits. The carry out of each sum is then below 2^57.7 and 19 times
// the top one below 2^62.0, within 64 bits, which is why every input must be lightly reduced.

extension FieldElement {
  // The conversions between UInt64 and UInt128 below use the standard library's concrete
  // `UInt128(_low:_high:)` and `_low`: the generic `UInt128(_:)` and
  // `UInt64(truncatingIfNeeded:)` stay unspecialized in debug builds, which made the
  // debug test suite about three times slower. Release code is the same either way.

  /// The full 128-bit product of two limbs.
  @inline(__always)
  private static func wide(_ a: UInt64, _ b: UInt64) -> UInt128 {
    let (high, low) = a.multipliedFullWidth(by: b)
    return UInt128(_low: low, _high: high)
  }

  /// Bits 51 and up of a column sum, which fit in 64 bits for sums below 2^115.
  @inline(__always)
  private static func carry(_ sum: UInt128) -> UInt64 {
    (sum &>> (51 as UInt128))._low
  }

  /// a·b mod p, by schoolbook multiplication in which limb products of weight 2^255 and
  /// above are folded down times 19.
  @inline(__always)
  static func * (a: FieldElement, b: FieldElement) -> FieldElement {
    let b1x19 = b.l1 &* 19
    let b2x19 = b.l2 &* 19
    let b3x19 = b.l3 &* 19
    let b4x19 = b.l4 &* 19
    let r0 =
      wide(a.l0, b.l0) &+ wide(a.l1, b4x19) &+ wide(a.l2, b3x19)
      &+ wide(a.l3, b2x19) &+ wide(a.l4, b1x19)
    let r1 =
      wide(a.l0, b.l1) &+ wide(a.l1, b.l0) &+ wide(a.l2, b4x19)
      &+ wide(a.l3, b3x19) &+ wide(a.l4, b2x19)
    let r2 =
      wide(a.l0, b.l2) &+ wide(a.l1, b.l1) &+ wide(a.l2, b.l0)
      &+ wide(a.l3, b4x19) &+ wide(a.l4, b3x19)
    let r3 =
      wide(a.l0, b.l3) &+ wide(a.l1, b.l2) &+ wide(a.l2, b.l1)
      &+ wide(a.l3, b.l0) &+ wide(a.l4, b4x19)
    let r4 =
      wide(a.l0, b.l4) &+ wide(a.l1, b.l3) &+ wide(a.l2, b.l2)
      &+ wide(a.l3, b.l1) &+ wide(a.l4, b.l0)
    return reduced(r0, r1, r2, r3, r4)
  }

  /// self², with the symmetric limb products computed once and doubled.
  @inline(__always)
  func squared() -> FieldElement {
    let a0x2 = l0 &* 2
    let a1x2 = l1 &* 2
    let a1x38 = l1 &* 38
    let a2x38 = l2 &* 38
    let a3x38 = l3 &* 38
    let a3x19 = l3 &* 19
    let a4x19 = l4 &* 19
    let r0 = Self.wide(l0, l0) &+ Self.wide(a1x38, l4) &+ Self.wide(a2x38, l3)
    let r1 = Self.wide(a0x2, l1) &+ Self.wide(a2x38, l4) &+ Self.wide(a3x19, l3)
    let r2 = Self.wide(a0x2, l2) &+ Self.wide(l1, l1) &+ Self.wide(a3x38, l4)
    let r3 = Self.wide(a0x2, l3) &+ Self.wide(a1x2, l2) &+ Self.wide(a4x19, l4)
    let r4 = Self.wide(a0x2, l4) &+ Self.wide(a1x2, l3) &+ Self.wide(l2, l2)
    return Self.reduced(r0, r1, r2, r3, r4)
  }

  /// self squared `count` times in a row: self^(2^count).
  @inline(__always)
  func squared(repeatedly count: Int) -> FieldElement {
    var result = self
    for _ in 0..<count {
      result = result.squared()
    }
    return result
  }

  /// Turns five 128-bit column sums (each below 2^115) into a lightly reduced element.
  @inline(__always)
  private static func reduced(
    _ r0: UInt128, _ r1: UInt128, _ r2: UInt128, _ r3: UInt128, _ r4: UInt128
  ) -> FieldElement {
    let c0 = carry(r0)
    let c1 = carry(r1)
    let c2 = carry(r2)
    let c3 = carry(r3)
    let c4 = carry(r4)
    return FieldElement(
      (r0._low & limbMask) &+ c4 &* 19, (r1._low & limbMask) &+ c0,
      (r2._low & limbMask) &+ c1, (r3._low & limbMask) &+ c2, (r4._low & limbMask) &+ c3
    ).carried()
  }
}
