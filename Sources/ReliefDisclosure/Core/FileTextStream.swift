import Foundation
import ReliefText

/// A text stream into a file, buffered; the file appears at its path whole, when `close()`
/// succeeds, and never in part: until then it is written under a temporary name.
public final class FileTextStream {
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private var failure: (any Error)?
  /// The path written.
  public let path: String
  /// Where the file is written until it is complete.
  private let partialPath: String

  /// Starts the file that will replace whatever is at `path`.
  public init(path: String) throws {
    self.path = path
    partialPath = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
    guard FileManager.default.createFile(atPath: partialPath, contents: nil) else {
      throw DisclosureReadError(message: Text.current(.discloseCannotCreate, ["path": partialPath]))
    }
    guard let handle = FileHandle(forWritingAtPath: partialPath) else {
      throw DisclosureReadError(message: Text.current(.discloseCannotOpen, ["path": partialPath]))
    }
    self.handle = handle
  }

  /// Drops what was written: nothing appears at `path`.
  public func abandon() {
    try? handle.close()
    try? FileManager.default.removeItem(atPath: partialPath)
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

  /// Writes what is buffered, closes the file and puts it at `path`, throwing the first
  /// write error (then nothing appears at `path`).
  public func close() throws {
    flush()
    try handle.close()
    if let failure {
      try? FileManager.default.removeItem(atPath: partialPath)
      throw DisclosureReadError(
        message: Text.current(.discloseCannotWrite, ["path": path, "reason": "\(failure)"]))
    }
    guard rename(partialPath, path) == 0 else {
      try? FileManager.default.removeItem(atPath: partialPath)
      throw DisclosureReadError(
        message: Text.current(
          .discloseCannotWrite, ["path": path, "reason": Text.current(.discloseRenameFailed)]))
    }
  }
}
