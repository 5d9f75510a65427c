import Foundation
import ReliefText

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Where a monitor reads a published log (c2sp.org/tlog-tiles): an `http(s)://` URL or a
/// directory of tiles.
struct TileSource {
  private let base: String
  private let isHTTP: Bool
  /// How long one download may take, in seconds.
  static let timeoutSeconds: TimeInterval = 30
  /// Largest file read (a full bundle of 256 entries of at most 64 KiB each, with room).
  static let fileSizeBytesMax = 17 * 1024 * 1024

  init(_ text: String) {
    isHTTP = text.hasPrefix("http://") || text.hasPrefix("https://")
    base = text.hasSuffix("/") ? String(text.dropLast()) : text
  }

  /// The bytes of `path` under the log's prefix.
  func fetch(_ path: String) throws(CommandFailure) -> [UInt8] {
    isHTTP ? try download(base + "/" + path) : try read(base + "/" + path)
  }

  private func read(_ path: String) throws(CommandFailure) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CommandFailure(
        code: .environment, message: Text.current(.monitorCannotRead, ["path": path]))
    }
    guard data.count <= Self.fileSizeBytesMax else {
      throw CommandFailure(code: .invalid, message: Text.current(.monitorTooLarge, ["path": path]))
    }
    return [UInt8](data)
  }

  private func download(_ address: String) throws(CommandFailure) -> [UInt8] {
    guard let url = URL(string: address) else {
      throw CommandFailure(
        code: .usage, message: Text.current(.monitorNotURL, ["address": address]))
    }
    let (status, data) = HTTPExchange.send(
      URLRequest(url: url, timeoutInterval: Self.timeoutSeconds),
      timeoutSeconds: Self.timeoutSeconds)
    guard status == 200, let data else {
      throw CommandFailure(
        code: .environment,
        message: Text.current(
          .monitorCannotDownload,
          [
            "address": address,
            "reason": status == 0 ? Text.current(.monitorNoAnswer) : "HTTP \(status)",
          ]))
    }
    guard data.count <= Self.fileSizeBytesMax else {
      throw CommandFailure(
        code: .invalid, message: Text.current(.monitorTooLarge, ["path": address]))
    }
    return [UInt8](data)
  }
}
