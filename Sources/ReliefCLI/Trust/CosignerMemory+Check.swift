import ReliefCrypto

extension CosignerMemory {
  /// Refuses unless cosigning `checkpoint` keeps what this cosigner vouched for one
  /// history: its size is at least the remembered size, the same size has the same root,
  /// and a larger one extends it: `journalRoot(n)`, the root of the journal's first n
  /// lines, is the remembered root for the remembered size (the caller has checked that the
  /// journal's first `checkpoint.treeSize` lines have `checkpoint`'s root).
  ///
  /// - Throws: `CommandFailure` (invalid) naming the remembered size and root.
  func check(
    _ checkpoint: Checkpoint, against remembered: Checkpoint,
    journalRoot: (_ ofFirst: UInt64) throws(CommandFailure) -> SHA256Digest
  ) throws(CommandFailure) {
    let size = remembered.treeSize
    let reason: String
    if checkpoint.treeSize < size {
      reason = "is smaller: cosigning it would take back lines already vouched for"
    } else if checkpoint.treeSize == size {
      guard checkpoint.rootHash != remembered.rootHash else { return }
      reason = "has the same size with another root: a second history (a split view)"
    } else {
      let prefix = try journalRoot(size)
      guard prefix != remembered.rootHash else { return }
      reason =
        "does not extend it: the journal's first \(size) lines have root "
        + "\(Base64.encode(prefix.bytes)); history was rewritten"
    }
    throw CommandFailure(
      code: .invalid,
      message: "refusing to cosign: \(cosigner.id) last cosigned \(origin) at size \(size), "
        + "root \(Base64.encode(remembered.rootHash.bytes)) (remembered in \(path)), and "
        + "the latest checkpoint, size \(checkpoint.treeSize), root "
        + "\(Base64.encode(checkpoint.rootHash.bytes)), \(reason); nothing was written")
  }
}
