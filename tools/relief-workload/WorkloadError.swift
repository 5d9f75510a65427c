#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Why the generator stopped: bad arguments (exit 2) or a failed file operation (exit 1).
enum WorkloadError: Error, CustomStringConvertible {
  case usage(String)
  case system(String, String, Int32)

  var description: String {
    switch self {
    case .usage(let message):
      return message
    case .system(let operation, let path, let code):
      return "cannot \(operation) '\(path)': \(String(cString: strerror(code)))"
    }
  }

  /// The process exit status for this error.
  var exitStatus: Int32 {
    switch self {
    case .usage: return 2
    case .system: return 1
    }
  }
}
