import Foundation
import ReliefLog
import ReliefText

/// A site folder built beside its destination and swapped in whole: readers of DIR see
/// the old site or the new one, never a mix, and a failure leaves DIR as it was.
struct SiteStaging {
  /// The destination folder.
  let destination: String
  /// The folder the new site is written into.
  let path: String

  /// Prepares `destination`'s staging folder; refuses a destination that holds files but
  /// is not a site this command wrote (those files would be replaced).
  init(destination: String) throws(CommandFailure) {
    let trimmed =
      destination.count > 1 && destination.hasSuffix("/")
      ? String(destination.dropLast()) : destination
    self.destination = trimmed
    path = trimmed + ".relief-new-\(ProcessInfo.processInfo.processIdentifier)"
    if FileSystem.exists(trimmed) {
      guard FileSystem.isDirectory(trimmed) else {
        let refusal = Text.current(.siteNotFolder, ["path": trimmed])
        throw CommandFailure(
          code: .usage, message: Text.current.joined(refusal, Text.current(.siteNotWritten)))
      }
      let contents = (try? FileManager.default.contentsOfDirectory(atPath: trimmed)) ?? []
      guard contents.isEmpty || Self.isSite(trimmed) else {
        throw CommandFailure(
          code: .usage,
          message: Text.current.joined(
            Text.current(.siteForeignFiles, ["path": trimmed, "marker": Self.marker]),
            Text.current(.siteNotWritten)))
      }
    }
    Self.remove(path)
    do throws(SystemError) {
      try FileSystem.makeDirectory(path)
    } catch {
      throw CommandFailure(
        code: .environment,
        message: Text.current(.siteCannotCreate, ["path": path, "error": "\(error)"]))
    }
  }

  /// The file every site has; a folder holding it is one this command wrote.
  static let marker = "data/datapackage.json"

  /// Replaces the destination with the staged site.
  func swapIn() throws(CommandFailure) {
    let old = destination + ".relief-old-\(ProcessInfo.processInfo.processIdentifier)"
    Self.remove(old)
    let hadOld = FileSystem.exists(destination)
    if hadOld && rename(destination, old) != 0 {
      throw CommandFailure(
        code: .environment,
        message: Text.current(
          .siteCannotMoveOld, ["path": destination, "errno": String(errno)]))
    }
    guard rename(path, destination) == 0 else {
      let code = errno
      if hadOld { _ = rename(old, destination) }
      throw CommandFailure(
        code: .environment,
        message: Text.current(.siteCannotMoveNew, ["path": destination, "errno": String(code)]))
    }
    try? FileSystem.syncDirectory(containing: destination)
    if hadOld { Self.remove(old) }
  }

  /// Removes `relativePath` (a file or folder) from the staged site.
  func remove(_ relativePath: String) { Self.remove(path + "/" + relativePath) }

  /// Removes the staging folder (after a failure).
  func abandon() { Self.remove(path) }

  private static func isSite(_ folder: String) -> Bool {
    FileSystem.exists(folder + "/" + marker)
  }

  private static func remove(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
  }
}
