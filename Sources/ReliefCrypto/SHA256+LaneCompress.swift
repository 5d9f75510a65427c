extension SHA256Lanes.LaneWork {
  /// Puts each lane's next block, as big-endian words, into `schedule[0..<16]` (word t of
  /// lane i in lane i of `schedule[t]`) and extends the schedule to W63.
  func loadBlocks() {
    let laneCount = SHA256Lanes.laneCount
    let words = UnsafeMutableRawPointer(schedule)
    for lane in 0..<laneCount {
      let block = blockBytes(lane: lane)
      for t in 0..<16 {
        let word = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 &* t, as: UInt32.self))
        words.storeBytes(of: word, toByteOffset: 4 &* (t &* laneCount &+ lane), as: UInt32.self)
      }
    }
    let w = schedule
    for t in 16..<64 {
      w[t] = laneSmallSigma1(w[t &- 2]) &+ w[t &- 7] &+ laneSmallSigma0(w[t &- 15]) &+ w[t &- 16]
    }
  }

  /// The 64 bytes `lane` compresses next: straight from the message where a whole block of it
  /// is there, else assembled in the lane's scratch block.
  private func blockBytes(lane: Int) -> UnsafeRawPointer {
    let blockSize = SHA256.blockByteCount
    let slot = scratch + lane &* blockSize
    let work = lanes[lane]
    // An idle lane's block is never looked at after compression; any bytes do.
    guard work.index != nil else { return UnsafeRawPointer(slot) }
    // Positions count in the padded message: the prefix (if any), then the bytes.
    let start = work.nextBlock &* blockSize
    let prefixCount = prefix == nil ? 0 : 1
    let total = work.bytes.count &+ prefixCount
    if start >= prefixCount, start &+ blockSize <= total, let base = work.bytes.baseAddress {
      return base + (start &- prefixCount)
    }
    slot.initializeMemory(as: UInt8.self, repeating: 0, count: blockSize)
    if let prefix, start == 0 {
      slot.storeBytes(of: prefix, as: UInt8.self)
    }
    let from = max(start, prefixCount)
    let upTo = min(start &+ blockSize, total)
    if from < upTo, let base = work.bytes.baseAddress {
      (slot + (from &- start)).copyMemory(
        from: base + (from &- prefixCount), byteCount: upTo &- from)
    }
    if total >= start && total < start &+ blockSize {
      slot.storeBytes(of: 0x80 as UInt8, toByteOffset: total &- start, as: UInt8.self)
    }
    if work.nextBlock == work.blockCount &- 1 {
      let bitLength = UInt64(total) &<< 3
      slot.storeBytes(of: bitLength.bigEndian, toByteOffset: blockSize &- 8, as: UInt64.self)
    }
    return UnsafeRawPointer(slot)
  }
}

extension SHA256Lanes {
  /// Applies the compression function (FIPS 180-4 section 6.2.2, steps 2 to 4) to every lane
  /// at once, with W0...W63 of each lane's block in `schedule`.
  static func compress(
    _ state: inout LaneState, schedule w: UnsafeMutablePointer<Word>,
    constants k: UnsafeMutablePointer<Word>
  ) {
    var (a, b, c, d) = (state.a, state.b, state.c, state.d)
    var (e, f, g, h) = (state.e, state.f, state.g, state.h)
    // Eight rounds a turn, each naming the working variables rotated by one, as the scalar
    // `compress` does, so that no round moves a...h down.
    var t = 0
    while t < 64 {
      laneRound(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
      laneRound(h, a, b, &c, d, e, f, &g, k[t &+ 1] &+ w[t &+ 1])
      laneRound(g, h, a, &b, c, d, e, &f, k[t &+ 2] &+ w[t &+ 2])
      laneRound(f, g, h, &a, b, c, d, &e, k[t &+ 3] &+ w[t &+ 3])
      laneRound(e, f, g, &h, a, b, c, &d, k[t &+ 4] &+ w[t &+ 4])
      laneRound(d, e, f, &g, h, a, b, &c, k[t &+ 5] &+ w[t &+ 5])
      laneRound(c, d, e, &f, g, h, a, &b, k[t &+ 6] &+ w[t &+ 6])
      laneRound(b, c, d, &e, f, g, h, &a, k[t &+ 7] &+ w[t &+ 7])
      t &+= 8
    }
    state.a &+= a
    state.b &+= b
    state.c &+= c
    state.d &+= d
    state.e &+= e
    state.f &+= f
    state.g &+= g
    state.h &+= h
  }
}

// The functions of FIPS 180-4 section 4.1.2 on every lane, in the forms the scalar ones use.

/// Rotates each lane right by `n` bits, 0 < n < 32.
///
/// The halves are joined with `&+` (they share no bits, so it equals `|`): the standard
/// library's SIMD shifts work lane by lane and its `|` too, and joined with `|` the optimizer
/// turned each lane into a scalar rotate, about 4x slower; `&+` is one vector add, which keeps
/// both shifts as vector shifts.
@inline(__always)
private func laneRotateRight(_ x: SHA256Lanes.Word, _ n: UInt32) -> SHA256Lanes.Word {
  (x &>> SHA256Lanes.Word(repeating: n)) &+ (x &<< SHA256Lanes.Word(repeating: 32 &- n))
}

/// σ0(x) = ROTR7(x) ^ ROTR18(x) ^ SHR3(x).
@inline(__always)
private func laneSmallSigma0(_ x: SHA256Lanes.Word) -> SHA256Lanes.Word {
  laneRotateRight(laneRotateRight(x, 11) ^ x, 7) ^ (x &>> SHA256Lanes.Word(repeating: 3))
}

/// σ1(x) = ROTR17(x) ^ ROTR19(x) ^ SHR10(x).
@inline(__always)
private func laneSmallSigma1(_ x: SHA256Lanes.Word) -> SHA256Lanes.Word {
  laneRotateRight(laneRotateRight(x, 2) ^ x, 17) ^ (x &>> SHA256Lanes.Word(repeating: 10))
}

/// One round: d += T1 and h = T1 + T2, where `kw` is K[t] + W[t] (see the scalar `round`).
@inline(__always)
private func laneRound(
  _ a: SHA256Lanes.Word, _ b: SHA256Lanes.Word, _ c: SHA256Lanes.Word,
  _ d: inout SHA256Lanes.Word, _ e: SHA256Lanes.Word, _ f: SHA256Lanes.Word,
  _ g: SHA256Lanes.Word, _ h: inout SHA256Lanes.Word, _ kw: SHA256Lanes.Word
) {
  // Σ1(e) = ROTR6 ^ ROTR11 ^ ROTR25 and Σ0(a) = ROTR2 ^ ROTR13 ^ ROTR22, factored.
  let sigma1 = laneRotateRight(laneRotateRight(laneRotateRight(e, 14) ^ e, 5) ^ e, 6)
  let sigma0 = laneRotateRight(laneRotateRight(laneRotateRight(a, 9) ^ a, 11) ^ a, 2)
  let choose = g ^ (e & (f ^ g))
  let majority = b ^ ((a ^ b) & (b ^ c))
  let t1 = h &+ kw &+ choose &+ sigma1
  d &+= t1
  h = t1 &+ sigma0 &+ majority
}
