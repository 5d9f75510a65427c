/// Which committed seqs may carry a request id, by 64-bit fingerprint, without holding the
/// ids themselves in memory.
///
/// A fingerprint match is only a candidate: callers read the entry at that seq and compare
/// the id itself. A miss is certain, so the index must cover every committed id: a sorted
/// base (in memory, or its own file read a few pages per lookup) and the `recent` ids added
/// since (kept in the rules file).
struct RequestIDIndex {
  /// Sorted (fingerprint, seq) pairs, interleaved, when the base is in memory.
  private(set) var base: [UInt64] = []
  /// The base file, when the base is on disk (`base` is then empty): lookups read a few of
  /// its pages.
  private(set) var baseFile: PagedRecordFile?
  /// Whether `base` changed since it was read from (or last written to) its file.
  var isBaseDirty = false
  /// The record count and identity of the base (`PagedRecords.identity`).
  private(set) var baseCount = 0
  private(set) var baseIdentity: UInt64 = Self.emptyIdentity
  /// Fingerprint → seq of ids added after the base; a second id with the same fingerprint
  /// (rare) goes to `recentCollisions`.
  private(set) var recent: [UInt64: Int64] = [:]
  private(set) var recentCollisions: [(UInt64, Int64)] = []
  var recentCount: Int { recent.count + recentCollisions.count }
  /// The size of one base record: fingerprint and seq.
  static let recordSizeBytes = 16

  init() {}

  /// An index whose base is the file `baseFile` (nil when the base is empty).
  init(baseFile: PagedRecordFile?) {
    self.baseFile = baseFile
    baseCount = baseFile?.count ?? 0
    baseIdentity = baseFile?.identity ?? Self.emptyIdentity
  }

  /// An index whose base is `records`: sorted (fingerprint, seq) pairs, interleaved.
  init(sortedBase records: [UInt64]) {
    base = records
    baseCount = records.count / 2
    baseIdentity = PagedRecords.identity(of: baseRecordBytes, recordSizeBytes: Self.recordSizeBytes)
    isBaseDirty = !records.isEmpty
  }

  /// Whether the base is in memory (or empty), so that lookups cannot fail.
  var isBaseLoaded: Bool { baseFile == nil }

  /// Reads the whole base file into memory; false if a page of it is damaged.
  mutating func loadBase() -> Bool {
    guard let file = baseFile else { return true }
    guard let bytes = file.allRecords() else { return false }
    var records = [UInt64](repeating: 0, count: bytes.count / 8)
    records.withUnsafeMutableBytes { target in
      bytes.withUnsafeBytes { target.copyMemory(from: $0) }
    }
    for index in records.indices { records[index] = UInt64(littleEndian: records[index]) }
    base = records
    baseFile = nil
    return true
  }

  /// The base's records as file bytes (little-endian).
  var baseRecordBytes: [UInt8] {
    var records = base
    for index in records.indices { records[index] = records[index].littleEndian }
    return records.withUnsafeBytes { Array($0) }
  }

  /// The seqs that may carry `id` (every one that does is among them), or nil if a page of
  /// the base file is damaged.
  func candidates(_ id: String) -> [Int64]? {
    candidates(fingerprint: Self.fingerprint(id))
  }

  /// The seqs whose ids have `fingerprint`, or nil if a page of the base file is damaged.
  func candidates(fingerprint: UInt64) -> [Int64]? {
    var found = recent[fingerprint].map { [$0] } ?? []
    for (other, seq) in recentCollisions where other == fingerprint { found.append(seq) }
    if let baseFile {
      guard let records = baseFile.records(matching: { Self.order($0, fingerprint) }) else {
        return nil
      }
      for record in records { found.append(Self.seq(of: record)) }
      return found
    }
    var index = lowerBound(fingerprint)
    while index < base.count / 2, base[2 * index] == fingerprint {
      found.append(Int64(bitPattern: base[2 * index + 1]))
      index += 1
    }
    return found
  }

  private static func order(_ record: ArraySlice<UInt8>, _ fingerprint: UInt64) -> Int {
    var value: UInt64 = 0
    for (shift, byte) in record.prefix(8).enumerated() { value |= UInt64(byte) << (8 * shift) }
    return value < fingerprint ? -1 : (value == fingerprint ? 0 : 1)
  }

  private static func seq(of record: [UInt8]) -> Int64 {
    var value: UInt64 = 0
    for shift in 0..<8 { value |= UInt64(record[8 + shift]) << (8 * shift) }
    return Int64(bitPattern: value)
  }

  mutating func insert(_ id: String, seq: Int64) {
    insert(fingerprint: Self.fingerprint(id), seq: seq)
  }

  mutating func insert(fingerprint: UInt64, seq: Int64) {
    if recent[fingerprint] == nil {
      recent[fingerprint] = seq
    } else {
      recentCollisions.append((fingerprint, seq))
    }
    if isBaseLoaded && shouldMerge { merge() }
  }

  /// The recent records as (fingerprint, seq), ordered.
  var recentRecords: [(UInt64, Int64)] {
    (recent.map { ($0.key, $0.value) } + recentCollisions).sorted { $0 < $1 }
  }

  /// True when the recent ids should be merged into the base, keeping the snapshot small.
  var shouldMerge: Bool { recentCount > max(65_536, baseCount / 4) }

  /// Moves the recent ids into the base (which must be loaded).
  mutating func merge() {
    precondition(isBaseLoaded, "load the base before merging")
    var merged: [UInt64] = []
    merged.reserveCapacity(base.count + 2 * recentCount)
    let added = recentRecords
    var index = 0
    var addedIndex = 0
    while index < base.count / 2 || addedIndex < added.count {
      let takeBase: Bool
      if index == base.count / 2 {
        takeBase = false
      } else if addedIndex == added.count {
        takeBase = true
      } else {
        let old = (base[2 * index], Int64(bitPattern: base[2 * index + 1]))
        takeBase = old < added[addedIndex]
      }
      if takeBase {
        merged.append(base[2 * index])
        merged.append(base[2 * index + 1])
        index += 1
      } else {
        merged.append(added[addedIndex].0)
        merged.append(UInt64(bitPattern: added[addedIndex].1))
        addedIndex += 1
      }
    }
    base = merged
    isBaseDirty = true
    baseCount = merged.count / 2
    baseIdentity = PagedRecords.identity(
      of: baseRecordBytes, recordSizeBytes: Self.recordSizeBytes)
    recent = [:]
    recentCollisions = []
  }

  /// The first base record whose fingerprint is not below `fingerprint`.
  ///
  /// Fingerprints are spread evenly over 64 bits, so guessing the place by value (then
  /// narrowing by halves once the range is small) touches a few cache lines where a plain
  /// binary search of a large base touches twenty.
  private func lowerBound(_ fingerprint: UInt64) -> Int {
    var low = 0
    var high = base.count / 2
    while high - low > 16 {
      let lowValue = base[2 * low]
      let highValue = base[2 * (high - 1)]
      guard lowValue < fingerprint else { return low }
      guard fingerprint <= highValue else { return high }
      // The guess, at the fingerprint's fraction of the way from low to high.
      let span = Double(highValue - lowValue)
      let fraction = Double(fingerprint - lowValue) / span
      let guess = min(high - 1, max(low, low + Int(fraction * Double(high - 1 - low))))
      if base[2 * guess] < fingerprint {
        low = guess + 1
        // Step a little past the guess: if the answer lies just beyond it, the range
        // shrinks to a few records instead of by one.
        let probe = min(high - 1, guess + 8)
        if base[2 * probe] >= fingerprint { high = probe }
      } else {
        high = guess
        let probe = max(low, guess - 8)
        if base[2 * probe] < fingerprint { low = probe + 1 }
      }
    }
    while low < high {
      let middle = (low + high) / 2
      if base[2 * middle] < fingerprint { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// FNV-1a over the id's UTF-8, then a 64-bit finalizer so that similar ids spread.
  static func fingerprint(_ id: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in id.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    hash ^= hash >> 33
    hash = hash &* 0xff51_afd7_ed55_8ccd
    hash ^= hash >> 33
    hash = hash &* 0xc4ce_b9fe_1a85_ec53
    return hash ^ (hash >> 33)
  }

  static let emptyIdentity = PagedRecords.identity(of: [], recordSizeBytes: recordSizeBytes)
}
