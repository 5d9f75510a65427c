extension SHA512 {
  /// Applies the SHA-512 compression function (FIPS 180-4 section 6.4.2) to each 128-byte
  /// block of `blocks` in turn, updating `state`.
  ///
  /// The message schedule is a rolling window of sixteen words W[t mod 16] on the stack.
  /// Eight rounds are written out per loop pass, each naming a...h rotated by one, so the
  /// working variables never move.
  ///
  /// - Precondition: `blocks.count` is a multiple of 128.
  static func compress(_ state: inout State, blocks: UnsafeRawBufferPointer) {
    var (a, b, c, d) = (state.h0, state.h1, state.h2, state.h3)
    var (e, f, g, h) = (state.h4, state.h5, state.h6, state.h7)
    roundConstants.withUnsafeBufferPointer { k in
      withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 16) { w in
        var offset = 0
        while offset < blocks.count {
          for index in 0..<16 {
            let word = blocks.loadUnaligned(
              fromByteOffset: offset &+ 8 &* index, as: UInt64.self)
            w[index] = UInt64(bigEndian: word)
          }
          let (a0, b0, c0, d0, e0, f0, g0, h0) = (a, b, c, d, e, f, g, h)
          var t = 0
          while t < 80 {
            round(a, b, c, &d, e, f, g, &h, k[t], w, t)
            round(h, a, b, &c, d, e, f, &g, k[t &+ 1], w, t &+ 1)
            round(g, h, a, &b, c, d, e, &f, k[t &+ 2], w, t &+ 2)
            round(f, g, h, &a, b, c, d, &e, k[t &+ 3], w, t &+ 3)
            round(e, f, g, &h, a, b, c, &d, k[t &+ 4], w, t &+ 4)
            round(d, e, f, &g, h, a, b, &c, k[t &+ 5], w, t &+ 5)
            round(c, d, e, &f, g, h, a, &b, k[t &+ 6], w, t &+ 6)
            round(b, c, d, &e, f, g, h, &a, k[t &+ 7], w, t &+ 7)
            t &+= 8
          }
          (a, b, c, d) = (a &+ a0, b &+ b0, c &+ c0, d &+ d0)
          (e, f, g, h) = (e &+ e0, f &+ f0, g &+ g0, h &+ h0)
          offset &+= blockByteCount
        }
      }
    }
    state = State(h0: a, h1: b, h2: c, h3: d, h4: e, h5: f, h6: g, h7: h)
  }

  /// One compression round t.
  ///
  /// Rather than shifting a...h down one place per round, callers pass the working variables
  /// rotated; only `d` and `h` change: d += T1 and h = T1 + T2. From round 16 on, the round first
  /// advances the schedule: W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], written over
  /// W[t-16] in the window.
  @inline(__always)
  private static func round(
    _ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: inout UInt64,
    _ e: UInt64, _ f: UInt64, _ g: UInt64, _ h: inout UInt64,
    _ k: UInt64, _ w: UnsafeMutableBufferPointer<UInt64>, _ t: Int
  ) {
    if t >= 16 {
      let scheduled =
        smallSigma1(w[(t &- 2) & 15]) &+ w[(t &- 7) & 15]
        &+ smallSigma0(w[(t &- 15) & 15]) &+ w[t & 15]
      w[t & 15] = scheduled
    }
    let choice = g ^ (e & (f ^ g))
    let majority = b ^ ((a ^ b) & (b ^ c))
    let t1 = h &+ bigSigma1(e) &+ choice &+ k &+ w[t & 15]
    d &+= t1
    h = t1 &+ bigSigma0(a) &+ majority
  }

  /// Σ0(x) = ROTR28(x) ^ ROTR34(x) ^ ROTR39(x).
  @inline(__always)
  private static func bigSigma0(_ x: UInt64) -> UInt64 {
    x.rotatedRight(28) ^ x.rotatedRight(34) ^ x.rotatedRight(39)
  }

  /// Σ1(x) = ROTR14(x) ^ ROTR18(x) ^ ROTR41(x).
  @inline(__always)
  private static func bigSigma1(_ x: UInt64) -> UInt64 {
    x.rotatedRight(14) ^ x.rotatedRight(18) ^ x.rotatedRight(41)
  }

  /// σ0(x) = ROTR1(x) ^ ROTR8(x) ^ SHR7(x).
  @inline(__always)
  private static func smallSigma0(_ x: UInt64) -> UInt64 {
    x.rotatedRight(1) ^ x.rotatedRight(8) ^ (x &>> 7)
  }

  /// σ1(x) = ROTR19(x) ^ ROTR61(x) ^ SHR6(x).
  @inline(__always)
  private static func smallSigma1(_ x: UInt64) -> UInt64 {
    x.rotatedRight(19) ^ x.rotatedRight(61) ^ (x &>> 6)
  }
}

extension UInt64 {
  /// `self` rotated right by `count` bits, 0 < count < 64.
  @inline(__always)
  fileprivate func rotatedRight(_ count: UInt64) -> UInt64 {
    (self &>> count) | (self &<< (64 &- count))
  }
}
