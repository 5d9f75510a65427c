import ReliefCrypto
import ReliefLog

/// The ledger state folded up to a point of the journal, with what it takes to fold on
/// from there: the chain head and the offset where the folded part ends.
///
/// Only ever folded from lines that passed every check of `relief verify` (`fold`), and
/// saved only in the user's own state directory (`TrustedLocation`), never beside the
/// journal; the verifier itself never reads it.
public struct Projection: Sendable {
  /// The state folded from the journal's lines before `endOffset`.
  public internal(set) var state: LedgerState
  /// The chain head after the last folded line.
  public internal(set) var head: ChainHead
  /// The offset just past the last folded line (the end of a commit line).
  public internal(set) var endOffset: Int64
  /// The Merkle tree's right edge over the folded lines: its root is the root of every
  /// line checked so far, and it grows with each line without reading any earlier one.
  public internal(set) var frontier = MerkleFrontier()
  var requests: RequestIDIndex
  /// Where the saved projection this one was loaded from ends, or nil if it was folded
  /// from scratch.
  var savedEndOffset: Int64?

  /// The size and checksum the rules file must have to belong to this projection.
  var rulesReference: (sizeBytes: Int64, checksum: UInt64) = (0, 0)

  /// Whether it holds more than the saved projection.
  var isAheadOfSaved: Bool { savedEndOffset != endOffset || requests.isBaseDirty }

  /// The projection of an empty journal.
  init() {
    var state = LedgerState()
    state.tracksRequestIDs = false
    self.state = state
    self.head = .empty
    self.endOffset = 0
    self.requests = RequestIDIndex()
  }

  init(state: LedgerState, head: ChainHead, endOffset: Int64, requests: RequestIDIndex) {
    self.state = state
    self.head = head
    self.endOffset = endOffset
    self.requests = requests
  }
}

extension Projection {
  /// Moves the projection past a batch about to be appended: `state` after it, the head
  /// after its commit line, where that line ends, and the request ids it adds.
  mutating func advance(
    to state: LedgerState, head: ChainHead, batch: [UInt8], requestIDs: [String: Int64]
  ) {
    self.state = state
    self.head = head
    self.endOffset += Int64(batch.count)
    // The batch's lines are hashed as leaves four at a time, then taken into the frontier
    // as aligned subtrees whose inner nodes are hashed four at a time too.
    batch.withUnsafeBytes { bytes in
      var lines: [Range<Int>] = []
      var start = 0
      for index in bytes.indices where bytes[index] == 0x0A {
        lines.append(start..<index)
        start = index + 1
      }
      var leaves = [SHA256Digest](repeating: .zero, count: lines.count)
      leaves.withUnsafeMutableBufferPointer { output in
        SHA256Lanes.hash(count: lines.count, prefix: 0x00, into: output) {
          UnsafeRawBufferPointer(rebasing: bytes[lines[$0]])
        }
      }
      var scratch = MerkleSubtree.LevelScratch()
      let pieces = leaves.withUnsafeBufferPointer {
        MerkleSubtree.pieces(of: $0, first: frontier.size, scratch: &scratch)
      }
      for piece in pieces { frontier.append(piece.subtree) }
    }
    for (id, seq) in requestIDs.sorted(by: { $0.value < $1.value }) {
      requests.insert(id, seq: seq)
    }
  }
}
