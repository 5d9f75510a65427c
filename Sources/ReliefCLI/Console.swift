/// Where a command writes: standard output for data, standard error for messages.
///
/// Tests pass a recording console; the executable passes one that writes to the file
/// descriptors.
public protocol Console: AnyObject {
  /// Writes `text` to standard output.
  func out(_ text: String)
  /// Writes `text` to standard error.
  func err(_ text: String)
  /// Whether standard error is a terminal (progress is shown only there).
  var errIsTerminal: Bool { get }
}

extension Console {
  /// Not a terminal, unless the console says otherwise.
  public var errIsTerminal: Bool { false }
}

/// A console that keeps what was written, for tests and embedding.
public final class RecordingConsole: Console {
  /// Everything written to standard output so far.
  public private(set) var stdout = ""
  /// Everything written to standard error so far.
  public private(set) var stderr = ""

  /// Creates a console that has recorded nothing yet.
  public init() {}

  /// Records `text` as written to standard output.
  public func out(_ text: String) { stdout += text }
  /// Records `text` as written to standard error.
  public func err(_ text: String) { stderr += text }
}
