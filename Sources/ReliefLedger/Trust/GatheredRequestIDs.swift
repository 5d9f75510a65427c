import ReliefLog

/// The request ids met by a fold from the journal's first line, gathered as (fingerprint,
/// seq) and settled once at the end as the verifier settles them: one sort instead of a
/// lookup in a growing index per id.
struct GatheredRequestIDs {
  private var records: [(fingerprint: UInt64, seq: Int64)] = []

  mutating func add(_ id: String, seq: Int64) {
    records.append((RequestIDIndex.fingerprint(id), seq))
  }

  /// The failure of the first line before `limit` (an offset of `reader`, which must be
  /// the lines folded) whose request id an earlier line used, if any.
  func firstReuse(in reader: LineReader, before limit: Int64) throws -> LedgerInvalidError? {
    var check = RequestIDCheck(fingerprints: records.map(\.fingerprint))
    guard let reuse = try check.firstReuse(in: reader, before: limit) else { return nil }
    return LedgerInvalidError(
      line: reuse.line, offset: reuse.offset, failure: LineFailure(reuse.violation, seq: reuse.seq))
  }

  /// The index of every id gathered (all in its base).
  func index() -> RequestIDIndex {
    let sorted = records.sorted { ($0.fingerprint, $0.seq) < ($1.fingerprint, $1.seq) }
    var flat: [UInt64] = []
    flat.reserveCapacity(2 * sorted.count)
    for record in sorted {
      flat.append(record.fingerprint)
      flat.append(UInt64(bitPattern: record.seq))
    }
    return RequestIDIndex(sortedBase: flat)
  }
}
