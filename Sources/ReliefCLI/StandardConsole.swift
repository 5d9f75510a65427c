#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A console writing straight to file descriptors 1 and 2.
public final class StandardConsole: Console {
  /// Creates a console on the process's standard output and standard error.
  public init() {}

  /// Writes `text` to standard output (file descriptor 1).
  public func out(_ text: String) { Self.write(text, to: 1) }
  /// Writes `text` to standard error (file descriptor 2).
  public func err(_ text: String) { Self.write(text, to: 2) }
  /// Whether file descriptor 2 is a terminal.
  public var errIsTerminal: Bool { isatty(2) == 1 }

  private static func write(_ text: String, to descriptor: Int32) {
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return Glibc.write(descriptor, base + written, buffer.count - written)
      }
      if count < 0 && errno == EINTR { continue }
      // A closed pipe or full disk on the console: nothing more useful can be done.
      if count <= 0 { return }
      written += count
    }
  }
}

extension Relief {
  /// The process environment as a dictionary.
  public static func processEnvironment() -> [String: String] {
    var environment: [String: String] = [:]
    var pointer = environ
    while let entry = pointer.pointee {
      let text = String(cString: entry)
      if let equals = text.firstIndex(of: "=") {
        environment[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      pointer += 1
    }
    return environment
  }
}
