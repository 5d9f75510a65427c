import ReliefCrypto
import ReliefLog

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Reads and writes the projection files beside a journal.
///
/// `projection.state` holds the head it was folded to, the state and the recent request
/// ids, and ends with a checksum of everything before it; `projection.requests` holds the
/// sorted request-id base. Any mismatch with the journal or damage means a rebuild.
public enum ProjectionStore {
  static let magic = Array("RELIEFPJ".utf8)
  static let baseMagic = Array("RELIEFRQ".utf8)
  static let version: UInt64 = 1

  /// The state file of the ledger in `directory`.
  public static func statePath(_ directory: String) -> String {
    directory + "/projection.state"
  }

  /// The request-id base file of the ledger in `directory`.
  public static func requestsPath(_ directory: String) -> String {
    directory + "/projection.requests"
  }

  /// The projection of the committed part of `snapshot`: the saved one if it matches a
  /// prefix of the journal, folded forward to the end, or else one folded from scratch.
  ///
  /// `changed` tells whether it differs from the saved one (then it is worth saving).
  ///
  /// `forReading` skips the refunds in force when no line needs folding: the projection is
  /// then for reading only (never saved nor appended to).
  static func load(
    _ snapshot: JournalSnapshot, directory: String, forReading: Bool = false,
    cached: Projection? = nil
  ) throws -> (projection: Projection, changed: Bool) {
    let committed = snapshot.committed
    if var cached, try matches(cached, snapshot) {
      if cached.endOffset == committed.endOffset { return (cached, false) }
      let reader = LineReader(
        file: snapshot.file, startOffset: cached.endOffset, endOffset: committed.endOffset)
      try cached.fold(reader, newHead: committed.head)
      return (cached, true)
    }
    if forReading, let saved = readSaved(directory, refunds: false),
      saved.endOffset == committed.endOffset, saved.head == committed.head
    {
      return (saved, false)
    }
    if var saved = readSaved(directory), try matches(saved, snapshot) {
      saved.savedEndOffset = saved.endOffset
      if saved.endOffset == committed.endOffset { return (saved, false) }
      let reader = LineReader(
        file: snapshot.file, startOffset: saved.endOffset, endOffset: committed.endOffset)
      try saved.fold(reader, newHead: committed.head)
      return (saved, true)
    }
    return (try rebuild(snapshot), true)
  }

  /// Whether `saved` was folded from a prefix of the journal: its last line is in the
  /// journal at the same place, with the same hash (which covers every line before it).
  private static func matches(_ saved: Projection, _ snapshot: JournalSnapshot) throws -> Bool {
    let committed = snapshot.committed
    guard saved.endOffset <= committed.endOffset else { return false }
    if saved.endOffset == committed.endOffset { return saved.head == committed.head }
    let locator = LineLocator(file: snapshot.file, endOffset: committed.endOffset)
    guard let line = try locator.line(endingAt: saved.endOffset) else { return false }
    return SHA256.hash(line) == saved.head.lastHash
      && LineLocator.seqPrefix(line) == saved.head.nextSeq - 1
  }

  /// The saved projection, with its request-id base still on disk, or nil if there is
  /// none or it cannot be read.
  static func readSaved(_ directory: String, refunds: Bool = true) -> Projection? {
    guard let bytes = try? FileSystem.readFile(statePath(directory), sizeBytesMax: 1 << 34),
      bytes.count > magic.count + 8,
      Array(bytes[0..<magic.count]) == magic
    else { return nil }
    var trailer = SnapshotReader(bytes, from: bytes.count - 8)
    let body = Array(bytes[..<(bytes.count - 8)])
    guard (try? trailer.uint64()) == ProjectionChecksum.of(body) else { return nil }
    var reader = SnapshotReader(body, from: magic.count)
    return try? decode(&reader, refunds: refunds)
  }

  private static func decode(
    _ reader: inout SnapshotReader, refunds: Bool
  ) throws(SnapshotFormatError) -> Projection {
    guard try reader.uint64() == version else {
      throw SnapshotFormatError(reason: "another version")
    }
    let nextSeq = try reader.int64()
    guard let lastHash = SHA256Digest(bytes: try reader.raw(32)) else {
      throw SnapshotFormatError(reason: "a hash")
    }
    let head = ChainHead(nextSeq: nextSeq, lastHash: lastHash, lastTimeMillis: try reader.int64())
    let endOffset = try reader.int64()
    let state = try LedgerState.readSnapshot(from: &reader, refunds: refunds)
    // The base's records are in their own file: its count is not bounded by these bytes.
    let baseCount = Int(try reader.int64())
    guard baseCount >= 0, baseCount <= Int(Int32.max) else {
      throw SnapshotFormatError(reason: "a request-id base of \(baseCount) records")
    }
    let baseChecksum = try reader.uint64()
    var recent: [(UInt64, Int64)] = []
    for _ in 0..<(try reader.count()) {
      recent.append((try reader.uint64(), try reader.int64()))
    }
    guard reader.isAtEnd else { throw SnapshotFormatError(reason: "trailing bytes") }
    let requests = RequestIDIndex(
      unloadedBaseCount: baseCount, baseChecksum: baseChecksum, recent: recent)
    return Projection(state: state, head: head, endOffset: endOffset, requests: requests)
  }

  /// Reads the request-id base of `projection` from its file if it is not loaded yet.
  static func loadRequestBase(_ projection: inout Projection, directory: String) -> Bool {
    if projection.requests.isBaseLoaded { return true }
    let expected = projection.requests.baseCount
    guard
      let bytes = try? FileSystem.readFile(
        requestsPath(directory), sizeBytesMax: Int64(16 * expected + 64)),
      bytes.count == baseMagic.count + 16 * expected,
      Array(bytes[0..<baseMagic.count]) == baseMagic
    else { return false }
    var records = [UInt64](repeating: 0, count: 2 * expected)
    records.withUnsafeMutableBytes { target in
      bytes.withUnsafeBytes { source in
        target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[baseMagic.count...]))
      }
    }
    for index in records.indices { records[index] = UInt64(littleEndian: records[index]) }
    return projection.requests.loadBase(records)
  }

  /// Writes `projection` beside the journal, replacing the saved one; a failure only
  /// costs a fold next time, so it is reported as false, not thrown.
  @discardableResult
  static func save(_ projection: inout Projection, directory: String) -> Bool {
    guard !projection.state.refundsOmitted.omitted else { return false }
    if projection.requests.isBaseDirty {
      var records = projection.requests.base
      for index in records.indices { records[index] = records[index].littleEndian }
      let bytes = baseMagic + records.withUnsafeBytes { Array($0) }
      guard replace(requestsPath(directory), with: bytes) else { return false }
      projection.requests.isBaseDirty = false
    }
    var writer = SnapshotWriter()
    writer.raw(magic)
    writer.uint64(version)
    writer.int64(projection.head.nextSeq)
    writer.raw(projection.head.lastHash.bytes)
    writer.int64(projection.head.lastTimeMillis)
    writer.int64(projection.endOffset)
    projection.state.writeSnapshot(to: &writer)
    writer.count(projection.requests.baseCount)
    writer.uint64(projection.requests.baseChecksum)
    let recent = projection.requests.recentRecords
    writer.count(recent.count)
    for (fingerprint, seq) in recent {
      writer.uint64(fingerprint)
      writer.int64(seq)
    }
    writer.uint64(ProjectionChecksum.of(writer.bytes))
    guard replace(statePath(directory), with: writer.bytes) else { return false }
    projection.savedEndOffset = projection.endOffset
    return true
  }

  /// Writes `bytes` under a temporary name and renames it over `path`; no fsync, since a
  /// torn or lost file is detected and rebuilt.
  private static func replace(_ path: String, with bytes: [UInt8]) -> Bool {
    let temporary = path + ".new-\(getpid())"
    unlink(temporary)
    guard let file = try? OpenFile.open(temporary, flags: O_WRONLY | O_CREAT | O_EXCL),
      (try? file.writeAll(bytes)) != nil
    else {
      unlink(temporary)
      return false
    }
    guard rename(temporary, path) == 0 else {
      unlink(temporary)
      return false
    }
    return true
  }
}

extension ProjectionStore {
  /// The projection folded from scratch from the committed part of `snapshot`.
  static func rebuild(_ snapshot: JournalSnapshot) throws -> Projection {
    var fresh = Projection()
    try fresh.fold(snapshot.committedLines, newHead: snapshot.committed.head)
    return fresh
  }
}
