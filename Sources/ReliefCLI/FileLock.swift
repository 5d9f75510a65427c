import ReliefLog
import ReliefText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// An exclusive advisory lock (`flock`) on a lock file, waited for up to a timeout.
///
/// The lock lives as long as the open descriptor, so a process that dies releases it; the
/// lock file itself is never removed (removing it would let two processes lock two files).
enum FileLock {
  /// How long to sleep between attempts while another process holds the lock.
  static let pauseNanoseconds = 5_000_000

  /// Runs `body` holding the exclusive lock on `path` (created with `mode` if missing),
  /// waiting at most `timeoutMillis` for another holder.
  ///
  /// - Parameter holder: what the other process is doing, for the message when the wait is
  ///   over, such as "updating the checkpoints".
  /// - Throws: `CommandFailure` (environment) if the lock file cannot be opened or the lock
  ///   is not free in time, or what `body` throws.
  static func withExclusive<Result>(
    path: String, mode: mode_t, timeoutMillis: Int64, holder: String,
    _ body: () throws(CommandFailure) -> Result
  ) throws(CommandFailure) -> Result {
    let file: OpenFile
    do {
      file = try OpenFile.open(path, flags: O_RDWR | O_CREAT, mode: mode)
      let started = FileSystem.nowMillis()
      while !(try file.lock(exclusive: true, wait: false)) {
        let waited = FileSystem.nowMillis() - started
        guard waited < timeoutMillis else {
          throw CommandFailure(
            code: .environment,
            message: Text.current(
              .lockHeld, ["path": path, "holder": holder, "millis": String(waited)]))
        }
        var pause = timespec(tv_sec: 0, tv_nsec: pauseNanoseconds)
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
