import ReliefText

extension CheckpointStore {
  /// The lock file that serializes every update of the store.
  var lockPath: String { directory + "/.lock" }

  /// Runs `body` holding the exclusive lock on `checkpoints/.lock`, so that `checkpoint` and
  /// `checkpoint cosign` read the latest checkpoint and write theirs without losing another
  /// process's update; waits at most `timeoutMillis` for another holder.
  ///
  /// - Throws: `CommandFailure` (environment) if the lock cannot be taken in time, or what
  ///   `body` throws.
  func withLock<Result>(
    timeoutMillis: Int64, _ body: () throws(CommandFailure) -> Result
  ) throws(CommandFailure) -> Result {
    try create()
    return try FileLock.withExclusive(
      path: lockPath, mode: 0o644, timeoutMillis: timeoutMillis,
      holder: Text.current(.holderCheckpoints), body)
  }
}
