import ReliefCrypto
import ReliefText

/// The witnesses `relief checkpoint --witness URL=KEY … [--quorum N]` must hear from before
/// a checkpoint is stored.
struct WitnessQuorum {
  let endpoints: [WitnessEndpoint]
  /// How many must cosign.
  let quorum: Int

  /// No witnesses: checkpoints are stored as signed.
  init() {
    endpoints = []
    quorum = 0
  }

  /// The witnesses and quorum of a command's arguments.
  init(_ arguments: Arguments) throws(CommandFailure) {
    var endpoints: [WitnessEndpoint] = []
    for text in arguments.lists["witness"] ?? [] {
      endpoints.append(try WitnessEndpoint(parsing: text))
    }
    self.endpoints = endpoints
    guard let text = arguments.values["quorum"] else {
      quorum = endpoints.count
      return
    }
    guard let count = Int(text), count >= 1, count <= endpoints.count else {
      throw .usage(
        Text.current(.witnessQuorumRange, ["count": "\(endpoints.count)"]), command: "checkpoint")
    }
    quorum = count
  }

  /// `note` with the witnesses' cosignatures, or a refusal when fewer than the quorum
  /// cosigned; `tree` gives the consistency proofs.
  func cosign(
    _ note: SignedNote, tree: LedgerTree, console: Console
  ) throws(CommandFailure) -> SignedNote {
    guard !endpoints.isEmpty else { return note }
    let size = tree.size
    let proof = { (old: UInt64) throws(CommandFailure) -> [SHA256Digest] in
      guard old > 0, old < size else { return [] }
      guard let proof = tree.tree.consistencyProof(firstSize: old, secondSize: size),
        (try? proof.verify(firstRoot: try tree.root(ofFirst: old), secondRoot: tree.root)) != nil
      else {
        throw CommandFailure(
          code: .invalid,
          message: Text.current(.witnessNoConsistency, ["old": "\(old)", "size": "\(size)"]))
      }
      return proof.hashes
    }
    var problems: [String] = []
    let (cosigned, count) = try WitnessClient.gather(
      note, size: size, from: endpoints, proof: proof, report: { problems.append($0) })
    for problem in problems { console.err("relief checkpoint: \(problem)\n") }
    guard count >= quorum else {
      throw CommandFailure(
        code: .rejected,
        message: Text.current(
          .witnessQuorumNotMet,
          [
            "count": "\(count)", "witnesses": "\(endpoints.count)", "size": "\(size)",
            "quorum": "\(quorum)",
          ]))
    }
    return cosigned
  }
}
