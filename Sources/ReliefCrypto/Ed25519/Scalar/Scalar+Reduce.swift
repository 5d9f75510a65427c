// Reduction modulo L by Barrett's method (Menezes, van Oorschot and Vanstone, "Handbook of
// Applied Cryptography", algorithm 14.42) with base b = 2^64 and k = 4 limbs: for x < b^8,
// q = ⌊⌊x / b^3⌋ · μ / b^5⌋ with μ = ⌊b^8 / L⌋ underestimates ⌊x / L⌋ by at most 2, so
// r = x − q·L, computed mod b^5, is below 3L and two conditional subtractions finish.
// Every step is a fixed sequence of limb operations with masks instead of branches, so the
// time does not depend on the (secret) values.

extension Scalar {
  /// μ = ⌊2^512 / L⌋, least significant limb first.
  private static let barrettFactor: [UInt64] = [
    0xed9c_e5a3_0a2c_131b, 0x2106_215d_0863_29a7, 0xffff_ffff_ffff_ffeb,
    0xffff_ffff_ffff_ffff, 0x0000_0000_0000_000f,
  ]

  /// The 64 little-endian bytes (such as a SHA-512 digest) reduced mod L.
  init(reducingWide bytes: UnsafeRawBufferPointer) {
    precondition(bytes.count == 64, "a wide scalar is 64 bytes")
    self = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 8) { wide in
      for index in 0..<8 {
        let word = bytes.loadUnaligned(fromByteOffset: 8 &* index, as: UInt64.self)
        wide[index] = UInt64(littleEndian: word)
      }
      return Self.reduce(UnsafeBufferPointer(wide))
    }
  }

  /// (a·b + c) mod L, for a, b, c below 2^256 with a·b + c below 2^512 (in signing, a and c
  /// are below L and b below 2^255).
  static func multiplyAdd(_ a: Scalar, _ b: Scalar, _ c: Scalar) -> Scalar {
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 20) { scratch in
      let left = UnsafeMutableBufferPointer(rebasing: scratch[0..<4])
      let right = UnsafeMutableBufferPointer(rebasing: scratch[4..<8])
      let addend = UnsafeMutableBufferPointer(rebasing: scratch[8..<12])
      let product = UnsafeMutableBufferPointer(rebasing: scratch[12..<20])
      a.store(to: left)
      b.store(to: right)
      c.store(to: addend)
      multiply(UnsafeBufferPointer(left), UnsafeBufferPointer(right), into: product)
      var carry: UInt64 = 0
      for index in 0..<8 {
        let term = index < 4 ? addend[index] : 0
        let sum = UInt128(product[index]) &+ UInt128(term) &+ UInt128(carry)
        product[index] = UInt64(truncatingIfNeeded: sum)
        carry = UInt64(truncatingIfNeeded: sum &>> 64)
      }
      return reduce(UnsafeBufferPointer(product))
    }
  }

  /// x mod L for x given as eight limbs.
  private static func reduce(_ x: UnsafeBufferPointer<UInt64>) -> Scalar {
    precondition(x.count == 8, "Barrett reduction here takes 512-bit inputs")
    return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 20) { scratch in
      let estimate = UnsafeMutableBufferPointer(rebasing: scratch[0..<10])
      let subtrahend = UnsafeMutableBufferPointer(rebasing: scratch[10..<15])
      let remainder = UnsafeMutableBufferPointer(rebasing: scratch[15..<20])
      barrettFactor.withUnsafeBufferPointer { factor in
        // q2 = ⌊x / b^3⌋ · μ; q3 = ⌊q2 / b^5⌋ is its upper five limbs.
        multiply(UnsafeBufferPointer(rebasing: x[3..<8]), factor, into: estimate)
      }
      order.withUnsafeBufferPointer { order in
        // q3·L mod b^5.
        multiply(UnsafeBufferPointer(rebasing: estimate[5..<10]), order, into: subtrahend)
      }
      // r = (x mod b^5) − (q3·L mod b^5), mod b^5.
      var borrow: UInt64 = 0
      for index in 0..<5 {
        let difference = UInt128(x[index]) &- UInt128(subtrahend[index]) &- UInt128(borrow)
        remainder[index] = UInt64(truncatingIfNeeded: difference)
        borrow = UInt64(truncatingIfNeeded: difference &>> 127)
      }
      subtractOrderIfNotBelow(remainder)
      subtractOrderIfNotBelow(remainder)
      return Scalar(remainder[0], remainder[1], remainder[2], remainder[3])
    }
  }

  /// r ← r − L if r ≥ L, for a five-limb r; constant time.
  private static func subtractOrderIfNotBelow(_ r: UnsafeMutableBufferPointer<UInt64>) {
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 5) { difference in
      var borrow: UInt64 = 0
      for index in 0..<5 {
        let orderLimb = index < 4 ? order[index] : 0
        let wide = UInt128(r[index]) &- UInt128(orderLimb) &- UInt128(borrow)
        difference[index] = UInt64(truncatingIfNeeded: wide)
        borrow = UInt64(truncatingIfNeeded: wide &>> 127)
      }
      // No borrow out means r ≥ L: keep the difference.
      let keepDifference = borrow &- 1
      for index in 0..<5 {
        r[index] ^= keepDifference & (r[index] ^ difference[index])
      }
    }
  }

  /// out ← a·b truncated to out.count limbs, by schoolbook multiplication.
  private static func multiply(
    _ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>,
    into out: UnsafeMutableBufferPointer<UInt64>
  ) {
    for index in 0..<out.count {
      out[index] = 0
    }
    for i in 0..<a.count {
      var carry: UInt64 = 0
      for j in 0..<b.count where i &+ j < out.count {
        // At most (2^64 − 1)² + 2·(2^64 − 1) = 2^128 − 1: no overflow.
        let sum = UInt128(a[i]) &* UInt128(b[j]) &+ UInt128(out[i &+ j]) &+ UInt128(carry)
        out[i &+ j] = UInt64(truncatingIfNeeded: sum)
        carry = UInt64(truncatingIfNeeded: sum &>> 64)
      }
      if i &+ b.count < out.count {
        out[i &+ b.count] = carry
      }
    }
  }

  /// Stores the four limbs into `limbs`.
  private func store(to limbs: UnsafeMutableBufferPointer<UInt64>) {
    limbs[0] = l0
    limbs[1] = l1
    limbs[2] = l2
    limbs[3] = l3
  }
}
