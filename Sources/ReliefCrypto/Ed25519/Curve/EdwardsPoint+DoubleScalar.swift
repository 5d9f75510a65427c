/// The odd multiples 1·B, 3·B, 5·B, …, 127·B in affine cached form: the addends for the width-8
/// non-adjacent form of the base-point scalar in verification.
///
/// Built on first use.
enum BasePointOddMultiples {
  static let width = 8
  static let entries: [AffineCachedPoint] = build()

  private static func build() -> [AffineCachedPoint] {
    let count = 1 &<< (width &- 2)
    let twiceBase = EdwardsPoint.base.doubled().extended.cached
    var multiple = EdwardsPoint.base
    var entries: [AffineCachedPoint] = []
    entries.reserveCapacity(count)
    for index in 0..<count {
      entries.append(multiple.affineCached)
      if index &+ 1 < count {
        multiple = (multiple + twiceBase).extended
      }
    }
    return entries
  }
}

extension EdwardsPoint {
  /// Width of the non-adjacent form for the variable point: 8 odd multiples, built per call.
  private static let pointWindowWidth = 5

  /// [a]P + [b]B for scalars below 2^253.
  ///
  /// Variable time: it branches on the digits of the scalars, so it must only see public values
  /// (verification).
  ///
  /// Interleaves the two non-adjacent forms in one double-and-add pass from the top digit
  /// down, so the 253 doublings are shared.
  static func doubleScalarMultiple(
    _ a: Scalar, _ point: EdwardsPoint, plusBaseTimes b: Scalar
  ) -> ProjectivePoint {
    withUnsafeTemporaryAllocation(of: Int8.self, capacity: 512) { digits in
      let aDigits = UnsafeMutableBufferPointer(rebasing: digits[0..<256])
      let bDigits = UnsafeMutableBufferPointer(rebasing: digits[256..<512])
      a.writeNonAdjacentForm(width: pointWindowWidth, to: aDigits)
      b.writeNonAdjacentForm(width: BasePointOddMultiples.width, to: bDigits)
      let count = 1 &<< (pointWindowWidth &- 2)
      return withUnsafeTemporaryAllocation(of: CachedPoint.self, capacity: count) { odd in
        // odd[i] = (2i + 1)·P.
        let twicePoint = point.doubled().extended.cached
        var multiple = point
        for index in 0..<count {
          odd.initializeElement(at: index, to: multiple.cached)
          if index &+ 1 < count {
            multiple = (multiple + twicePoint).extended
          }
        }
        return BasePointOddMultiples.entries.withUnsafeBufferPointer { baseOdd in
          combine(aDigits, UnsafeBufferPointer(odd), bDigits, baseOdd)
        }
      }
    }
  }

  /// Σ aDigits[i]·2^i·P + Σ bDigits[i]·2^i·B, given the odd multiples of P and B.
  private static func combine(
    _ aDigits: UnsafeMutableBufferPointer<Int8>, _ pointOdd: UnsafeBufferPointer<CachedPoint>,
    _ bDigits: UnsafeMutableBufferPointer<Int8>,
    _ baseOdd: UnsafeBufferPointer<AffineCachedPoint>
  ) -> ProjectivePoint {
    var top = 255
    while top >= 0 && aDigits[top] == 0 && bDigits[top] == 0 {
      top &-= 1
    }
    var sum = ProjectivePoint.identity
    var index = top
    while index >= 0 {
      var step = sum.doubled()
      let aDigit = Int(aDigits[index])
      if aDigit > 0 {
        step = step.extended + pointOdd[aDigit / 2]
      } else if aDigit < 0 {
        step = step.extended - pointOdd[-aDigit / 2]
      }
      let bDigit = Int(bDigits[index])
      if bDigit > 0 {
        step = step.extended + baseOdd[bDigit / 2]
      } else if bDigit < 0 {
        step = step.extended - baseOdd[-bDigit / 2]
      }
      sum = step.projective
      index &-= 1
    }
    return sum
  }
}
