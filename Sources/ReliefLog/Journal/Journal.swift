#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A ledger directory and its journal file.
///
/// Writers append whole batches under an exclusive lock and fsync before returning; readers
/// see only committed batches.
public struct Journal: Sendable {
  /// The path of the ledger directory.
  public let directory: String
  /// How long a writer or reader waits for another process's lock before giving up.
  public var lockTimeoutMillis: Int64 = 10_000

  /// Creates a handle on the ledger in `directory`; nothing is opened or created yet.
  public init(directory: String) {
    self.directory = directory
  }

  /// The journal file inside the ledger directory.
  public var journalPath: String { directory + "/journal.jsonl" }
  /// Where `recover` keeps the bytes it cuts off.
  public var tornDirectory: String { directory + "/torn" }

  /// Creates the directory (if needed) and a new journal holding `firstBatch`.
  ///
  /// Fails if a journal already exists. The journal appears whole or not at all: it is
  /// written and fsynced under a temporary name, then linked into place.
  public func create(firstBatch: [UInt8]) throws(JournalError) {
    let temporaryPath = journalPath + ".new-\(getpid())"
    do {
      try FileSystem.makeDirectory(directory)
      if FileSystem.exists(journalPath) {
        throw JournalError.ledgerAlreadyExists(directory: directory)
      }
      unlink(temporaryPath)
      try FileSystem.writeNewFile(temporaryPath, bytes: firstBatch)
      defer { unlink(temporaryPath) }
      // link(2), unlike rename(2), refuses to replace a journal created meanwhile.
      guard link(temporaryPath, journalPath) == 0 else {
        throw SystemError(operation: "create", path: journalPath, code: errno)
      }
      try FileSystem.syncDirectory(containing: journalPath)
    } catch let error as JournalError {
      throw error
    } catch let error as SystemError {
      if error.code == EEXIST { throw .ledgerAlreadyExists(directory: directory) }
      throw .system(error)
    } catch {
      throw .system(SystemError(operation: "create", path: journalPath, code: EIO))
    }
  }

  /// Opens the journal for reading and fixes the committed part as of now.
  ///
  /// Batches appended later are not seen through the returned snapshot.
  public func openSnapshot() throws(JournalError) -> JournalSnapshot {
    let file = try openFile(flags: O_RDONLY)
    try lock(file, exclusive: false)
    defer { file.unlock() }
    return try snapshot(of: file)
  }

  /// Appends the bytes `build` returns for the journal as it is under the lock, then
  /// fsyncs.
  ///
  /// If `build` throws or returns no bytes, nothing is written. If writing fails, the file
  /// is cut back to its size before the append.
  public func append<Result>(
    _ build: (JournalSnapshot) throws -> (bytes: [UInt8], result: Result)
  ) throws -> Result {
    let file = try openFile(flags: O_RDWR | O_APPEND)
    try lock(file, exclusive: true)
    defer { file.unlock() }
    let current = try snapshot(of: file)
    if current.hasTornTail {
      throw JournalError.tornTail(
        directory: directory, committedSizeBytes: current.committed.endOffset,
        sizeBytes: current.sizeBytes)
    }
    let (bytes, result) = try build(current)
    if bytes.isEmpty { return result }
    do {
      try file.writeAll(bytes)
      try file.sync()
    } catch {
      // Leave no partial batch behind: cut back, make the cut durable, report.
      try? file.truncate(to: current.sizeBytes)
      try? file.sync()
      throw JournalError.system(error)
    }
    return result
  }

  /// Cuts the journal back to `committedSizeBytes` after saving the cut bytes in
  /// `tornDirectory`.
  ///
  /// Refuses if the file no longer has exactly `sizeBytes` bytes or its committed part no
  /// longer ends at `committedSizeBytes`. Returns the side file's path.
  public func cutTail(
    committedSizeBytes: Int64, sizeBytes: Int64, nowMillis: Int64
  ) throws(JournalError) -> String {
    let file = try openFile(flags: O_RDWR)
    try lock(file, exclusive: true)
    defer { file.unlock() }
    let current = try snapshot(of: file)
    guard current.sizeBytes == sizeBytes, current.committed.endOffset == committedSizeBytes,
      sizeBytes > committedSizeBytes
    else { throw .tailChanged(directory: directory) }
    let sidePath =
      tornDirectory + "/journal-from-seq-\(current.committed.head.nextSeq)-\(nowMillis).bin"
    do {
      let cut = try file.readBytes(
        count: Int(sizeBytes - committedSizeBytes), at: committedSizeBytes)
      try FileSystem.makeDirectory(tornDirectory)
      try FileSystem.writeNewFile(sidePath, bytes: cut)
      try file.truncate(to: committedSizeBytes)
      try file.sync()
    } catch {
      throw .system(error)
    }
    return sidePath
  }

  private func openFile(flags: Int32) throws(JournalError) -> OpenFile {
    do {
      return try OpenFile.open(journalPath, flags: flags)
    } catch {
      if error.isNotFound { throw .ledgerNotFound(directory: directory) }
      throw .system(error)
    }
  }

  private func lock(_ file: OpenFile, exclusive: Bool) throws(JournalError) {
    let started = FileSystem.nowMillis()
    do {
      while !(try file.lock(exclusive: exclusive, wait: false)) {
        let waited = FileSystem.nowMillis() - started
        if waited >= lockTimeoutMillis {
          throw JournalError.lockTimeout(path: journalPath, waitedMillis: waited)
        }
        var pause = timespec(tv_sec: 0, tv_nsec: 5_000_000)
        nanosleep(&pause, nil)
      }
    } catch let error as JournalError {
      throw error
    } catch let error as SystemError {
      throw .system(error)
    } catch {
      throw .system(SystemError(operation: "lock", path: journalPath, code: EIO))
    }
  }

  private func snapshot(of file: OpenFile) throws(JournalError) -> JournalSnapshot {
    do {
      let size = try file.sizeBytes()
      let committed = try CommittedHead.find(in: file, sizeBytes: size)
      return JournalSnapshot(file: file, sizeBytes: size, committed: committed)
    } catch let error as SystemError {
      throw .system(error)
    } catch LineReadError.lineTooLong(let index, let offset) {
      throw .lineTooLong(lineIndex: index, offset: offset)
    } catch {
      throw .system(SystemError(operation: "read", path: journalPath, code: EIO))
    }
  }
}

/// The journal as one reader sees it: its size when opened and where its committed part
/// ends.
///
/// Appends by others after opening are beyond `sizeBytes` and not seen.
public struct JournalSnapshot {
  /// The open journal file, read through this snapshot.
  public let file: OpenFile
  /// The file's size in bytes when the snapshot was taken.
  public let sizeBytes: Int64
  /// Where the committed part of the journal ended when the snapshot was taken.
  public let committed: CommittedHead

  /// True if bytes follow the last commit line: an append that never finished.
  public var hasTornTail: Bool { sizeBytes != committed.endOffset }

  /// A reader over the committed lines only.
  public var committedLines: LineReader { LineReader(file: file, endOffset: committed.endOffset) }

  /// A reader over every byte, including any torn tail.
  public var allLines: LineReader { LineReader(file: file, endOffset: sizeBytes) }
}
