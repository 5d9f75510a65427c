import ReliefLog

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A sorted file of fixed-size records, laid out in checksummed pages so that one lookup
/// reads and checks a few pages instead of the whole file.
///
/// Page 0 is the header (magic, record size, record count, identity); every later page
/// holds as many whole records as fit before its last 8 bytes, which are a checksum of the
/// page mixed with its index and the file's identity. A page from another file, another
/// place or a torn write fails its checksum, and the caller folds the journal again.
enum PagedRecords {
  static let pageSizeBytes = 4096
  static let magic = Array("RELIEFPG".utf8)

  /// Records per page for records of `recordSizeBytes`.
  static func perPage(_ recordSizeBytes: Int) -> Int { (pageSizeBytes - 8) / recordSizeBytes }

  /// The identity of a file holding `records` (flat, sorted): a checksum of them all, so
  /// that a file rewritten with other records never passes for this one.
  static func identity(of records: [UInt8], recordSizeBytes: Int) -> UInt64 {
    ProjectionChecksum.of(words: [
      UInt64(recordSizeBytes), UInt64(records.count), ProjectionChecksum.of(records),
    ])
  }

  /// The bytes of the file holding `records` (flat, `recordSizeBytes` each, sorted).
  static func fileBytes(_ records: [UInt8], recordSizeBytes: Int, identity: UInt64) -> [UInt8] {
    let count = records.count / recordSizeBytes
    let perPage = perPage(recordSizeBytes)
    let pages = (count + perPage - 1) / perPage
    var bytes = [UInt8](repeating: 0, count: pageSizeBytes * (1 + pages))
    var header = SnapshotWriter()
    header.raw(magic)
    header.uint64(UInt64(recordSizeBytes))
    header.uint64(UInt64(count))
    header.uint64(identity)
    header.uint64(ProjectionChecksum.of(header.bytes))
    bytes.replaceSubrange(0..<header.bytes.count, with: header.bytes)
    for page in 0..<pages {
      let first = page * perPage * recordSizeBytes
      let last = min(records.count, first + perPage * recordSizeBytes)
      let start = pageSizeBytes * (1 + page)
      bytes.replaceSubrange(start..<(start + last - first), with: records[first..<last])
      let sum = checksum(bytes[start..<(start + pageSizeBytes - 8)], page: page, identity: identity)
      withUnsafeBytes(of: sum.littleEndian) { word in
        bytes.replaceSubrange((start + pageSizeBytes - 8)..<(start + pageSizeBytes), with: word)
      }
    }
    return bytes
  }

  static func checksum(_ body: ArraySlice<UInt8>, page: Int, identity: UInt64) -> UInt64 {
    ProjectionChecksum.of(words: [identity, UInt64(page), ProjectionChecksum.of(Array(body))])
  }
}

/// A `PagedRecords` file opened for lookups: it reads only the pages a lookup needs and
/// checks each one; any damage makes the lookup return nil.
final class PagedRecordFile: @unchecked Sendable {
  // The descriptor is only read with pread, which has no shared file position.
  private let file: OpenFile
  let recordSizeBytes: Int
  let count: Int
  let identity: UInt64
  private let perPage: Int

  /// Opens the file at `path` if its header names `recordSizeBytes`, `count` and
  /// `identity` and its size fits them.
  init?(path: String, recordSizeBytes: Int, count: Int, identity: UInt64) {
    guard let file = try? OpenFile.open(path, flags: O_RDONLY),
      let header = try? file.readBytes(count: 40, at: 0), header.count == 40
    else { return nil }
    var reader = SnapshotReader(header, from: PagedRecords.magic.count)
    let perPage = PagedRecords.perPage(recordSizeBytes)
    let pages = (count + perPage - 1) / perPage
    guard header.starts(with: PagedRecords.magic),
      (try? reader.uint64()) == UInt64(recordSizeBytes),
      (try? reader.uint64()) == UInt64(count),
      (try? reader.uint64()) == identity,
      (try? reader.uint64()) == ProjectionChecksum.of(Array(header[0..<32])),
      (try? file.sizeBytes()) == Int64(PagedRecords.pageSizeBytes * (1 + pages))
    else { return nil }
    self.file = file
    self.recordSizeBytes = recordSizeBytes
    self.count = count
    self.identity = identity
    self.perPage = perPage
  }

  var pageCount: Int { (count + perPage - 1) / perPage }

  /// The records of page `page` (flat), or nil if the page is damaged.
  func records(onPage page: Int) -> [UInt8]? {
    let size = PagedRecords.pageSizeBytes
    guard page >= 0, page < pageCount,
      let bytes = try? file.readBytes(count: size, at: Int64(size * (1 + page))),
      bytes.count == size
    else { return nil }
    var trailer = SnapshotReader(bytes, from: size - 8)
    guard
      (try? trailer.uint64())
        == PagedRecords.checksum(bytes[0..<(size - 8)], page: page, identity: identity)
    else { return nil }
    let held = min(perPage, count - page * perPage)
    return Array(bytes[0..<(held * recordSizeBytes)])
  }

  /// Every record (flat, in order), or nil if any page is damaged.
  func allRecords() -> [UInt8]? {
    var all: [UInt8] = []
    all.reserveCapacity(count * recordSizeBytes)
    for page in 0..<pageCount {
      guard let records = records(onPage: page) else { return nil }
      all.append(contentsOf: records)
    }
    return all
  }

  /// The records whose key equals the target's, in order, or nil if a page read is damaged.
  ///
  /// `compare` orders a record (its bytes) against the target: negative if before it, 0 if
  /// equal, positive if after.
  func records(matching compare: (ArraySlice<UInt8>) -> Int) -> [[UInt8]]? {
    // The first page whose last record is not before the target.
    var low = 0
    var high = pageCount
    while low < high {
      let middle = (low + high) / 2
      guard let records = records(onPage: middle) else { return nil }
      let last = records[(records.count - recordSizeBytes)...]
      if compare(last) < 0 { low = middle + 1 } else { high = middle }
    }
    var found: [[UInt8]] = []
    var page = low
    while page < pageCount {
      guard let records = records(onPage: page) else { return nil }
      var start = 0
      while start < records.count {
        let record = records[start..<(start + recordSizeBytes)]
        let order = compare(record)
        if order > 0 { return found }
        if order == 0 { found.append(Array(record)) }
        start += recordSizeBytes
      }
      page += 1
    }
    return found
  }
}
