#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

extension MerkleCache {
  /// The bytes a copy reads and writes at a time.
  static let copyChunkSizeBytes = 1 << 20

  /// Copies the cache file byte for byte to `destination`, atomically: a temporary file
  /// written and fsynced, then renamed over it.
  func keepCopy(at destination: String) throws(SystemError) {
    var status = stat()
    guard fstat(fileDescriptor, &status) == 0 else {
      throw SystemError(operation: "stat", path: path, code: errno)
    }
    let total = Int64(status.st_size)
    let temporary = destination + ".new-\(getpid())"
    unlink(temporary)
    let file = try OpenFile.open(temporary, flags: O_WRONLY | O_CREAT | O_EXCL)
    var offset: Int64 = 0
    var buffer = [UInt8](repeating: 0, count: Self.copyChunkSizeBytes)
    do throws(SystemError) {
      while offset < total {
        let want = Int(min(Int64(buffer.count), total - offset))
        let got = buffer.withUnsafeMutableBytes { raw in
          pread(fileDescriptor, raw.baseAddress, want, off_t(offset))
        }
        if got < 0 && errno == EINTR { continue }
        guard got > 0 else {
          throw SystemError(operation: "read", path: path, code: got < 0 ? errno : EIO)
        }
        try file.writeAll(Array(buffer[0..<got]))
        offset += Int64(got)
      }
      try file.sync()
      guard rename(temporary, destination) == 0 else {
        throw SystemError(operation: "rename", path: destination, code: errno)
      }
      try FileSystem.syncDirectory(containing: destination)
    } catch {
      unlink(temporary)
      throw error
    }
  }
}
