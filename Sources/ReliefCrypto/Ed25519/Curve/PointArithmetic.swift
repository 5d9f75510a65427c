// The group law in the formulas of Hisil, Wong, Carter and Dawson (2008) for a = −1:
// "add-2008-hwcd-3" for additions and "dbl-2008-hwcd" for doublings. Both end in the same
// four values E, F, G, H with result (E·F : G·H : F·G : E·H), so both return the completed
// point x = E/G, y = H/F.

extension ProjectivePoint {
  /// 2·self.
  ///
  /// A = X², B = Y², C = 2Z², E = (X + Y)² − A − B, G = B − A, F = G − C, H = −(A + B).
  @inline(__always)
  func doubled() -> CompletedPoint {
    let xx = x.squared()
    let yy = y.squared()
    let zz2 = z.squared().doubled()
    let xPlusYSquared = (x + y).squared()
    let g = yy - xx
    let h = -(xx + yy)
    return CompletedPoint(x: xPlusYSquared + h, y: h, z: g, t: g - zz2)
  }
}

extension EdwardsPoint {
  /// 2·self.
  @inline(__always)
  func doubled() -> CompletedPoint {
    projective.doubled()
  }

  /// self + other.
  ///
  /// A = (Y1 − X1)(Y2 − X2), B = (Y1 + X1)(Y2 + X2), C = 2d·T1·T2, D = 2·Z1·Z2, E = B − A, F = D −
  /// C, G = D + C, H = B + A.
  @inline(__always)
  static func + (lhs: EdwardsPoint, rhs: CachedPoint) -> CompletedPoint {
    let a = (lhs.y - lhs.x) * rhs.yMinusX
    let b = (lhs.y + lhs.x) * rhs.yPlusX
    let c = lhs.t * rhs.tTimesDoubleD
    let d = (lhs.z * rhs.z).doubled()
    return CompletedPoint(x: b - a, y: b + a, z: d + c, t: d - c)
  }

  /// self − other: the addition with other's x negated, which swaps its Y ± X and the signs
  /// of C.
  @inline(__always)
  static func - (lhs: EdwardsPoint, rhs: CachedPoint) -> CompletedPoint {
    let a = (lhs.y - lhs.x) * rhs.yPlusX
    let b = (lhs.y + lhs.x) * rhs.yMinusX
    let c = lhs.t * rhs.tTimesDoubleD
    let d = (lhs.z * rhs.z).doubled()
    return CompletedPoint(x: b - a, y: b + a, z: d - c, t: d + c)
  }

  /// self + other for an affine addend (Z2 = 1, so D = 2·Z1).
  @inline(__always)
  static func + (lhs: EdwardsPoint, rhs: AffineCachedPoint) -> CompletedPoint {
    let a = (lhs.y - lhs.x) * rhs.yMinusX
    let b = (lhs.y + lhs.x) * rhs.yPlusX
    let c = lhs.t * rhs.xyTimesDoubleD
    let d = lhs.z.doubled()
    return CompletedPoint(x: b - a, y: b + a, z: d + c, t: d - c)
  }

  /// self − other for an affine addend.
  @inline(__always)
  static func - (lhs: EdwardsPoint, rhs: AffineCachedPoint) -> CompletedPoint {
    let a = (lhs.y - lhs.x) * rhs.yPlusX
    let b = (lhs.y + lhs.x) * rhs.yMinusX
    let c = lhs.t * rhs.xyTimesDoubleD
    let d = lhs.z.doubled()
    return CompletedPoint(x: b - a, y: b + a, z: d - c, t: d + c)
  }
}
