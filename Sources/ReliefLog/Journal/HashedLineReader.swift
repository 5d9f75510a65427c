import Dispatch
import ReliefCrypto

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

extension LineReader {
  /// Like `forEachLine`, but also passes each line's SHA-256, computed on a second thread
  /// for the next chunk while `body` handles the current one.
  ///
  /// Lines, offsets, indexes, errors and the remainder are exactly those of `forEachLine`,
  /// in the same order: an error found ahead is thrown only after every line before it.
  public func forEachHashedLine(
    _ body: (
      _ line: UnsafeRawBufferPointer, _ offset: Int64, _ lineIndex: Int64, _ hash: SHA256Digest
    ) throws -> Void
  ) throws -> Remainder? {
    try forEachChunkLine(leafHashes: false) { line, offset, index, hash, _, _, _, _ in
      try body(line, offset, index, hash)
    }
  }

  /// Like `forEachHashedLine`, but also passes each line's RFC 6962 leaf hash
  /// (`MerkleHash.leaf`), computed on the second thread too: what a fold that keeps the
  /// Merkle tree's right edge needs, off the thread that checks the lines.
  public func forEachDoublyHashedLine(
    _ body: (
      _ line: UnsafeRawBufferPointer, _ offset: Int64, _ lineIndex: Int64, _ hash: SHA256Digest,
      _ leafHash: SHA256Digest
    ) throws -> Void
  ) throws -> Remainder? {
    try forEachChunkLine(leafHashes: true) { line, offset, index, hash, leafHash, _, _, _ in
      try body(line, offset, index, hash, leafHash ?? MerkleHash.leaf(line))
    }
  }

  /// Like `forEachHashedLine`, but also hands each chunk's lines to `prepare` on the second
  /// thread, after hashing them, so that work that depends on a line's bytes alone (parsing
  /// it) is done ahead as well.
  ///
  /// `prepare` is given the chunk's slot (0 or 1), its lines, and the second thread's slack
  /// on the chunk before: the nanoseconds it idled waiting for the calling thread, or less
  /// the nanoseconds the calling thread waited for it (it then does too much ahead);
  /// `body` is given the slot and the line's index within its chunk, to find what `prepare`
  /// made of it. A slot is prepared again only after `body` has been called for every line
  /// of its chunk.
  ///
  /// With `merkleLeavesFrom`, the lines are also the leaves of a Merkle tree from that leaf
  /// index on: the second thread hashes them into aligned perfect subtrees
  /// (`MerkleSubtree.split`), and `body` is given each subtree with its last line, so that a
  /// `MerkleFrontier` that took every leaf before the first line can take them whole.
  public func forEachPreparedLine(
    merkleLeavesFrom: UInt64?,
    prepare:
      @escaping @Sendable (_ slot: Int, _ lines: [UnsafeRawBufferPointer], _ slackNanos: Int64)
      -> Void,
    _ body: (
      _ line: UnsafeRawBufferPointer, _ offset: Int64, _ lineIndex: Int64, _ hash: SHA256Digest,
      _ subtree: MerkleSubtree?, _ slot: Int, _ indexInChunk: Int
    ) throws -> Void
  ) throws -> Remainder? {
    try forEachChunkLine(leafHashes: false, merkleBase: merkleLeavesFrom, prepare: prepare) {
      line, offset, index, hash, _, subtree, slot, indexInChunk in
      try body(line, offset, index, hash, subtree, slot, indexInChunk)
    }
  }

  private func forEachChunkLine(
    leafHashes: Bool,
    merkleBase: UInt64? = nil,
    prepare: (
      @Sendable (_ slot: Int, _ lines: [UnsafeRawBufferPointer], _ slackNanos: Int64) -> Void
    )? = nil,
    _ body: (
      _ line: UnsafeRawBufferPointer, _ offset: Int64, _ lineIndex: Int64, _ hash: SHA256Digest,
      _ leafHash: SHA256Digest?, _ subtree: MerkleSubtree?, _ slot: Int, _ indexInChunk: Int
    ) throws -> Void
  ) throws -> Remainder? {
    let producer = ChunkProducer(
      reader: self, leafHashes: leafHashes, merkleBase: merkleBase, prepare: prepare)
    var next: DispatchSemaphore? = producer.start(slot: 0, consumerWaitNanos: 0)
    var slot = 0
    var isFirst = true
    while let ready = next {
      let waitStart = DispatchTime.now().uptimeNanoseconds
      ready.wait()
      // Waiting for the first chunk is filling the pipeline, not a sign of imbalance; a
      // chunk ready at once still takes a few microseconds.
      let waitedNanos = DispatchTime.now().uptimeNanoseconds &- waitStart
      let waited = isFirst || waitedNanos < 20_000 ? 0 : waitedNanos
      isFirst = false
      let chunk = producer.slots[slot]
      next = nil
      if chunk.failure == nil && !chunk.isLast {
        next = producer.start(slot: slot ^ 1, consumerWaitNanos: waited)
      }
      // Read once, not per line: each read of a class's stored array is an access check.
      let (buffer, lines, hashes, leaves, subtrees) = (
        chunk.buffer, chunk.lines, chunk.hashes, chunk.leafHashes, chunk.subtrees
      )
      let (fileOffset, firstLineIndex) = (chunk.fileOffset, chunk.firstLineIndex)
      var nextSubtree = 0
      do {
        for (index, range) in lines.enumerated() {
          var subtree: MerkleSubtree?
          if nextSubtree < subtrees.count, subtrees[nextSubtree].lastLeaf == index {
            subtree = subtrees[nextSubtree].subtree
            nextSubtree += 1
          }
          try body(
            UnsafeRawBufferPointer(rebasing: buffer[range]), fileOffset + Int64(range.lowerBound),
            firstLineIndex + Int64(index), hashes[index], leafHashes ? leaves[index] : nil,
            subtree, slot, index)
        }
      } catch {
        next?.wait()
        throw error
      }
      if let failure = chunk.failure { throw failure }
      if chunk.isLast { return chunk.remainder }
      slot ^= 1
    }
    return nil
  }
}

/// One buffer's lines, found and hashed on the producer thread.
final class HashedChunk {
  let buffer: UnsafeMutableRawBufferPointer
  var filled = 0
  /// Where the bytes after the last newline start.
  var partialStart = 0
  var lines: [Range<Int>] = []
  var hashes: [SHA256Digest] = []
  /// The lines' Merkle leaf hashes, when the producer computes them.
  var leafHashes: [SHA256Digest] = []
  /// The aligned subtrees the lines split into, with the index of each one's last line,
  /// when the lines are Merkle leaves from a known index.
  var subtrees: [(lastLeaf: Int, subtree: MerkleSubtree)] = []
  var fileOffset: Int64 = 0
  var firstLineIndex: Int64 = 0
  var isLast = false
  var remainder: LineReader.Remainder?
  var failure: (any Error)?

  init(capacity: Int) {
    buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
  }

  deinit { buffer.deallocate() }
}

/// Fills two buffers in turn; only one fill runs at a time, and the consumer reads a
/// buffer only after its fill has signalled.
final class ChunkProducer: @unchecked Sendable {
  let reader: LineReader
  let slots: [HashedChunk]
  private var readOffset: Int64 = 0
  private var lineIndex: Int64 = 0
  private var fileOffset: Int64 = 0
  private var previous: HashedChunk?

  /// Whether each line's Merkle leaf hash is computed too.
  let computesLeafHashes: Bool

  /// What is done with each chunk's lines on this thread after hashing them, if anything.
  let prepare:
    (@Sendable (_ slot: Int, _ lines: [UnsafeRawBufferPointer], _ slackNanos: Int64) -> Void)?

  /// The leaf index of the reader's first line, when the lines' aligned Merkle subtrees are
  /// computed.
  let merkleBase: UInt64?
  private var levelScratch = MerkleSubtree.LevelScratch()

  init(
    reader: LineReader, leafHashes: Bool = false, merkleBase: UInt64? = nil,
    prepare: (
      @Sendable (_ slot: Int, _ lines: [UnsafeRawBufferPointer], _ slackNanos: Int64) -> Void
    )? = nil
  ) {
    self.reader = reader
    self.prepare = prepare
    self.merkleBase = merkleBase
    computesLeafHashes = leafHashes || merkleBase != nil
    // A reader may start anywhere a line starts (a fold goes on from a saved point).
    readOffset = reader.startOffset
    fileOffset = reader.startOffset
    let capacity = JournalLimits.readChunkSizeBytes + JournalLimits.lineSizeBytesMax + 1
    slots = [HashedChunk(capacity: capacity), HashedChunk(capacity: capacity)]
  }

  /// When the last fill ended (written by the fill, read by the consumer after the fill
  /// signalled).
  private var lastFillEndNanos: UInt64?

  /// Starts filling `slots[slot]` on another thread; the semaphore signals when it is done.
  ///
  /// `consumerWaitNanos` is how long the consumer waited for the chunk before.
  func start(slot: Int, consumerWaitNanos: UInt64) -> DispatchSemaphore {
    // The fill before ended either while the consumer waited for it (no idle time here) or
    // before the consumer was done with its own chunk (idle since then).
    let idle = lastFillEndNanos.map { DispatchTime.now().uptimeNanoseconds &- $0 } ?? 0
    let slack =
      consumerWaitNanos > 0 ? -Int64(clamping: consumerWaitNanos) : Int64(clamping: idle)
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      let chunk = self.slots[slot]
      self.fill(chunk)
      if let prepare = self.prepare {
        let buffer = UnsafeRawBufferPointer(chunk.buffer)
        let lines = chunk.lines.map { UnsafeRawBufferPointer(rebasing: buffer[$0]) }
        prepare(slot, lines, slack)
      }
      self.lastFillEndNanos = DispatchTime.now().uptimeNanoseconds
      done.signal()
    }
    return done
  }

  private func fill(_ chunk: HashedChunk) {
    chunk.lines.removeAll(keepingCapacity: true)
    chunk.filled = 0
    chunk.remainder = nil
    chunk.failure = nil
    if let previous, let base = chunk.buffer.baseAddress, let from = previous.buffer.baseAddress {
      chunk.filled = previous.filled - previous.partialStart
      memcpy(base, from + previous.partialStart, chunk.filled)
    }
    previous = chunk
    chunk.partialStart = 0
    chunk.fileOffset = fileOffset
    chunk.firstLineIndex = lineIndex
    do {
      try read(into: chunk)
    } catch {
      chunk.failure = error
    }
    // The lines found before a failure are handed over too, so they are hashed either way.
    hash(chunk)
  }

  /// Hashes the chunk's lines (and their Merkle leaves) several at a time with
  /// `SHA256Lanes`: about twice the scalar rate on lines of a few hundred bytes.
  private func hash(_ chunk: HashedChunk) {
    let count = chunk.lines.count
    let buffer = UnsafeRawBufferPointer(chunk.buffer)
    let lines = chunk.lines
    // Cleared keeping capacity: the arrays are refilled with as many digests every chunk.
    chunk.hashes.removeAll(keepingCapacity: true)
    chunk.hashes.append(contentsOf: repeatElement(.zero, count: count))
    chunk.hashes.withUnsafeMutableBufferPointer { output in
      SHA256Lanes.hash(count: count, into: output) {
        UnsafeRawBufferPointer(rebasing: buffer[lines[$0]])
      }
    }
    chunk.subtrees.removeAll(keepingCapacity: true)
    guard computesLeafHashes else { return }
    chunk.leafHashes.removeAll(keepingCapacity: true)
    chunk.leafHashes.append(contentsOf: repeatElement(.zero, count: count))
    chunk.leafHashes.withUnsafeMutableBufferPointer { output in
      SHA256Lanes.hash(count: count, prefix: 0x00, into: output) {
        UnsafeRawBufferPointer(rebasing: buffer[lines[$0]])
      }
    }
    guard let merkleBase else { return }
    chunk.leafHashes.withUnsafeBufferPointer { leaves in
      chunk.subtrees = MerkleSubtree.pieces(
        of: leaves, first: merkleBase + UInt64(chunk.firstLineIndex), scratch: &levelScratch)
    }
  }

  private func read(into chunk: HashedChunk) throws {
    let endOffset = reader.endOffset
    var got = 0
    if readOffset < endOffset {
      let want = Int(min(Int64(chunk.buffer.count - chunk.filled), endOffset - readOffset))
      got = try reader.file.read(
        into: UnsafeMutableRawBufferPointer(
          rebasing: chunk.buffer[chunk.filled..<chunk.filled + want]),
        at: readOffset)
      readOffset += Int64(got)
      chunk.filled += got
      if got > 0 { try split(chunk) }
    }
    chunk.isLast = got == 0 || readOffset >= endOffset
    guard chunk.isLast, chunk.filled > chunk.partialStart else { return }
    chunk.remainder = LineReader.Remainder(
      offset: fileOffset, lineIndex: lineIndex,
      bytes: Array(chunk.buffer[chunk.partialStart..<chunk.filled]))
  }

  /// Finds the complete lines, as `forEachLine` does after each read.
  private func split(_ chunk: HashedChunk) throws {
    guard let base = chunk.buffer.baseAddress else { return }
    var start = 0
    while start < chunk.filled, let newline = memchr(base + start, 0x0A, chunk.filled - start) {
      let end = base.distance(to: newline)
      if end - start > JournalLimits.lineSizeBytesMax {
        throw LineReadError.lineTooLong(
          lineIndex: lineIndex, offset: chunk.fileOffset + Int64(start))
      }
      chunk.lines.append(start..<end)
      lineIndex += 1
      start = end + 1
      chunk.partialStart = start
      fileOffset = chunk.fileOffset + Int64(start)
    }
    if chunk.filled - start > JournalLimits.lineSizeBytesMax {
      throw LineReadError.lineTooLong(lineIndex: lineIndex, offset: fileOffset)
    }
  }
}
