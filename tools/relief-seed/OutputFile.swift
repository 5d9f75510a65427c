#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A file written through an in-memory buffer that is flushed whenever it grows past
/// `flushBytes`, so memory stays flat however many rows are generated.
final class OutputFile {
  /// Bytes not yet written; writers append here, then call `flushIfFull`.
  var buffer: [UInt8] = []
  let path: String
  private let descriptor: Int32
  private static let flushBytes = 1 << 20

  /// Creates `path`, or empties it if it exists.
  init(path: String) throws(SeedError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .system("create", path, errno) }
    self.path = path
    self.descriptor = descriptor
    buffer.reserveCapacity(Self.flushBytes + 4096)
  }

  deinit {
    close(descriptor)
  }

  /// Writes the buffer out if it has grown past the flush size.
  func flushIfFull() throws(SeedError) {
    if buffer.count >= Self.flushBytes { try flush() }
  }

  /// Writes every buffered byte to the file.
  func flush() throws(SeedError) {
    var written = 0
    while written < buffer.count {
      let count = buffer.withUnsafeBytes { bytes -> Int in
        guard let base = bytes.baseAddress else { return 0 }
        return write(descriptor, base + written, bytes.count - written)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { throw .system("write", path, errno) }
      written += count
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes what is left and makes it durable.
  func finish() throws(SeedError) {
    try flush()
    guard fsync(descriptor) == 0 else { throw .system("sync", path, errno) }
  }
}
