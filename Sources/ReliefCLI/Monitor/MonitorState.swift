import Foundation
import ReliefCrypto
import ReliefLog
import ReliefText

/// What a monitor keeps of one log in its state directory
/// (`STATE/monitor/<sha256(origin)[:32]>/`): a mirror ledger of the lines it verified, the
/// right edge of their Merkle tree, and the last checkpoint it accepted.
struct MonitorState {
  let directory: String

  init(stateDirectory state: String, origin: String) {
    directory =
      state + "/monitor/" + String(SHA256.hash(Array(origin.utf8)).hex.prefix(32))
  }

  /// The mirror ledger directory (its `journal.jsonl` holds the verified lines).
  var ledger: String { directory + "/ledger" }
  var journalPath: String { ledger + "/journal.jsonl" }
  private var frontierPath: String { directory + "/frontier" }
  var checkpointPath: String { directory + "/checkpoint" }

  /// The frontier of the mirrored lines (empty before the first run).
  func frontier() throws(CommandFailure) -> MerkleFrontier {
    guard let data = FileManager.default.contents(atPath: frontierPath) else {
      return MerkleFrontier()
    }
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
    guard let first = lines.first, let size = UInt64(first) else { throw corrupt(frontierPath) }
    var hashes: [SHA256Digest] = []
    for line in lines.dropFirst() {
      guard let bytes = try? Base64.decode(String(line)), let hash = SHA256Digest(bytes: bytes)
      else { throw corrupt(frontierPath) }
      hashes.append(hash)
    }
    guard let frontier = MerkleFrontier(size: size, hashes: hashes) else {
      throw corrupt(frontierPath)
    }
    return frontier
  }

  /// The last checkpoint accepted, if any.
  func lastCheckpoint() -> [UInt8]? {
    FileManager.default.contents(atPath: checkpointPath).map { [UInt8]($0) }
  }

  /// Appends `lines` (each without its newline) to the mirror.
  func appendLines(_ lines: [[UInt8]]) throws(CommandFailure) {
    var bytes: [UInt8] = []
    for line in lines { bytes += line + [0x0A] }
    do throws(SystemError) {
      try PrivateDirectory.make(ledger)
      let file = try OpenFile.open(journalPath, flags: O_WRONLY | O_CREAT | O_APPEND, mode: 0o600)
      try file.writeAll(bytes)
      try file.sync()
    } catch {
      throw CommandFailure(
        code: .environment, message: Text.current(.monitorMirrorUnwritable, ["reason": "\(error)"]))
    }
  }

  /// Cuts the mirror back to `sizeBytes` (lines that failed verification go).
  func truncate(to sizeBytes: Int64) {
    _ = Glibc.truncate(journalPath, Int(sizeBytes))
  }

  /// The mirror's size in bytes (0 when it does not exist yet).
  func journalSizeBytes() -> Int64 {
    let attributes = try? FileManager.default.attributesOfItem(atPath: journalPath)
    return (attributes?[.size] as? NSNumber)?.int64Value ?? 0
  }

  /// Records `frontier` and `checkpoint` as accepted, each file replaced whole.
  func accept(_ frontier: MerkleFrontier, checkpoint: [UInt8]) throws(CommandFailure) {
    let text =
      "\(frontier.size)\n" + frontier.hashes.map { Base64.encode($0.bytes) + "\n" }.joined()
    try replace(frontierPath, Array(text.utf8))
    try replace(checkpointPath, checkpoint)
  }

  private func replace(_ path: String, _ bytes: [UInt8]) throws(CommandFailure) {
    let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    do throws(SystemError) {
      unlink(temporary)
      try FileSystem.writeNewFile(temporary, bytes: bytes, mode: 0o600)
      guard rename(temporary, path) == 0 else {
        throw SystemError(operation: "rename", path: temporary, code: errno)
      }
    } catch {
      throw CommandFailure(
        code: .environment,
        message: Text.current(.tileCannotWrite, ["path": path, "reason": "\(error)"]))
    }
  }

  private func corrupt(_ path: String) -> CommandFailure {
    CommandFailure(code: .environment, message: Text.current(.monitorStateDamaged, ["path": path]))
  }
}
