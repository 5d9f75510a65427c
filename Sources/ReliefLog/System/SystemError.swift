#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A failed system call: what was attempted, on which path, and the C library's reason.
public struct SystemError: Error, Equatable, Sendable, CustomStringConvertible {
  public let operation: String
  public let path: String
  public let code: Int32

  public init(operation: String, path: String, code: Int32) {
    self.operation = operation
    self.path = path
    self.code = code
  }

  /// Builds an error from the current `errno`.
  static func lastError(_ operation: String, _ path: String) -> SystemError {
    SystemError(operation: operation, path: path, code: errno)
  }

  /// The C library's text for `code`, e.g. "No space left on device".
  public var reason: String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }

  public var description: String { "cannot \(operation) \(path): \(reason)" }

  /// True when the failure is "no such file or directory".
  public var isNotFound: Bool { code == ENOENT }
}
