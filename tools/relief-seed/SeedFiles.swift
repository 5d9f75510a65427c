#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Whole-file reads for the seed CSVs, which are small.
enum SeedFiles {
  /// The largest seed file read, in bytes (16 MiB); the seeds are a few kilobytes.
  static let sizeBytesMax = 16 * 1024 * 1024

  /// Every byte of the file at `path`.
  static func contents(of path: String) throws(SeedError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .system("open", path, errno) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return read(descriptor, base, buffer.count)
      }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw .system("read", path, errno) }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<count])
      guard bytes.count <= sizeBytesMax else {
        throw .usage("'\(path)' is larger than \(sizeBytesMax) bytes; is it a seed file?")
      }
    }
  }
}
