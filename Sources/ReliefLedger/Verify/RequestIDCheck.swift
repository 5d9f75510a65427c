import ReliefLog

/// Checks that no request id is used twice, holding 8 bytes per id instead of the ids, and
/// those out of core.
///
/// The main pass keeps each id's 64-bit fingerprint, in sorted runs on disk once there are
/// many; at the end, fingerprints that repeat (a reused id, or rarely two ids that share a
/// fingerprint) are settled exactly by a second pass that reads only the lines carrying
/// them.
struct RequestIDCheck {
  private var fingerprints: ExternalSort<UInt64>

  /// A check whose sorted runs hold at most `runSizeBytes` of fingerprints.
  init(runSizeBytes: Int = VerificationPass.runSizeBytesDefault) {
    fingerprints = ExternalSort(runSizeBytes: runSizeBytes)
  }

  /// A check of ids already gathered as fingerprints (held in memory, as they already are).
  init(fingerprints: [UInt64]) {
    self.fingerprints = ExternalSort(inMemory: fingerprints)
  }

  mutating func add(_ requestID: String) throws(SystemError) {
    try fingerprints.add(RequestIDIndex.fingerprint(requestID))
  }

  /// The first line (before `limit`) whose request id an earlier line already used, with
  /// its offset, seq and the violation, if any.
  mutating func firstReuse(
    in reader: LineReader, before limit: Int64
  ) throws -> (line: Int64, offset: Int64, seq: Int64, violation: RuleViolation)? {
    var repeated: Set<UInt64> = []
    var previous: UInt64?
    try fingerprints.forEachSorted { fingerprint in
      if fingerprint == previous { repeated.insert(fingerprint) }
      previous = fingerprint
      return true
    }
    guard !repeated.isEmpty else { return nil }
    var seen: [String: Int64] = [:]
    var found: (line: Int64, offset: Int64, seq: Int64, violation: RuleViolation)?
    do {
      _ = try reader.forEachLine { line, offset, lineIndex in
        guard offset < limit else { throw Done() }
        guard let header = try? LineHeader.parse(line), !header.isCommit,
          let entry = try? EntryDecoder.decode(line, header: header).entry,
          let id = entry.requestID, repeated.contains(RequestIDIndex.fingerprint(id))
        else { return }
        if let earlier = seen[id] {
          found = (lineIndex + 1, offset, header.seq, .requestIDAlreadyUsed(id, seq: earlier))
          throw Done()
        }
        seen[id] = header.seq
      }
    } catch is Done {
      return found
    }
    return found
  }

  private struct Done: Error {}
}
