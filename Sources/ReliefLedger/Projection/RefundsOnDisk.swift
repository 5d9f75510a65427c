import ReliefLog

/// The refunds in force of a state loaded from a saved projection, kept in their base file
/// and read one business at a time: an append reads the businesses its rows name, not the
/// refunds of every business ever refunded.
struct RefundsOnDisk: Sendable {
  /// The base file; nil when the base holds no refunds.
  let file: PagedRecordFile?
  /// Businesses holding a refund in force when the state was saved.
  let businessesAtLoad: Int
  /// The businesses in `LedgerState.refunds` that held a refund in force when they were
  /// loaded (so that `businessesRefunded` stays exact as they change).
  var nonEmptyAtLoad: Set<UnifiedSocialCreditCode> = []

  /// A base record: the code's 18 ASCII characters, seq, first and last month (yyyymm).
  static let recordSizeBytes = 34

  /// The refunds in force of `code` in the base, or nil if a page of it is damaged.
  func records(of code: UnifiedSocialCreditCode) -> [RefundRecord]? {
    guard let file else { return [] }
    let key = code.asciiBytes
    guard let found = file.records(matching: { Self.order($0, key) }) else { return nil }
    var records: [RefundRecord] = []
    for record in found {
      guard let decoded = Self.decode(record[...]) else { return nil }
      records.append(decoded.record)
    }
    return records
  }

  /// Every record of the base by business, or nil if a page of it is damaged.
  func allRecords() -> [UnifiedSocialCreditCode: [RefundRecord]]? {
    guard let file else { return [:] }
    guard let bytes = file.allRecords() else { return nil }
    var all: [UnifiedSocialCreditCode: [RefundRecord]] = [:]
    var start = 0
    while start < bytes.count {
      guard let decoded = Self.decode(bytes[start..<(start + Self.recordSizeBytes)]) else {
        return nil
      }
      all[decoded.code, default: []].append(decoded.record)
      start += Self.recordSizeBytes
    }
    return all
  }

  private static func order(_ record: ArraySlice<UInt8>, _ key: [UInt8]) -> Int {
    for (byte, wanted) in zip(record.prefix(18), key) where byte != wanted {
      return byte < wanted ? -1 : 1
    }
    return 0
  }

  /// The base file's records (flat, sorted by code then seq) of `refunds`.
  static func baseRecords(_ refunds: [UnifiedSocialCreditCode: [RefundRecord]]) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(refunds.count * recordSizeBytes)
    for (code, records) in refunds.sorted(by: { $0.key.sortKey < $1.key.sortKey }) {
      for record in records.sorted(by: { $0.seq < $1.seq }) {
        bytes.append(contentsOf: code.asciiBytes)
        withUnsafeBytes(of: UInt64(bitPattern: record.seq).littleEndian) {
          bytes.append(contentsOf: $0)
        }
        for month in [record.period.start, record.period.end] {
          withUnsafeBytes(of: UInt32(month.year * 100 + month.month).littleEndian) {
            bytes.append(contentsOf: $0)
          }
        }
      }
    }
    return bytes
  }

  private static func decode(
    _ record: ArraySlice<UInt8>
  ) -> (code: UnifiedSocialCreditCode, record: RefundRecord)? {
    let bytes = Array(record)
    guard bytes.count == recordSizeBytes,
      let code = bytes[0..<18].withUnsafeBytes({ UnifiedSocialCreditCode(asciiBytes: $0) })
    else { return nil }
    func word(_ start: Int, _ size: Int) -> UInt64 {
      var value: UInt64 = 0
      for shift in 0..<size { value |= UInt64(bytes[start + shift]) << (8 * shift) }
      return value
    }
    let start = Int(word(26, 4))
    let end = Int(word(30, 4))
    guard let first = YearMonth(year: start / 100, month: start % 100),
      let last = YearMonth(year: end / 100, month: end % 100),
      let period = MonthPeriod(start: first, end: last)
    else { return nil }
    return (code, RefundRecord(seq: Int64(bitPattern: word(18, 8)), period: period))
  }
}

extension LedgerState {
  /// Reads the refunds in force of `codes` from the base file into `refunds`, where a
  /// state loaded from a projection needs them before applying entries that name them;
  /// false if the base is damaged (the projection must then be folded again).
  mutating func loadRefunds(of codes: Set<UnifiedSocialCreditCode>) -> Bool {
    guard var onDisk = refundsOnDisk else { return true }
    for code in codes where refunds[code] == nil {
      guard let records = onDisk.records(of: code) else { return false }
      refunds[code] = records
      if !records.isEmpty { onDisk.nonEmptyAtLoad.insert(code) }
    }
    refundsOnDisk = onDisk
    return true
  }

  /// Reads every refund of the base file into `refunds`, so that the state no longer
  /// depends on the file; false if the base is damaged.
  mutating func loadAllRefunds() -> Bool {
    guard let onDisk = refundsOnDisk else { return true }
    guard let all = onDisk.allRecords() else { return false }
    refunds.merge(all) { loaded, _ in loaded }
    refundsOnDisk = nil
    return true
  }

  /// Whether the refunds of `code` are in memory (always, unless they are on disk).
  func hasRefundsLoaded(_ code: UnifiedSocialCreditCode) -> Bool {
    refundsOnDisk == nil || refunds[code] != nil
  }
}
