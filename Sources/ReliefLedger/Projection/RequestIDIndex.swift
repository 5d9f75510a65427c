/// Which committed seqs may carry a request id, by 64-bit fingerprint, without holding the
/// ids themselves in memory.
///
/// A fingerprint match is only a candidate: callers read the entry at that seq and compare
/// the id itself. A miss is certain, so the index must cover every committed id: a sorted
/// `base` (its own file, loaded only when a lookup needs it) and the `recent` ids added
/// since (kept in the state snapshot).
struct RequestIDIndex {
  /// Sorted (fingerprint, seq) pairs, interleaved.
  private(set) var base: [UInt64] = []
  /// Whether `base` holds the records yet (it is loaded lazily from its file).
  private(set) var isBaseLoaded = true
  /// Whether `base` changed since it was read from (or last written to) its file.
  var isBaseDirty = false
  /// The record count and checksum the base file must have.
  private(set) var baseCount = 0
  private(set) var baseChecksum: UInt64 = Self.emptyChecksum
  /// Fingerprint → seq of ids added after the base; a second id with the same fingerprint
  /// (rare) goes to `recentCollisions`.
  private(set) var recent: [UInt64: Int64] = [:]
  private(set) var recentCollisions: [(UInt64, Int64)] = []
  var recentCount: Int { recent.count + recentCollisions.count }

  init() {}

  /// An index whose base has `baseCount` records with `baseChecksum`, still on disk.
  init(unloadedBaseCount: Int, baseChecksum: UInt64, recent: [(UInt64, Int64)]) {
    isBaseLoaded = unloadedBaseCount == 0
    baseCount = unloadedBaseCount
    self.baseChecksum = baseChecksum
    for (fingerprint, seq) in recent { insert(fingerprint: fingerprint, seq: seq) }
  }

  /// Supplies the base records read from its file; false if they are not the ones
  /// expected.
  mutating func loadBase(_ records: [UInt64]) -> Bool {
    guard records.count == 2 * baseCount, Self.checksum(records) == baseChecksum,
      Self.isSorted(records)
    else { return false }
    base = records
    isBaseLoaded = true
    return true
  }

  /// The seqs that may carry `id` (every one that does is among them).
  func candidates(_ id: String) -> [Int64] {
    assert(isBaseLoaded, "load the base before looking ids up")
    let fingerprint = Self.fingerprint(id)
    var found = recent[fingerprint].map { [$0] } ?? []
    for (other, seq) in recentCollisions where other == fingerprint { found.append(seq) }
    var index = lowerBound(fingerprint)
    while index < base.count / 2, base[2 * index] == fingerprint {
      found.append(Int64(bitPattern: base[2 * index + 1]))
      index += 1
    }
    return found
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
    assert(isBaseLoaded, "load the base before merging")
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
    baseChecksum = Self.checksum(merged)
    recent = [:]
    recentCollisions = []
  }

  private func lowerBound(_ fingerprint: UInt64) -> Int {
    var low = 0
    var high = base.count / 2
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

  static let emptyChecksum = ProjectionChecksum.of(words: [])

  /// A checksum of the records that catches damage to the base file.
  static func checksum(_ records: [UInt64]) -> UInt64 { ProjectionChecksum.of(words: records) }

  private static func isSorted(_ records: [UInt64]) -> Bool {
    var index = 2
    while index < records.count {
      let previous = (records[index - 2], records[index - 1])
      guard previous <= (records[index], records[index + 1]) else { return false }
      index += 2
    }
    return true
  }
}
