#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A failed system call: what was attempted, on which path, and the C library's reason.
public struct SystemError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What was attempted, such as "open" or "fsync".
  public let operation: String
  /// The path the operation was on.
  public let path: String
  /// The C library's error number (`errno`).
  public let code: Int32

  /// Creates an error for `operation` on `path` that failed with error number `code`.
  public init(operation: String, path: String, code: Int32) {
    self.operation = operation
    self.path = path
    self.code = code
  }

  /// Builds an error from the current `errno`.
  static func lastError(_ operation: String, _ path: String) -> SystemError {
    SystemError(operation: operation, path: path, code: errno)
  }

  /// The C library's text for `code`, such as "No space left on device".
  public var reason: String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }

  /// A message for people, naming the operation, the path and the C library's reason.
  public var description: String { "cannot \(operation) \(path): \(reason)" }

  /// True when the failure is "no such file or directory".
  public var isNotFound: Bool { code == ENOENT }
}
