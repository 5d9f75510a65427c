#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Why `relief-seed` stopped: bad arguments (exit 2), seed files that break their rules
/// (exit 4, every problem listed), or a failed file operation (exit 1).
enum SeedError: Error, CustomStringConvertible {
  case usage(String)
  case invalidSeeds([String])
  case system(String, String, Int32)

  var description: String {
    switch self {
    case .usage(let message):
      return message
    case .invalidSeeds(let problems):
      return "the seed files have \(problems.count) problem(s):\n"
        + problems.joined(separator: "\n")
    case .system(let operation, let path, let code):
      return "cannot \(operation) '\(path)': \(String(cString: strerror(code)))"
    }
  }

  /// The process exit status for this error.
  var exitStatus: Int32 {
    switch self {
    case .usage: return 2
    case .invalidSeeds: return 4
    case .system: return 1
    }
  }
}
