import ReliefCrypto

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// `DIR/merkle.cache`: the leaf hashes and perfect-subtree hashes of the journal's Merkle
/// tree, so roots and proofs need O(log n) hash reads instead of a rescan.
///
/// Layout: a 64-byte header (magic, line count, end offset of the committed part, SHA-256
/// of the last line, 8 zero bytes), then 32-byte hashes in the append order of Go's tlog
/// (leaf n, then the subtrees it completes, lowest first). The cache is keyed by (line
/// count, end offset, hash of the last line); it is extended when the journal grew past
/// its last line unchanged and rebuilt otherwise, after a copy of the old cache is kept in
/// `merkle.cache.old`. Never trusted by the verifier: only nodes that reproduce a signed
/// root are believed.
public final class MerkleCache {
  /// The first eight bytes of every cache file.
  static let magic: [UInt8] = Array("RLFMRK1\n".utf8)
  /// The size of the header before the first hash.
  static let headerSize: Int64 = 64

  /// The cache file's path.
  public let path: String
  /// The open cache file, locked by this object (exclusively unless read-only).
  let fileDescriptor: Int32
  /// Whether the file was opened for reading only (`openForReading`).
  public let isReadOnly: Bool
  /// The number of leaves stored.
  public private(set) var count: UInt64 = 0
  /// The end offset of the journal's committed part the cache was built from.
  public private(set) var endOffset: Int64 = 0
  /// SHA-256 of the last line the cache was built from.
  public private(set) var lastLineHash = MerkleHash.emptyRoot
  /// Set when a read failed; hashes read since are not to be used.
  public private(set) var readFailed = false

  /// The file a rebuild keeps the replaced cache in, next to `path`.
  public static func previousPath(of path: String) -> String { path + ".old" }

  /// Opens (creating) the cache file at `path` and locks it exclusively for this process.
  ///
  /// - Throws: `SystemError` if the file cannot be opened or locked.
  public init(path: String) throws(SystemError) {
    let opened = try Self.openLocked(path, flags: O_RDWR | O_CREAT, lock: LOCK_EX)
    self.path = path
    fileDescriptor = opened
    isReadOnly = false
    readHeader()
  }

  private init(path: String, readOnlyDescriptor: Int32) {
    self.path = path
    fileDescriptor = readOnlyDescriptor
    isReadOnly = true
    readHeader()
  }

  deinit { close(fileDescriptor) }

  /// Opens an existing cache file for reading under a shared lock, never creating or
  /// changing it; nil if there is no file at `path`.
  ///
  /// - Throws: `SystemError` if the file exists but cannot be opened or locked.
  public static func openForReading(path: String) throws(SystemError) -> MerkleCache? {
    do {
      let opened = try openLocked(path, flags: O_RDONLY, lock: LOCK_SH)
      return MerkleCache(path: path, readOnlyDescriptor: opened)
    } catch {
      if error.isNotFound { return nil }
      throw error
    }
  }

  private static func openLocked(_ path: String, flags: Int32, lock: Int32) throws(SystemError)
    -> Int32
  {
    var opened: Int32 = -1
    repeat {
      opened = open(path, flags | O_CLOEXEC, 0o644)
    } while opened < 0 && errno == EINTR
    guard opened >= 0 else { throw SystemError(operation: "open", path: path, code: errno) }
    while flock(opened, lock) != 0 {
      if errno == EINTR { continue }
      let error = SystemError(operation: "lock", path: path, code: errno)
      close(opened)
      throw error
    }
    return opened
  }

  /// Go tlog's StoredHashIndex: where the hash of subtree (level, index) is stored.
  public static func storedIndex(level: Int, _ index: UInt64) -> UInt64 {
    var n = index
    for _ in 0..<level { n = 2 &* n &+ 1 }
    var position: UInt64 = 0
    while n > 0 {
      position &+= n
      n >>= 1
    }
    return position &+ UInt64(level)
  }

  /// How many hashes a tree of `n` leaves stores (Go tlog's StoredHashCount).
  public static func storedCount(_ n: UInt64) -> UInt64 {
    guard n > 0 else { return 0 }
    var total = storedIndex(level: 0, n &- 1) &+ 1
    var i = n &- 1
    while i & 1 == 1 {
      total &+= 1
      i >>= 1
    }
    return total
  }

  /// The tree over the stored leaves, reading node hashes from the file.
  public var tree: MerkleTree {
    MerkleTree(size: count) { [self] level, index in
      readHash(Self.storedIndex(level: level, index))
    }
  }

  /// Reads stored hash number `index`; on a failed or short read sets `readFailed` and
  /// returns the empty-tree hash.
  public func readHash(_ index: UInt64) -> SHA256Digest {
    var bytes = [UInt8](repeating: 0, count: 32)
    let offset = off_t(Self.headerSize) + off_t(index) * 32
    let got = bytes.withUnsafeMutableBytes { pread(fileDescriptor, $0.baseAddress, 32, offset) }
    guard got == 32, let digest = SHA256Digest(bytes: bytes) else {
      readFailed = true
      return MerkleHash.emptyRoot
    }
    return digest
  }

  private func readHeader() {
    var bytes = [UInt8](repeating: 0, count: Int(Self.headerSize))
    let got = bytes.withUnsafeMutableBytes { pread(fileDescriptor, $0.baseAddress, $0.count, 0) }
    guard got == Int(Self.headerSize), Array(bytes[0..<8]) == Self.magic,
      let hash = SHA256Digest(bytes: Array(bytes[24..<56]))
    else { return }
    count = Self.integer(bytes[8..<16])
    endOffset = Int64(bitPattern: Self.integer(bytes[16..<24]))
    lastLineHash = hash
  }

  private static func integer(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    bytes.reduce(UInt64(0)) { $0 &<< 8 | UInt64($1) }
  }

  private static func bigEndian(_ value: UInt64) -> [UInt8] {
    withUnsafeBytes(of: value.bigEndian) { Array($0) }
  }

  /// Writes `bytes` at `offset`, looping over short writes.
  func write(_ bytes: [UInt8], at offset: Int64) throws(SystemError) {
    precondition(!isReadOnly, "a cache opened for reading is never written")
    var done = 0
    while done < bytes.count {
      let wrote = bytes.withUnsafeBytes { raw in
        pwrite(
          fileDescriptor, raw.baseAddress.map { $0 + done }, raw.count - done,
          off_t(offset) + off_t(done))
      }
      if wrote < 0 && errno == EINTR { continue }
      guard wrote > 0 else { throw SystemError(operation: "write", path: path, code: errno) }
      done += wrote
    }
  }

  /// Writes the header and makes everything durable.
  func commit(count: UInt64, endOffset: Int64, lastLineHash: SHA256Digest)
    throws(SystemError)
  {
    guard fsync(fileDescriptor) == 0 else {
      throw SystemError(operation: "fsync", path: path, code: errno)
    }
    var header = Self.magic + Self.bigEndian(count) + Self.bigEndian(UInt64(bitPattern: endOffset))
    header += lastLineHash.bytes + [UInt8](repeating: 0, count: 8)
    try write(header, at: 0)
    guard fsync(fileDescriptor) == 0 else {
      throw SystemError(operation: "fsync", path: path, code: errno)
    }
    self.count = count
    self.endOffset = endOffset
    self.lastLineHash = lastLineHash
  }
}
