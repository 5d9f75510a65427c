// The other coordinate systems the group law passes through. Additions and doublings
// produce a CompletedPoint; converting it to extended coordinates costs four
// multiplications, to projective three, so a doubling that is followed by another doubling
// skips T. All formulas are complete on edwards25519 (a = −1, d not a square): they hold
// for every pair of points, identity and small-order points included, with no branches.

/// A point in projective coordinates (X : Y : Z), x = X/Z, y = Y/Z.
struct ProjectivePoint: Sendable {
  var x: FieldElement
  var y: FieldElement
  var z: FieldElement

  static let identity = ProjectivePoint(x: .zero, y: .one, z: .one)
}

/// A point as ((X : Z), (Y : T)) with x = X/Z and y = Y/T: the shape every addition and
/// doubling formula below produces before its final multiplications.
struct CompletedPoint: Sendable {
  var x: FieldElement
  var y: FieldElement
  var z: FieldElement
  var t: FieldElement

  /// The same point in extended coordinates (X·T : Y·Z : Z·T : X·Y).
  @inline(__always)
  var extended: EdwardsPoint {
    EdwardsPoint(x: x * t, y: y * z, z: z * t, t: x * y)
  }

  /// The same point in projective coordinates (X·T : Y·Z : Z·T).
  @inline(__always)
  var projective: ProjectivePoint {
    ProjectivePoint(x: x * t, y: y * z, z: z * t)
  }
}

/// A point prepared as an addend: (Y + X, Y − X, Z, 2d·T).
struct CachedPoint: Sendable {
  var yPlusX: FieldElement
  var yMinusX: FieldElement
  var z: FieldElement
  var tTimesDoubleD: FieldElement
}

/// An affine point (Z = 1) prepared as an addend: (y + x, y − x, 2d·x·y).
///
/// Tables of these make fixed-base multiplication cheaper.
struct AffineCachedPoint: Sendable {
  var yPlusX: FieldElement
  var yMinusX: FieldElement
  var xyTimesDoubleD: FieldElement

  /// The identity (0, 1) in this form.
  static let identity = AffineCachedPoint(yPlusX: .one, yMinusX: .one, xyTimesDoubleD: .zero)

  /// −self: negating x swaps y + x with y − x and negates x·y.
  var negated: AffineCachedPoint {
    AffineCachedPoint(yPlusX: yMinusX, yMinusX: yPlusX, xyTimesDoubleD: -xyTimesDoubleD)
  }
}

extension EdwardsPoint {
  /// self as an addend.
  var cached: CachedPoint {
    CachedPoint(yPlusX: y + x, yMinusX: y - x, z: z, tTimesDoubleD: t * Self.doubleD)
  }

  /// self as an affine addend.
  ///
  /// Costs an inversion.
  var affineCached: AffineCachedPoint {
    let zInverse = z.inverted()
    let affineX = x * zInverse
    let affineY = y * zInverse
    return AffineCachedPoint(
      yPlusX: affineY + affineX, yMinusX: affineY - affineX,
      xyTimesDoubleD: affineX * affineY * Self.doubleD)
  }

  /// self projected, dropping T.
  var projective: ProjectivePoint {
    ProjectivePoint(x: x, y: y, z: z)
  }
}
