/// A point on edwards25519, −x² + y² = 1 + d·x²·y², in extended coordinates
/// (X : Y : Z : T) with x = X/Z, y = Y/Z and x·y = T/Z (Hisil, Wong, Carter and Dawson,
/// "Twisted Edwards curves revisited", 2008).
struct EdwardsPoint: Sendable {
  var x: FieldElement
  var y: FieldElement
  var z: FieldElement
  var t: FieldElement

  /// d = −121665/121666 mod p.
  static let d = FieldElement(
    0x3_4dca_1359_78a3, 0x1_a828_3b15_6ebd, 0x5_e7a2_6001_c029,
    0x7_39c6_63a0_3cbb, 0x5_2036_cee2_b6ff)

  /// 2·d, the constant of the addition formulas.
  static let doubleD = FieldElement(
    0x6_9b94_26b2_f159, 0x3_5050_762a_dd7a, 0x3_cf44_c003_8052,
    0x6_738c_c740_7977, 0x2_406d_9dc5_6dff)

  /// The neutral element (0, 1).
  static let identity = EdwardsPoint(x: .zero, y: .one, z: .one, t: .zero)

  /// The base point B of RFC 8032: y = 4/5 and x even.
  static let base = EdwardsPoint(
    x: FieldElement(
      0x6_2d60_8f25_d51a, 0x4_12a4_b4f6_592a, 0x7_5b71_71a4_b31d,
      0x1_ff60_5271_18fe, 0x2_1693_6d3c_d6e5),
    y: FieldElement(
      0x6_6666_6666_6658, 0x4_cccc_cccc_cccc, 0x1_9999_9999_9999,
      0x3_3333_3333_3333, 0x6_6666_6666_6666),
    z: .one,
    t: FieldElement(
      0x6_8ab3_a5b7_dda3, 0x0_0eea_2a5e_adbb, 0x2_af8d_f483_c27e,
      0x3_32b3_7527_4732, 0x6_7875_f0fd_78b7))

  /// −self: (x, y) ↦ (−x, y).
  var negated: EdwardsPoint {
    EdwardsPoint(x: -x, y: y, z: z, t: -t)
  }
}

extension EdwardsPoint {
  /// Decodes a 32-byte point encoding the way Go's edwards25519 `Point.SetBytes` does (and
  /// OpenSSL's verifier): y is bits 0–254 taken mod p, so non-canonical y ≥ p is accepted; bit 255
  /// picks the sign of x, and x = 0 with the sign bit set is accepted as x = 0.
  ///
  /// Returns nil only when no point has this y. Variable time: public keys only.
  init?(encoded bytes: UnsafeRawBufferPointer) {
    guard bytes.count == 32 else { return nil }
    let y = FieldElement(bytes: bytes)
    let ySquared = y.squared()
    // From the curve equation: x² = (y² − 1) / (d·y² + 1).
    let u = ySquared - .one
    let v = Self.d * ySquared + .one
    guard var x = FieldElement.squareRootOfRatio(u, v) else { return nil }
    if bytes[31] & 0x80 != 0 {
      x = -x
    }
    self.init(x: x, y: y, z: .one, t: x * y)
  }

  /// The 32-byte encoding of RFC 8032 section 5.1.2: canonical y, with the sign (low bit) of x in
  /// bit 255.
  ///
  /// Constant time.
  func write(to bytes: UnsafeMutableRawBufferPointer) {
    ProjectivePoint(x: x, y: y, z: z).write(to: bytes)
  }
}

extension ProjectivePoint {
  /// The 32-byte encoding of the point, as for `EdwardsPoint`.
  ///
  /// Constant time.
  func write(to bytes: UnsafeMutableRawBufferPointer) {
    let zInverse = z.inverted()
    let affineX = x * zInverse
    let affineY = y * zInverse
    affineY.write(to: bytes)
    let sign = UInt8(truncatingIfNeeded: affineX.encoded.0 & 1)
    bytes[31] |= sign &<< 7
  }
}
