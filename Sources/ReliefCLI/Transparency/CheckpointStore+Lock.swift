import ReliefLog

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

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
    let file: OpenFile
    do {
      file = try OpenFile.open(lockPath, flags: O_RDWR | O_CREAT, mode: 0o644)
      let started = FileSystem.nowMillis()
      while !(try file.lock(exclusive: true, wait: false)) {
        let waited = FileSystem.nowMillis() - started
        guard waited < timeoutMillis else {
          throw CommandFailure(
            code: .environment,
            message: "\(lockPath) is held by another process updating the checkpoints "
              + "(waited \(waited) ms); try again, or raise RELIEF_LOCK_TIMEOUT_MS")
        }
        var pause = timespec(tv_sec: 0, tv_nsec: 5_000_000)
        nanosleep(&pause, nil)
      }
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      throw CommandFailure(code: .environment, message: "\(error)")
    }
    defer { file.unlock() }
    return try body()
  }
}
