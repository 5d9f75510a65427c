/// Precomputed multiples of the base point for constant-time fixed-base multiplication:
/// entry 8·i + (j − 1) is j·256^i·B for i in 0..<32 and j in 1...8, in affine cached form.
///
/// Built once, on first use, from B itself (256 inversions, about a millisecond in a
/// release build) rather than shipped as thousands of literal constants.
enum BasePointTable {
  static let rowCount = 32
  static let entriesPerRow = 8

  static let entries: [AffineCachedPoint] = build()

  private static func build() -> [AffineCachedPoint] {
    var entries: [AffineCachedPoint] = []
    entries.reserveCapacity(rowCount * entriesPerRow)
    var rowBase = EdwardsPoint.base
    for _ in 0..<rowCount {
      let addend = rowBase.cached
      var multiple = rowBase
      for j in 1...entriesPerRow {
        entries.append(multiple.affineCached)
        if j < entriesPerRow {
          multiple = (multiple + addend).extended
        }
      }
      // The next row's base is 256 times this one's: eight doublings.
      var doubling = rowBase.projective
      for _ in 0..<7 {
        doubling = doubling.doubled().projective
      }
      rowBase = doubling.doubled().extended
    }
    return entries
  }
}

extension EdwardsPoint {
  /// [scalar]B for a 32-byte little-endian scalar whose top bit is clear.
  ///
  /// Constant time: the work and every memory access are the same for all scalars.
  ///
  /// Writes the scalar as 64 signed radix-16 digits e_k in −8...8, so that
  /// scalar·B = Σ e_k·16^k·B. Odd k contribute 16·Σ e_{2i+1}·256^i·B and even k
  /// Σ e_{2i}·256^i·B, so every term is ±(a table entry of row i): the odd terms are summed,
  /// multiplied by 16 with four doublings, and the even terms added.
  static func baseMultiple(scalar: UnsafeRawBufferPointer) -> EdwardsPoint {
    precondition(scalar.count == 32 && scalar[31] < 0x80, "scalar must be below 2^255")
    return withUnsafeTemporaryAllocation(of: Int8.self, capacity: 64) { digits in
      Scalar.writeSignedRadix16(scalar, to: digits)
      return BasePointTable.entries.withUnsafeBufferPointer { table in
        var sum = EdwardsPoint.identity
        for index in stride(from: 1, to: 64, by: 2) {
          sum = (sum + selectMultiple(row: index / 2, digit: digits[index], table)).extended
        }
        var doubling = sum.projective
        for _ in 0..<3 {
          doubling = doubling.doubled().projective
        }
        sum = doubling.doubled().extended
        for index in stride(from: 0, to: 64, by: 2) {
          sum = (sum + selectMultiple(row: index / 2, digit: digits[index], table)).extended
        }
        return sum
      }
    }
  }

  /// digit·(row's base) for a digit in −8...8, read by scanning all eight entries of the row with
  /// masks, so neither the magnitude nor the sign of the secret digit decides a branch or a memory
  /// address.
  ///
  /// Digit 0 gives the identity.
  @inline(__always)
  private static func selectMultiple(
    row: Int, digit: Int8, _ table: UnsafeBufferPointer<AffineCachedPoint>
  ) -> AffineCachedPoint {
    let signBits = digit &>> 7  // −1 for a negative digit, else 0
    let magnitude = UInt64(truncatingIfNeeded: (digit ^ signBits) &- signBits)
    let rowStart = row &* BasePointTable.entriesPerRow
    var selected = AffineCachedPoint.identity
    for j in 1...BasePointTable.entriesPerRow {
      let mask = equalityMask(magnitude, UInt64(truncatingIfNeeded: j))
      selected = selected.selecting(table[rowStart &+ j &- 1], where: mask)
    }
    let negativeMask = UInt64(truncatingIfNeeded: Int64(signBits))
    return selected.selecting(selected.negated, where: negativeMask)
  }
}

/// All ones if a == b, else zero, for a, b below 2^63; computed without a branch.
@inline(__always)
func equalityMask(_ a: UInt64, _ b: UInt64) -> UInt64 {
  0 &- (((a ^ b) &- 1) &>> 63)
}

extension AffineCachedPoint {
  /// `other` where `mask` is all ones, `self` where it is zero; no branch on the mask.
  @inline(__always)
  func selecting(_ other: AffineCachedPoint, where mask: UInt64) -> AffineCachedPoint {
    AffineCachedPoint(
      yPlusX: yPlusX.selecting(other.yPlusX, where: mask),
      yMinusX: yMinusX.selecting(other.yMinusX, where: mask),
      xyTimesDoubleD: xyTimesDoubleD.selecting(other.xyTimesDoubleD, where: mask))
  }
}
