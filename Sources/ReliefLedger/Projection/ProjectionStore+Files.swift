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
    guard let decoded = try? decode(&reader) else { return nil }
    var projection = decoded.0
    let bases = decoded.1
    guard rules else { return projection }
    let expected = projection.rulesReference
    guard let bytes = try? FileSystem.readFile(rulesPath(directory), sizeBytesMax: 1 << 30),
      Int64(bytes.count) == expected.sizeBytes,
      ProjectionChecksum.of(bytes) == expected.checksum,
      bytes.starts(with: rulesMagic)
    else { return nil }
    guard
      let requestBase = openBase(
        requestsPath(directory), bases.requests, RequestIDIndex.recordSizeBytes),
      let refundBase = openBase(
        refundsPath(directory), bases.refunds, RefundsOnDisk.recordSizeBytes)
    else { return nil }
    projection.requests = RequestIDIndex(baseFile: requestBase)
    projection.state.refundsOnDisk = RefundsOnDisk(
      file: refundBase, businessesAtLoad: projection.state.refundsOmitted.businessesRefunded)
    projection.state.refundsOmitted = (0, false)
    var rulesReader = SnapshotReader(bytes, from: rulesMagic.count)
    guard (try? decodeRules(&rulesReader, into: &projection)) != nil else { return nil }
    return projection
  }

  /// A base file's record count and identity, as the state file names them.
  typealias BaseReference = (count: Int, identity: UInt64)

  /// Opens the base file at `path` if it holds the records `reference` names: nil when it
  /// does not, `.some(nil)` when the base is empty (no file needed).
  private static func openBase(
    _ path: String, _ reference: BaseReference, _ recordSizeBytes: Int
  ) -> PagedRecordFile?? {
    if reference.count == 0 { return .some(nil) }
    guard
      let file = PagedRecordFile(
        path: path, recordSizeBytes: recordSizeBytes, count: reference.count,
        identity: reference.identity)
    else { return nil }
    return .some(file)
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
  ) throws(SnapshotFormatError) -> (Projection, (requests: BaseReference, refunds: BaseReference)) {
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
    let bases = (requests: try baseReference(&reader), refunds: try baseReference(&reader))
    let rules = (sizeBytes: try reader.int64(), checksum: try reader.uint64())
    guard reader.isAtEnd else { throw SnapshotFormatError(reason: "trailing bytes") }
    var projection = Projection(
      state: state, head: head, endOffset: endOffset, requests: RequestIDIndex())
    projection.rulesReference = rules
    projection.frontier = frontier
    return (projection, bases)
  }

  private static func baseReference(
    _ reader: inout SnapshotReader
  ) throws(SnapshotFormatError) -> BaseReference {
    // The base's records are in their own file: its count is not bounded by these bytes.
    let count = Int(try reader.int64())
    guard count >= 0, count <= Int(Int32.max) else {
      throw SnapshotFormatError(reason: "a base of \(count) records")
    }
    return (count, try reader.uint64())
  }

  /// Reads the refunds and request ids kept beside the bases.
  private static func decodeRules(
    _ reader: inout SnapshotReader, into projection: inout Projection
  ) throws(SnapshotFormatError) {
    let refunds = try LedgerState.readRefundRecords(from: &reader)
    for (code, records) in refunds {
      projection.state.refunds[code] = records
      if !records.isEmpty { projection.state.refundsOnDisk?.nonEmptyAtLoad.insert(code) }
    }
    for _ in 0..<(try reader.count()) {
      projection.requests.insert(fingerprint: try reader.uint64(), seq: try reader.int64())
    }
    guard reader.isAtEnd else { throw SnapshotFormatError(reason: "trailing bytes") }
  }

  /// Writes `projection` beside the journal, replacing the saved one; a failure only
  /// costs a fold next time, so it is reported as false, not thrown.
  @discardableResult
  static func save(
    _ projection: inout Projection, location: TrustedLocation,
    limits: BesideBaseLimits = BesideBaseLimits()
  ) -> Bool {
    guard !projection.state.refundsOmitted.omitted, location.makeProjectionDirectory(),
      let directory = location.projectionDirectory,
      compact(&projection, limits: limits)
    else { return false }
    // Bases and rules first: a crash before the state file is replaced leaves a state
    // file whose references no longer match, which means a rebuild, never a wrong
    // projection.
    guard let refundBase = saveRefundBase(projection.state, directory: directory),
      saveRequestBase(&projection.requests, directory: directory)
    else { return false }
    var rules = SnapshotWriter()
    rules.raw(rulesMagic)
    // Beside a base on disk, the businesses read or changed since; else the base has all.
    let besideBase = projection.state.refundsOnDisk == nil ? [:] : projection.state.refunds
    LedgerState.writeRefundRecords(besideBase, to: &rules)
    let recent = projection.requests.recentRecords
    rules.count(recent.count)
    for (fingerprint, seq) in recent {
      rules.uint64(fingerprint)
      rules.int64(seq)
    }
    guard replace(rulesPath(directory), with: rules.bytes) else { return false }
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
    writer.uint64(projection.requests.baseIdentity)
    writer.int64(Int64(refundBase.count))
    writer.uint64(refundBase.identity)
    writer.int64(Int64(rules.bytes.count))
    writer.uint64(ProjectionChecksum.of(rules.bytes))
    writer.uint64(ProjectionChecksum.of(writer.bytes))
    guard replace(statePath(directory), with: writer.bytes) else { return false }
    projection.savedEndOffset = projection.endOffset
    return true
  }

  /// Moves what has gathered beside the bases into them once it is more than every
  /// append should read; false if a base is damaged.
  private static func compact(
    _ projection: inout Projection, limits: BesideBaseLimits
  ) -> Bool {
    if projection.state.refundsOnDisk != nil, projection.state.refunds.count > limits.businesses {
      guard projection.state.loadAllRefunds() else { return false }
    }
    if projection.requests.recentCount > limits.requestIDs {
      guard projection.requests.loadBase() else { return false }
      projection.requests.merge()
    }
    return true
  }

  /// Writes the refund base when the state holds every refund in memory, or names the one
  /// on disk; nil if it cannot be written.
  private static func saveRefundBase(
    _ state: LedgerState, directory: String
  ) -> BaseReference? {
    if let onDisk = state.refundsOnDisk {
      return (onDisk.file?.count ?? 0, onDisk.file?.identity ?? 0)
    }
    let records = RefundsOnDisk.baseRecords(state.refunds)
    let size = RefundsOnDisk.recordSizeBytes
    let count = records.count / size
    if count == 0 { return (0, 0) }
    let identity = PagedRecords.identity(of: records, recordSizeBytes: size)
    let bytes = PagedRecords.fileBytes(records, recordSizeBytes: size, identity: identity)
    guard replace(refundsPath(directory), with: bytes) else { return nil }
    return (count, identity)
  }

  /// Writes the request-id base if it changed since it was read or written.
  private static func saveRequestBase(_ index: inout RequestIDIndex, directory: String) -> Bool {
    guard index.isBaseDirty else { return true }
    let size = RequestIDIndex.recordSizeBytes
    let bytes = PagedRecords.fileBytes(
      index.baseRecordBytes, recordSizeBytes: size, identity: index.baseIdentity)
    guard replace(requestsPath(directory), with: bytes) else { return false }
    index.isBaseDirty = false
    return true
  }
}

/// How much a saved projection keeps beside its base files before writing new ones: every
/// append reads it whole, while a new base costs a write of every record.
struct BesideBaseLimits: Sendable {
  /// Businesses whose refunds were read or changed since the refund base was written.
  var businesses = 4096
  /// Request ids added since the request-id base was written.
  var requestIDs = 4096
}
