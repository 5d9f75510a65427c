extension Scalar {
  /// Writes the 64 signed radix-16 digits e_0...e_63, each in −8...8, with scalar = Σ e_k·16^k, for
  /// a 32-byte little-endian scalar below 2^255.
  ///
  /// Constant time: the carries are computed with arithmetic shifts, not comparisons.
  static func writeSignedRadix16(
    _ scalar: UnsafeRawBufferPointer, to digits: UnsafeMutableBufferPointer<Int8>
  ) {
    precondition(scalar.count == 32 && digits.count == 64, "32 bytes make 64 digits")
    for index in 0..<32 {
      digits[2 &* index] = Int8(truncatingIfNeeded: scalar[index] & 0x0f)
      digits[2 &* index &+ 1] = Int8(truncatingIfNeeded: scalar[index] &>> 4)
    }
    // Move each digit from 0...15 (plus an incoming carry) into −8...7 by carrying 16 to
    // the next digit when it is 8 or more. The top digit takes the last carry; since the
    // scalar is below 2^255 it ends up at most 8.
    var carry: Int8 = 0
    for index in 0..<63 {
      digits[index] &+= carry
      carry = (digits[index] &+ 8) &>> 4
      digits[index] &-= carry &<< 4
    }
    digits[63] &+= carry
  }

  /// Writes the width-`width` non-adjacent form of the scalar into 256 digits: every nonzero digit
  /// is odd and below 2^(width−1) in magnitude, any `width` consecutive digits hold at most one
  /// nonzero, and scalar = Σ d_i·2^i.
  ///
  /// Variable time: for public scalars only.
  ///
  /// - Precondition: the scalar is below 2^253 and 2 ≤ width ≤ 8.
  func writeNonAdjacentForm(width: Int, to digits: UnsafeMutableBufferPointer<Int8>) {
    precondition(digits.count == 256 && (2...8).contains(width), "256 digits, width 2...8")
    precondition(l3 &>> 61 == 0, "the scalar must be below 2^253")
    for index in 0..<256 {
      digits[index] = 0
    }
    let windowSize = 1 &<< width
    var position = 0
    var carry = 0
    while position < 256 {
      // The value still to be written is (scalar >> position) + carry.
      let window = Int(truncatingIfNeeded: bits(at: position, count: width)) &+ carry
      if window & 1 == 0 {
        // Bit and carry cancel or are both zero: a zero digit; the carry moves up one.
        position &+= 1
        continue
      }
      if window < windowSize &>> 1 {
        digits[position] = Int8(truncatingIfNeeded: window)
        carry = 0
      } else {
        // Take window − 2^width (negative) here and carry 2^width upward.
        digits[position] = Int8(truncatingIfNeeded: window &- windowSize)
        carry = 1
      }
      position &+= width
    }
    assert(carry == 0, "a scalar below 2^253 fits in 256 NAF digits")
  }
}
