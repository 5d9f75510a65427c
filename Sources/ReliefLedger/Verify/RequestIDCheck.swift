import ReliefLog

/// Checks that no request id is used twice, holding 8 bytes per id instead of the ids.
///
/// The main pass keeps each id's 64-bit fingerprint; at the end, fingerprints that repeat
/// (a reused id, or rarely two ids that share a fingerprint) are settled exactly by a
/// second pass that reads only the lines carrying them.
struct RequestIDCheck {
  private var fingerprints: [UInt64] = []

  init() {}

  /// A check of ids already gathered as fingerprints.
  init(fingerprints: [UInt64]) { self.fingerprints = fingerprints }

  mutating func add(_ requestID: String) {
    fingerprints.append(RequestIDIndex.fingerprint(requestID))
  }

  /// The first line (before `limit`) whose request id an earlier line already used, with
  /// its offset, seq and the violation, if any.
  mutating func firstReuse(
    in reader: LineReader, before limit: Int64
  ) throws -> (line: Int64, offset: Int64, seq: Int64, violation: RuleViolation)? {
    fingerprints.sort()
    var repeated: Set<UInt64> = []
    var index = 1
    while index < fingerprints.count {
      if fingerprints[index] == fingerprints[index - 1] { repeated.insert(fingerprints[index]) }
      index += 1
    }
    fingerprints = []
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
