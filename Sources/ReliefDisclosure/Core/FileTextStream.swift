import Foundation

/// A text stream into a new or truncated file, buffered; `close()` reports any write error.
public final class FileTextStream {
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private var failure: (any Error)?
  /// The path written.
  public let path: String

  /// Creates (or truncates) the file at `path`.
  public init(path: String) throws {
    self.path = path
    guard FileManager.default.createFile(atPath: path, contents: nil) else {
      throw DisclosureReadError(message: "cannot create \(path)")
    }
    guard let handle = FileHandle(forWritingAtPath: path) else {
      throw DisclosureReadError(message: "cannot open \(path) for writing")
    }
    self.handle = handle
  }

  /// A stream value that writes into this file.
  public var stream: Stream { Stream(file: self) }

  /// The `TextOutputStream` of a `FileTextStream`.
  public struct Stream: TextOutputStream {
    let file: FileTextStream

    /// Appends `string` to the file.
    public mutating func write(_ string: String) { file.write(string) }
  }

  /// Appends `string`.
  public func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  private func flush() {
    guard failure == nil, !buffer.isEmpty else { return }
    do {
      try handle.write(contentsOf: buffer)
    } catch {
      failure = error
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes what is buffered and closes the file, throwing the first write error.
  public func close() throws {
    flush()
    try handle.close()
    if let failure {
      throw DisclosureReadError(message: "cannot write \(path): \(failure)")
    }
  }
}
