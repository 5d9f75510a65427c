import ReliefCrypto
import ReliefLog
import ReliefText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// What one cosigner last cosigned for one log: the checkpoint body (origin, size, root),
/// kept in the cosigner's own state directory, never in the ledger directory.
///
/// Whoever runs the ledger can write every file in its directory; a memory kept there
/// could be deleted to get two different roots for one size cosigned (a split view). The
/// file is `STATE/cosigned/<hex SHA-256 of the cosigner's verifier key>-<hex SHA-256 of the
/// origin>`, so neither a key name nor an origin (both may contain `/`) becomes a path. It
/// holds `relief cosigner memory v1`, the cosigner's verifier key and the checkpoint body,
/// each line ending in a newline.
struct CosignerMemory {
  /// The first line of every memory file.
  static let header = "relief cosigner memory v1"
  /// Largest memory file read (a body of three lines and a key is about 300 bytes).
  static let fileSizeBytesMax: Int64 = 64 << 10

  /// The cosigner's verifier key (type 0x04).
  let cosigner: NoteVerifierKey
  /// The log's origin.
  let origin: String
  /// The `cosigned` directory in the state directory.
  let directory: String
  /// The memory file.
  let path: String

  /// The memory of `cosigner` for `origin` in the state directory `stateDirectory`.
  init(stateDirectory: String, cosigner: NoteVerifierKey, origin: String) {
    self.cosigner = cosigner
    self.origin = origin
    directory = stateDirectory + "/cosigned"
    let keyHash = SHA256.hash(Array(cosigner.encoded.utf8)).hex
    let originHash = SHA256.hash(Array(origin.utf8)).hex
    path = directory + "/" + keyHash + "-" + originHash
  }

  /// The lock file beside the memory file, serializing cosign runs of this cosigner.
  var lockPath: String { path + ".lock" }

  /// Runs `body` holding the exclusive lock on `lockPath`, after creating the directories
  /// (mode 0700); waits at most `timeoutMillis` for another run by this cosigner.
  ///
  /// - Throws: `CommandFailure` (environment) if the directory cannot be made or the lock
  ///   taken, or what `body` throws.
  func withLock<Result>(
    timeoutMillis: Int64, _ body: () throws(CommandFailure) -> Result
  ) throws(CommandFailure) -> Result {
    do throws(SystemError) {
      try PrivateDirectory.make(directory)
    } catch {
      throw failure("\(error)")
    }
    return try FileLock.withExclusive(
      path: lockPath, mode: 0o600, timeoutMillis: timeoutMillis,
      holder: Text.current(.holderCosigning, ["cosigner": cosigner.id]), body)
  }

  /// The checkpoint body last cosigned, or nil if this cosigner never cosigned this log
  /// with this state directory.
  ///
  /// - Throws: `CommandFailure` (environment) if the file cannot be read or is not this
  ///   cosigner's memory for this origin: it is never ignored or replaced then, since
  ///   forgetting it is exactly what would allow a split view.
  func read() throws(CommandFailure) -> Checkpoint? {
    let bytes: [UInt8]
    do throws(SystemError) {
      bytes = try FileSystem.readFile(path, sizeBytesMax: Self.fileSizeBytesMax)
    } catch {
      if error.isNotFound { return nil }
      throw failure("\(error)")
    }
    let text = String(decoding: bytes, as: UTF8.self)
    let prefix = Self.header + "\n" + cosigner.encoded + "\n"
    guard text.hasPrefix(prefix),
      let checkpoint = try? Checkpoint(parsing: String(text.dropFirst(prefix.count))),
      checkpoint.origin == origin
    else {
      throw CommandFailure(
        code: .environment,
        message: Text.current(
          .memoryDamaged, ["path": path, "cosigner": cosigner.id, "origin": origin]))
    }
    return checkpoint
  }

  /// Replaces the memory with `checkpoint`'s body, durably.
  ///
  /// A temporary file beside it (mode 0600) is written and fsynced, renamed into place,
  /// then the directory fsynced. Call it holding the lock, before the cosignature leaves
  /// this process.
  ///
  /// - Throws: `CommandFailure` (environment) if any step fails; the old memory is then
  ///   still in place.
  func write(_ checkpoint: Checkpoint) throws(CommandFailure) {
    precondition(checkpoint.origin == origin, "a memory holds one origin")
    let bytes = Array((Self.header + "\n" + cosigner.encoded + "\n" + checkpoint.text).utf8)
    let temporary = path + ".new-\(getpid())"
    unlink(temporary)
    do throws(SystemError) {
      try FileSystem.writeNewFile(temporary, bytes: bytes, mode: 0o600)
      guard rename(temporary, path) == 0 else {
        throw SystemError(operation: "rename", path: path, code: errno)
      }
      try FileSystem.syncDirectory(containing: path)
    } catch {
      unlink(temporary)
      throw failure("\(error)")
    }
  }

  /// The failure for an I/O error on the memory: nothing was cosigned.
  func failure(_ reason: String) -> CommandFailure {
    CommandFailure(
      code: .environment,
      message: Text.current(
        .memoryUnwritable, ["cosigner": cosigner.id, "directory": directory, "reason": reason]))
  }
}
