import ReliefCrypto
import ReliefLog

/// The byte layout of the projection files.
extension ProjectionStore {
  /// The saved projection, with its request-id base still on disk, or nil if there is
  /// none or it cannot be read; without `rules` it lacks the refunds in force and recent
  /// request ids and may only be read.
  static func readSaved(_ directory: String, rules: Bool = true) -> Projection? {
    guard let body = readChecked(statePath(directory), magic: magic) else { return nil }
    var reader = SnapshotReader(body, from: magic.count)
    guard var projection = try? decode(&reader) else { return nil }
    guard rules else { return projection }
    let expected = projection.rulesReference
    guard let bytes = try? FileSystem.readFile(rulesPath(directory), sizeBytesMax: 1 << 36),
      Int64(bytes.count) == expected.sizeBytes,
      ProjectionChecksum.of(bytes) == expected.checksum,
      bytes.starts(with: rulesMagic)
    else { return nil }
    var rulesReader = SnapshotReader(bytes, from: rulesMagic.count)
    guard (try? decodeRules(&rulesReader, into: &projection)) != nil else { return nil }
    projection.savedSizeBytes = Int64(body.count + 8 + bytes.count)
    return projection
  }

  /// The bytes of the file at `path` before its checksum trailer, if it starts with
  /// `magic` and the trailer matches.
  private static func readChecked(_ path: String, magic: [UInt8]) -> [UInt8]? {
    guard let bytes = try? FileSystem.readFile(path, sizeBytesMax: 1 << 34),
      bytes.count > magic.count + 8, bytes.starts(with: magic)
    else { return nil }
    var trailer = SnapshotReader(bytes, from: bytes.count - 8)
    let body = Array(bytes[..<(bytes.count - 8)])
    guard (try? trailer.uint64()) == ProjectionChecksum.of(body) else { return nil }
    return body
  }

  private static func decode(
    _ reader: inout SnapshotReader
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
    let frontierSize = try reader.uint64()
    var frontierHashes: [SHA256Digest] = []
    for _ in 0..<frontierSize.nonzeroBitCount {
      guard let hash = SHA256Digest(bytes: try reader.raw(32)) else {
        throw SnapshotFormatError(reason: "a frontier hash")
      }
      frontierHashes.append(hash)
    }
    guard let frontier = MerkleFrontier(size: frontierSize, hashes: frontierHashes),
      frontierSize == UInt64(max(0, nextSeq))
    else { throw SnapshotFormatError(reason: "a frontier of \(frontierSize) lines") }
    let state = try LedgerState.readSnapshot(from: &reader)
    // The base's records are in their own file: its count is not bounded by these bytes.
    let baseCount = Int(try reader.int64())
    guard baseCount >= 0, baseCount <= Int(Int32.max) else {
      throw SnapshotFormatError(reason: "a request-id base of \(baseCount) records")
    }
    let baseChecksum = try reader.uint64()
    let rules = (sizeBytes: try reader.int64(), checksum: try reader.uint64())
    guard reader.isAtEnd else { throw SnapshotFormatError(reason: "trailing bytes") }
    let requests = RequestIDIndex(
      unloadedBaseCount: baseCount, baseChecksum: baseChecksum, recent: [])
    var projection = Projection(
      state: state, head: head, endOffset: endOffset, requests: requests)
    projection.rulesReference = rules
    projection.frontier = frontier
    return projection
  }

  private static func decodeRules(
    _ reader: inout SnapshotReader, into projection: inout Projection
  ) throws(SnapshotFormatError) {
    try projection.state.readRefunds(from: &reader)
    for _ in 0..<(try reader.count()) {
      projection.requests.insert(fingerprint: try reader.uint64(), seq: try reader.int64())
    }
    guard reader.isAtEnd else { throw SnapshotFormatError(reason: "trailing bytes") }
  }

  /// Writes `projection` beside the journal, replacing the saved one; a failure only
  /// costs a fold next time, so it is reported as false, not thrown.
  @discardableResult
  static func save(_ projection: inout Projection, location: TrustedLocation) -> Bool {
    guard !projection.state.refundsOmitted.omitted, location.makeProjectionDirectory(),
      let directory = location.projectionDirectory
    else { return false }
    // Rules and base first: a crash before the state file is replaced leaves a state file
    // whose references no longer match, which means a rebuild, never a wrong projection.
    var rules = SnapshotWriter()
    rules.raw(rulesMagic)
    projection.state.writeRefundRecords(to: &rules)
    let recent = projection.requests.recentRecords
    rules.count(recent.count)
    for (fingerprint, seq) in recent {
      rules.uint64(fingerprint)
      rules.int64(seq)
    }
    guard replace(rulesPath(directory), with: rules.bytes) else { return false }
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
    writer.uint64(projection.frontier.size)
    for hash in projection.frontier.hashes { writer.raw(hash.bytes) }
    projection.state.writeSnapshot(to: &writer)
    writer.int64(Int64(projection.requests.baseCount))
    writer.uint64(projection.requests.baseChecksum)
    writer.int64(Int64(rules.bytes.count))
    writer.uint64(ProjectionChecksum.of(rules.bytes))
    writer.uint64(ProjectionChecksum.of(writer.bytes))
    guard replace(statePath(directory), with: writer.bytes) else { return false }
    projection.savedEndOffset = projection.endOffset
    projection.savedSizeBytes = Int64(writer.bytes.count + rules.bytes.count)
    return true
  }
}
