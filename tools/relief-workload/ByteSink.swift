#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A new output file filled through an in-memory buffer that is written out whenever it
/// grows past `flushBytes`, so memory stays flat however large the file gets.
final class ByteSink {
  /// Bytes not yet written; writers append here, then call `flushIfFull`.
  var buffer: [UInt8] = []
  let path: String
  private let descriptor: Int32
  private static let flushBytes = 1 << 20

  /// Creates `path`; refuses to overwrite an existing file.
  init(creating path: String) throws(WorkloadError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .system("create", path, errno) }
    self.path = path
    self.descriptor = descriptor
    buffer.reserveCapacity(Self.flushBytes + 4096)
  }

  deinit {
    close(descriptor)
  }

  /// Writes the buffer out if it has grown past the flush size.
  func flushIfFull() throws(WorkloadError) {
    if buffer.count >= Self.flushBytes { try flush() }
  }

  /// Writes every buffered byte to the file.
  func flush() throws(WorkloadError) {
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
}
