import ReliefCrypto

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

extension MerkleCache {
  /// Brings the cache up to the committed part of `snapshot`.
  ///
  /// Nothing is done if it matches, the new lines only if the journal grew past the cached last line unchanged, else a
  /// rebuild, after copying the old cache to `previousPath(of: path)` so that
  /// `relief verify --since` can still compare its nodes with the changed journal.
  /// `progress`, if given, is called now and then with the lines hashed, the bytes read up
  /// to and the end.
  ///
  /// - Throws: `SystemError` or `LineReadError` if the journal or the cache cannot be read
  ///   or written.
  public func sync(
    _ snapshot: JournalSnapshot,
    progress: ((_ lines: Int64, _ bytes: Int64, _ totalBytes: Int64) -> Void)? = nil
  ) throws {
    precondition(!isReadOnly, "a cache opened for reading is never synced")
    let end = snapshot.committed.endOffset
    let last = snapshot.committed.head.lastHash
    if count > 0 && endOffset == end && lastLineHash == last { return }
    var start: Int64 = 0
    var from: UInt64 = 0
    if count > 0 && endOffset < end,
      try Self.lineHash(endingAt: endOffset, in: snapshot.file) == lastLineHash
    {
      start = endOffset
      from = count
    } else if count > 0 {
      // Best effort: a cache too damaged to copy is only rebuilt.
      try? keepCopy(at: Self.previousPath(of: path))
    }
    try extend(snapshot, leaves: from, start: start, end: end, lastHash: last, progress: progress)
  }

  /// SHA-256 of the line ending just before `offset` (which follows its newline), or nil
  /// if no whole line ends there.
  ///
  /// - Throws: `SystemError` if the file cannot be read.
  public static func lineHash(endingAt offset: Int64, in file: OpenFile) throws -> SHA256Digest? {
    let length = min(offset, Int64(JournalLimits.lineSizeBytesMax) + 1)
    let bytes = try file.readBytes(count: Int(length), at: offset - length)
    guard bytes.count == Int(length), bytes.last == 0x0A else { return nil }
    let body = bytes.dropLast()
    if let newline = body.lastIndex(of: 0x0A) {
      return SHA256.hash(body[(newline + 1)...])
    }
    return offset - length == 0 ? SHA256.hash(body) : nil
  }

  /// Appends the hashes of the lines from `start` to `end` to the first `leaves` leaves.
  private func extend(
    _ snapshot: JournalSnapshot, leaves: UInt64, start: Int64, end: Int64,
    lastHash: SHA256Digest, progress: ((Int64, Int64, Int64) -> Void)?
  ) throws {
    var writeOffset = Self.headerSize + Int64(Self.storedCount(leaves)) * 32
    guard ftruncate(fileDescriptor, off_t(writeOffset)) == 0 else {
      throw SystemError(operation: "truncate", path: path, code: errno)
    }
    // The right edge of the tree: its perfect subtrees, largest first.
    var stack: [(level: Int, hash: SHA256Digest)] = []
    var consumed: UInt64 = 0
    for level in stride(from: 63, through: 0, by: -1) where leaves & (1 << UInt64(level)) != 0 {
      stack.append((level, readHash(Self.storedIndex(level: level, consumed >> UInt64(level)))))
      consumed += 1 << UInt64(level)
    }
    if readFailed { throw SystemError(operation: "read", path: path, code: EIO) }
    var pending: [UInt8] = []
    var total = leaves
    let reader = LineReader(file: snapshot.file, startOffset: start, endOffset: end)
    _ = try reader.forEachLine { line, offset, index in
      if index & 0xFFFF == 0, let progress { progress(index, offset, end) }
      var hash = MerkleHash.leaf(line)
      pending += hash.bytes
      var level = 0
      while let top = stack.last, top.level == level {
        stack.removeLast()
        hash = MerkleHash.node(top.hash, hash)
        pending += hash.bytes
        level += 1
      }
      stack.append((level, hash))
      total += 1
      if pending.count >= 1 << 20 {
        try write(pending, at: writeOffset)
        writeOffset += Int64(pending.count)
        pending.removeAll(keepingCapacity: true)
      }
    }
    try write(pending, at: writeOffset)
    try commit(count: total, endOffset: end, lastLineHash: lastHash)
  }
}
