import ReliefLog

/// The request ids met by a fold from the journal's first line, gathered as (fingerprint,
/// seq) and settled once at the end as the verifier settles them: one sort instead of a
/// lookup in a growing index per id.
struct GatheredRequestIDs {
  private var records: [(fingerprint: UInt64, seq: Int64)] = []

  mutating func add(_ id: String, seq: Int64) {
    records.append((RequestIDIndex.fingerprint(id), seq))
    isSorted = false
  }

  /// The failure of the first line before `limit` (an offset of `reader`, which must be
  /// the lines folded) whose request id an earlier line used, if any.
  mutating func firstReuse(
    in reader: LineReader, before limit: Int64
  ) throws -> LedgerInvalidError? {
    sortOnce()
    // The fingerprints go in sorted, so that the check's own sort has nothing to move.
    var check = RequestIDCheck(fingerprints: records.map(\.fingerprint))
    guard let reuse = try check.firstReuse(in: reader, before: limit) else { return nil }
    return LedgerInvalidError(
      line: reuse.line, offset: reuse.offset, failure: LineFailure(reuse.violation, seq: reuse.seq))
  }

  private var isSorted = false

  private mutating func sortOnce() {
    guard !isSorted else { return }
    records.sort { ($0.fingerprint, $0.seq) < ($1.fingerprint, $1.seq) }
    isSorted = true
  }

  /// The index of every id gathered (all in its base).
  mutating func index() -> RequestIDIndex {
    sortOnce()
    var flat: [UInt64] = []
    flat.reserveCapacity(2 * records.count)
    for record in records {
      flat.append(record.fingerprint)
      flat.append(UInt64(bitPattern: record.seq))
    }
    return RequestIDIndex(sortedBase: flat)
  }
}
