import ReliefCrypto
import ReliefText

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
      reason = Text.current(.cosignSmaller)
    } else if checkpoint.treeSize == size {
      guard checkpoint.rootHash != remembered.rootHash else { return }
      reason = Text.current(.cosignSplitView)
    } else {
      let prefix = try journalRoot(size)
      guard prefix != remembered.rootHash else { return }
      reason = Text.current(
        .cosignNotExtending, ["size": "\(size)", "root": Base64.encode(prefix.bytes)])
    }
    throw CommandFailure(
      code: .invalid,
      message: Text.current(
        .cosignRefused,
        [
          "cosigner": cosigner.id, "origin": origin, "size": "\(size)",
          "root": Base64.encode(remembered.rootHash.bytes), "path": path,
          "newSize": "\(checkpoint.treeSize)", "newRoot": Base64.encode(checkpoint.rootHash.bytes),
          "reason": reason,
        ]))
  }
}
