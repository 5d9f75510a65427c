/// Where a command writes: standard output for data, standard error for messages. Tests
/// pass a recording console; the executable passes one that writes to the file descriptors.
public protocol Console: AnyObject {
  func out(_ text: String)
  func err(_ text: String)
}

/// A console that keeps what was written, for tests and embedding.
public final class RecordingConsole: Console {
  public private(set) var stdout = ""
  public private(set) var stderr = ""

  public init() {}

  public func out(_ text: String) { stdout += text }
  public func err(_ text: String) { stderr += text }
}
