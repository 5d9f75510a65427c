import Foundation
import ReliefCrypto
import ReliefLog
import ReliefText

/// What a witness last cosigned for each log, kept in its state directory
/// (`STATE/witness/<sha256(origin)[:32]>`, mode 0700 folder): written whole and durably
/// (temp file, fsync, rename, fsync of the folder) before the witness answers.
struct WitnessState {
  /// The witness's state folder.
  let directory: String

  /// The folder for the witness under the user's state directory `state`.
  init(stateDirectory state: String) {
    directory = state + "/witness"
  }

  /// The size and root last cosigned for `origin`; nil if it never cosigned for it.
  func latest(origin: String) throws(CommandFailure) -> (size: UInt64, root: SHA256Digest)? {
    let path = self.path(origin)
    guard FileSystem.exists(path) else { return nil }
    let text: String
    do {
      text = String(decoding: try FileSystem.readFile(path, sizeBytesMax: 4096), as: UTF8.self)
    } catch {
      throw CommandFailure(
        code: .environment,
        message: Text.current(.witnessStateUnreadable, ["path": path, "reason": "\(error)"]))
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.count == 4, lines[0] == origin, let size = UInt64(lines[1]),
      let bytes = try? Base64.decode(String(lines[2])), let root = SHA256Digest(bytes: bytes)
    else {
      throw CommandFailure(
        code: .environment, message: Text.current(.witnessStateDamaged, ["path": path]))
    }
    return (size, root)
  }

  /// Records `size` and `root` as last cosigned for `origin`, durably.
  func record(origin: String, size: UInt64, root: SHA256Digest) throws(CommandFailure) {
    let path = self.path(origin)
    let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    let text = "\(origin)\n\(size)\n\(Base64.encode(root.bytes))\n"
    do throws(SystemError) {
      try PrivateDirectory.make(directory)
      unlink(temporary)
      try FileSystem.writeNewFile(temporary, bytes: Array(text.utf8), mode: 0o600)
      guard rename(temporary, path) == 0 else {
        throw SystemError(operation: "rename", path: temporary, code: errno)
      }
      try FileSystem.syncDirectory(containing: path)
    } catch {
      throw CommandFailure(
        code: .environment,
        message: Text.current(.witnessStateUnwritable, ["path": path, "reason": "\(error)"]))
    }
  }

  /// The lock every add-checkpoint holds from reading the state to recording it, so that
  /// requests (of this process or another on the same state) never roll a log back.
  var lockPath: String { directory + "/lock" }

  private func path(_ origin: String) -> String {
    directory + "/" + String(SHA256.hash(Array(origin.utf8)).hex.prefix(32))
  }
}
