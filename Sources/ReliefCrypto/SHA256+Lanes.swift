/// SHA-256 of many independent messages at once, one message per lane of a SIMD vector.
///
/// Each lane runs the computation of FIPS 180-4 section 6.2 on its own message. A lane whose
/// message ends takes the next one, so messages of different lengths keep every lane busy
/// until the last few; a lane with nothing left to hash compresses a block of zeros, whose
/// result is never read. The digests are those of `SHA256.hash`, byte for byte.
public enum SHA256Lanes {
  /// One 32-bit word of each lane.
  ///
  /// Four lanes, not eight: the default x86-64 target has 16 SSE registers of 128 bits, so
  /// eight lanes take two registers a word and the working variables no longer fit; eight
  /// measured no faster (tools/sha256-bench --lines, see its header).
  typealias Word = SIMD4<UInt32>

  /// How many messages are hashed side by side.
  public static var laneCount: Int { Word.scalarCount }

  /// Returns the digest of each message in order; with `prefix`, the digest of that byte
  /// followed by the message (0x00 gives RFC 6962 Merkle leaf hashes).
  public static func hash(
    _ messages: [UnsafeRawBufferPointer], prefix: UInt8? = nil
  ) -> [SHA256Digest] {
    var digests = [SHA256Digest](repeating: .zero, count: messages.count)
    digests.withUnsafeMutableBufferPointer { output in
      hash(count: messages.count, prefix: prefix, into: output) { messages[$0] }
    }
    return digests
  }

  /// Hashes messages 0..<count, where `message(i)` gives the bytes of message i, and writes
  /// the digest of message i to `digests[i]`; with `prefix`, each digest is that of the
  /// byte followed by the message.
  ///
  /// `message` is called once for each message, in order; its bytes must stay valid until
  /// the call returns.
  ///
  /// - Precondition: `digests.count >= count`.
  public static func hash(
    count: Int, prefix: UInt8? = nil, into digests: UnsafeMutableBufferPointer<SHA256Digest>,
    message: (Int) -> UnsafeRawBufferPointer
  ) {
    precondition(digests.count >= count, "digest buffer too small")
    guard count > 0 else { return }
    var work = LaneWork(prefix: prefix)
    defer { work.deallocate() }
    var state = LaneState.initial
    var next = 0
    for lane in 0..<laneCount where next < count {
      work.start(lane: lane, message: message(next), index: next, state: &state)
      next += 1
    }
    while work.activeCount > 0 {
      work.loadBlocks()
      compress(&state, schedule: work.schedule, constants: work.constants)
      for lane in 0..<laneCount {
        guard let index = work.advance(lane: lane) else { continue }
        digests[index] = state.digest(lane: lane)
        if next < count {
          work.start(lane: lane, message: message(next), index: next, state: &state)
          next += 1
        } else {
          work.stop(lane: lane)
        }
      }
    }
  }
}

extension SHA256Lanes {
  /// The eight chaining words of every lane.
  struct LaneState {
    var a, b, c, d, e, f, g, h: Word

    static let initial: LaneState = {
      let start = SHA256.State.initial
      return LaneState(
        a: Word(repeating: start.h0), b: Word(repeating: start.h1),
        c: Word(repeating: start.h2), d: Word(repeating: start.h3),
        e: Word(repeating: start.h4), f: Word(repeating: start.h5),
        g: Word(repeating: start.h6), h: Word(repeating: start.h7))
    }()

    /// Sets one lane's words to H(0), for a new message.
    mutating func reset(lane: Int) {
      let start = SHA256.State.initial
      a[lane] = start.h0
      b[lane] = start.h1
      c[lane] = start.h2
      d[lane] = start.h3
      e[lane] = start.h4
      f[lane] = start.h5
      g[lane] = start.h6
      h[lane] = start.h7
    }

    /// One lane's digest.
    func digest(lane: Int) -> SHA256Digest {
      SHA256.State(
        h0: a[lane], h1: b[lane], h2: c[lane], h3: d[lane],
        h4: e[lane], h5: f[lane], h6: g[lane], h7: h[lane]
      ).digest
    }
  }

  /// One lane's message: where its bytes are and how far it has got.
  struct Lane {
    var bytes = UnsafeRawBufferPointer(start: nil, count: 0)
    /// The message's index, or nil while the lane is idle.
    var index: Int?
    /// Blocks of the padded message (prefix, bytes, 0x80, zeros, 64-bit length).
    var blockCount = 0
    var nextBlock = 0
  }

  /// The lanes' messages and the buffers the blocks pass through on their way to `compress`.
  struct LaneWork {
    let prefix: UInt8?
    var lanes = [Lane](repeating: Lane(), count: SHA256Lanes.laneCount)
    var activeCount = 0
    /// One 64-byte block per lane, for blocks that are not 64 bytes of the message as is:
    /// the last one or two (padding), and all of them after a prefix.
    let scratch: UnsafeMutableRawPointer
    /// W0...W63 of the current blocks, one `Word` per t.
    let schedule: UnsafeMutablePointer<Word>
    /// K0...K63, each repeated in every lane.
    let constants: UnsafeMutablePointer<Word>

    init(prefix: UInt8?) {
      self.prefix = prefix
      let scratchSize = SHA256.blockByteCount * SHA256Lanes.laneCount
      scratch = .allocate(byteCount: scratchSize, alignment: 16)
      scratch.initializeMemory(as: UInt8.self, repeating: 0, count: scratchSize)
      schedule = .allocate(capacity: 64)
      constants = .allocate(capacity: 64)
      Swift.withUnsafeBytes(of: SHA256.k) { table in
        for t in 0..<64 {
          let k = table.load(fromByteOffset: 4 &* t, as: UInt32.self)
          (constants + t).initialize(to: Word(repeating: k))
        }
      }
    }

    func deallocate() {
      scratch.deallocate()
      schedule.deallocate()
      constants.deallocate()
    }

    /// Gives `lane` message `index`, starting from H(0), in place of the message it had.
    mutating func start(
      lane: Int, message: UnsafeRawBufferPointer, index: Int, state: inout LaneState
    ) {
      if lanes[lane].index == nil { activeCount &+= 1 }
      let total = message.count &+ (prefix == nil ? 0 : 1)
      // The padding adds 0x80 and the 8-byte length: 9 bytes at least.
      lanes[lane] = Lane(
        bytes: message, index: index,
        blockCount: (total &+ 9 &+ SHA256.blockByteCount &- 1) / SHA256.blockByteCount,
        nextBlock: 0)
      state.reset(lane: lane)
    }

    /// Marks `lane` idle: it has no message left to hash.
    mutating func stop(lane: Int) {
      lanes[lane] = Lane()
      activeCount &-= 1
    }

    /// Counts the block just compressed; returns the message's index if that was its last.
    mutating func advance(lane: Int) -> Int? {
      guard let index = lanes[lane].index else { return nil }
      lanes[lane].nextBlock &+= 1
      return lanes[lane].nextBlock == lanes[lane].blockCount ? index : nil
    }
  }
}
