import ReliefLog

/// The committed entries a batch refers to: which seq holds each request id the batch
/// mentions (exactly, after reading the candidate lines), and the entries at those seqs and
/// at the seqs its reversals name.
struct CommittedRequests {
  /// Request id → the seq of the committed entry that carries it.
  var seqs: [String: Int64] = [:]
  /// The committed entries read back, by seq.
  var entries: [Int64: Entry] = [:]

  static func resolve(
    _ ids: Set<String>, reversalSeqs: Set<Int64>, index: RequestIDIndex,
    snapshot: JournalSnapshot
  ) throws -> CommittedRequests {
    var candidates: [(String, Int64)] = []
    var wanted = reversalSeqs
    for id in ids {
      for seq in index.candidates(id) {
        candidates.append((id, seq))
        wanted.insert(seq)
      }
    }
    var found = CommittedRequests()
    found.entries = try LineFetcher.fetch(wanted, from: snapshot)
    for (id, seq) in candidates where found.entries[seq]?.requestID == id {
      found.seqs[id] = seq
    }
    return found
  }
}
