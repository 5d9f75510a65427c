import ReliefCrypto
import ReliefLog

/// The committed entries a batch refers to: which seq holds each request id the batch
/// mentions (exactly, after reading the candidate lines), and the entries at those seqs and
/// at the seqs its reversals name, each authenticated against the verified lines' root.
struct CommittedRequests {
  /// Request id → the seq of the committed entry that carries it.
  var seqs: [String: Int64] = [:]
  /// The committed entries read back, by seq.
  var entries: [Int64: Entry] = [:]

  static func resolve(
    _ ids: Set<String>, reversalSeqs: Set<Int64>, index: RequestIDIndex,
    snapshot: JournalSnapshot, verified: MerkleFrontier, cachePath: String
  ) throws -> CommittedRequests {
    var candidates: [(String, Int64)] = []
    var wanted = reversalSeqs
    for id in ids {
      guard let seqs = index.candidates(id) else { throw RequestBaseUnavailable() }
      for seq in seqs {
        candidates.append((id, seq))
        wanted.insert(seq)
      }
    }
    var found = CommittedRequests()
    // Read back from the journal and shown to be the lines that were verified: what a
    // reversal copies and what a repeated request id is compared with is then genuine.
    found.entries = try AuthenticatedLines.entries(
      wanted, verified: verified, snapshot: snapshot, cachePath: cachePath)
    for (id, seq) in candidates where found.entries[seq]?.requestID == id {
      found.seqs[id] = seq
    }
    return found
  }
}
