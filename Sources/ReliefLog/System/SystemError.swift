import ReliefText

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

  /// A message for people, naming the operation, the path and the reason, in the current
  /// language (the C library's text stays as it is in English).
  public var description: String {
    let operationID: MessageID? =
      switch operation {
      case "rename": .operationRename
      case "read": .operationRead
      case "read (file too large)": .operationReadTooLarge
      case "create": .operationCreate
      case "create directory": .operationCreateDirectory
      case "write": .operationWrite
      case "lock": .operationLock
      case "fsync": .operationFsync
      case "verify": .operationVerify
      case "truncate": .operationTruncate
      case "stat": .operationStat
      case "remove": .operationRemove
      case "read key file": .operationReadKeyFile
      case "open": .operationOpen
      case "link": .operationLink
      case "chmod": .operationChmod
      default: nil
      }
    return Text.current(
      .systemFailed,
      [
        "operation": operationID.map { Text.current($0) } ?? operation, "path": path,
        "reason": shownReason,
      ])
  }

  /// The reason in the current language: the common ones from the catalogue, any other as
  /// the C library writes it.
  private var shownReason: String {
    let id: MessageID? =
      switch code {
      case ENOENT: .reasonNotFound
      case EACCES, EPERM: .reasonPermission
      case ENOSPC: .reasonNoSpace
      case EROFS: .reasonReadOnly
      case EEXIST: .reasonExists
      case ENOTDIR: .reasonNotDirectory
      case EISDIR: .reasonIsDirectory
      case EFBIG: .reasonTooLarge
      default: nil
      }
    guard Text.current.language != .en else { return reason }
    guard let id else { return Text.current(.reasonOther, ["reason": reason, "code": "\(code)"]) }
    return Text.current(id)
  }

  /// True when the failure is "no such file or directory".
  public var isNotFound: Bool { code == ENOENT }
}
