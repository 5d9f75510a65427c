#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// An open file descriptor, closed when the last reference goes away.
///
/// Every system call on it goes through the methods here so that `EINTR` and short
/// transfers are handled once.
public final class OpenFile {
  /// The file descriptor, owned by this object.
  public let descriptor: Int32
  /// The path the file was opened at, for error messages.
  public let path: String

  private init(descriptor: Int32, path: String) {
    self.descriptor = descriptor
    self.path = path
  }

  deinit { close(descriptor) }

  /// Opens `path` with the `open(2)` flags given; `mode` applies when creating.
  public static func open(
    _ path: String, flags: Int32, mode: mode_t = 0o644
  ) throws(SystemError) -> OpenFile {
    while true {
      let descriptor = Glibc.open(path, flags | O_CLOEXEC, mode)
      if descriptor >= 0 { return OpenFile(descriptor: descriptor, path: path) }
      if errno != EINTR { throw SystemError.lastError("open", path) }
    }
  }

  /// The file's size in bytes.
  public func sizeBytes() throws(SystemError) -> Int64 {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw SystemError.lastError("stat", path) }
    return Int64(status.st_size)
  }

  /// Reads up to `buffer.count` bytes at `offset`; returns the count read (0 at the end).
  public func read(
    into buffer: UnsafeMutableRawBufferPointer, at offset: Int64
  ) throws(SystemError) -> Int {
    guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
    while true {
      let count = pread(descriptor, base, buffer.count, off_t(offset))
      if count >= 0 { return count }
      if errno != EINTR { throw SystemError.lastError("read", path) }
    }
  }

  /// Reads exactly `count` bytes at `offset`, or fewer only at the end of the file.
  public func readBytes(count: Int, at offset: Int64) throws(SystemError) -> [UInt8] {
    var result = [UInt8](repeating: 0, count: count)
    var filled = 0
    var failure: SystemError?
    while filled < count && failure == nil {
      let got = result.withUnsafeMutableBytes { buffer -> Int in
        do throws(SystemError) {
          return try read(
            into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]),
            at: offset + Int64(filled))
        } catch {
          failure = error
          return 0
        }
      }
      if got == 0 { break }
      filled += got
    }
    if let failure { throw failure }
    result.removeLast(count - filled)
    return result
  }

  /// Writes all of `bytes` at the current end of the file (the file is opened `O_APPEND`
  /// by writers), looping over short writes.
  public func writeAll(_ bytes: UnsafeRawBufferPointer) throws(SystemError) {
    var written = 0
    while written < bytes.count {
      guard let base = bytes.baseAddress else { return }
      let count = write(descriptor, base + written, bytes.count - written)
      if count < 0 {
        if errno == EINTR { continue }
        throw SystemError.lastError("write", path)
      }
      if count == 0 { throw SystemError(operation: "write", path: path, code: EIO) }
      written += count
    }
    assert(written == bytes.count, "writeAll must write every byte")
  }

  /// Writes all of `bytes`; see `writeAll(_:)` for buffers.
  public func writeAll(_ bytes: [UInt8]) throws(SystemError) {
    var failure: SystemError?
    bytes.withUnsafeBytes { buffer in
      do throws(SystemError) { try writeAll(buffer) } catch { failure = error }
    }
    if let failure { throw failure }
  }

  /// Flushes the file's data and metadata to stable storage.
  public func sync() throws(SystemError) {
    while fsync(descriptor) != 0 {
      if errno != EINTR { throw SystemError.lastError("fsync", path) }
    }
  }

  /// Cuts the file to `sizeBytes`.
  public func truncate(to sizeBytes: Int64) throws(SystemError) {
    while ftruncate(descriptor, off_t(sizeBytes)) != 0 {
      if errno != EINTR { throw SystemError.lastError("truncate", path) }
    }
  }

  /// Takes an advisory lock (`flock`): exclusive for writers, shared for readers.
  ///
  /// Returns false if `wait` is false and another process holds a conflicting lock.
  public func lock(exclusive: Bool, wait: Bool) throws(SystemError) -> Bool {
    let operation = (exclusive ? LOCK_EX : LOCK_SH) | (wait ? 0 : LOCK_NB)
    while flock(descriptor, operation) != 0 {
      if errno == EWOULDBLOCK { return false }
      if errno != EINTR { throw SystemError.lastError("lock", path) }
    }
    return true
  }

  /// Releases the lock taken by `lock`.
  public func unlock() {
    _ = flock(descriptor, LOCK_UN)
  }
}
