extension FieldElement {
  /// √−1 = 2^((p−1)/4) mod p.
  static let squareRootOfMinusOne = FieldElement(
    0x6_1b27_4a0e_a0b0, 0x0_d5a5_fc8f_189d, 0x7_ef5e_9cbd_0c60,
    0x7_8595_a680_4c9e, 0x2_b832_4804_fc1d)

  /// self^(2^250 − 1) and self^11, the shared prefix of the inversion and square-root
  /// exponents, by a fixed chain of 250 squarings and 11 multiplications.
  private func powerTwo250MinusOne() -> (power: FieldElement, eleventh: FieldElement) {
    let z2 = squared()
    let z9 = z2.squared(repeatedly: 2) * self
    let z11 = z9 * z2
    let z2p5m1 = z11.squared() * z9  // z^(2^5 − 1) = z^31
    let z2p10m1 = z2p5m1.squared(repeatedly: 5) * z2p5m1
    let z2p20m1 = z2p10m1.squared(repeatedly: 10) * z2p10m1
    let z2p40m1 = z2p20m1.squared(repeatedly: 20) * z2p20m1
    let z2p50m1 = z2p40m1.squared(repeatedly: 10) * z2p10m1
    let z2p100m1 = z2p50m1.squared(repeatedly: 50) * z2p50m1
    let z2p200m1 = z2p100m1.squared(repeatedly: 100) * z2p100m1
    let z2p250m1 = z2p200m1.squared(repeatedly: 50) * z2p50m1
    return (z2p250m1, z11)
  }

  /// self⁻¹ = self^(p − 2) (Fermat); zero maps to zero.
  ///
  /// Constant time.
  func inverted() -> FieldElement {
    let (z2p250m1, z11) = powerTwo250MinusOne()
    // p − 2 = 2^255 − 21 = (2^250 − 1)·2^5 + 11.
    return z2p250m1.squared(repeatedly: 5) * z11
  }

  /// self^((p − 5)/8) = self^(2^252 − 3).
  private func powerPMinus5Over8() -> FieldElement {
    // 2^252 − 3 = (2^250 − 1)·2^2 + 1.
    powerTwo250MinusOne().power.squared(repeatedly: 2) * self
  }

  /// The non-negative square root of u/v when u/v is a square in the field, else nil.
  /// (Zero counts as a square whose root is zero; v = 0 with u ≠ 0 has no root.)
  ///
  /// Uses x = u·v³·(u·v⁷)^((p−5)/8) (RFC 8032 section 5.1.3): then v·x² is u if x is a
  /// root, −u if x·√−1 is one, and anything else means there is none. Only decoding of
  /// public points uses this, so returning early is fine.
  static func squareRootOfRatio(_ u: FieldElement, _ v: FieldElement) -> FieldElement? {
    let v3 = v.squared() * v
    let v7 = v3.squared() * v
    var x = u * v3 * (u * v7).powerPMinus5Over8()
    let check = v * x.squared()
    if check.isEqual(to: u) {
      // x is a root.
    } else if check.isEqual(to: -u) {
      x = x * squareRootOfMinusOne
    } else {
      return nil
    }
    return x.isNegative ? -x : x
  }
}
