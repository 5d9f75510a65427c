#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// File-system helpers used by the journal: existence checks, directories, whole-file I/O.
public enum FileSystem {
  /// True if something exists at `path`.
  public static func exists(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0
  }

  /// True if `path` is a directory.
  public static func isDirectory(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
  }

  /// Creates `path` as a directory (and its missing parents).
  public static func makeDirectory(_ path: String) throws(SystemError) {
    if isDirectory(path) { return }
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      prefix += component + "/"
      if isDirectory(prefix) { continue }
      if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
        throw SystemError.lastError("create directory", prefix)
      }
    }
  }

  /// Reads a whole file; refuses files larger than `sizeBytesMax`.
  public static func readFile(_ path: String, sizeBytesMax: Int64) throws(SystemError) -> [UInt8] {
    let file = try OpenFile.open(path, flags: O_RDONLY)
    let size = try file.sizeBytes()
    guard size <= sizeBytesMax else {
      throw SystemError(operation: "read (file too large)", path: path, code: EFBIG)
    }
    return try file.readBytes(count: Int(size), at: 0)
  }

  /// Writes `bytes` to a new file at `path`, fsyncs it and its directory.
  ///
  /// Fails if the file exists, so nothing is ever overwritten.
  public static func writeNewFile(
    _ path: String, bytes: [UInt8], mode: mode_t = 0o644
  ) throws(SystemError) {
    let file = try OpenFile.open(path, flags: O_WRONLY | O_CREAT | O_EXCL, mode: mode)
    try file.writeAll(bytes)
    try file.sync()
    try syncDirectory(containing: path)
  }

  /// Fsyncs the directory holding `path`, so that a new name in it is durable.
  public static func syncDirectory(containing path: String) throws(SystemError) {
    let directory: String
    if let slash = path.lastIndex(of: "/") {
      directory = slash == path.startIndex ? "/" : String(path[..<slash])
    } else {
      directory = "."
    }
    let handle = try OpenFile.open(directory, flags: O_RDONLY | O_DIRECTORY)
    try handle.sync()
  }

  /// Milliseconds since the Unix epoch from the system's real-time clock.
  public static func nowMillis() -> Int64 {
    var spec = timespec()
    clock_gettime(CLOCK_REALTIME, &spec)
    return Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
  }
}
