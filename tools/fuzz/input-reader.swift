// libFuzzer harness: the CSV and JSON Lines input readers and the row mapper.
// Built by tools/fuzz/build.sh against ReliefCrypto, ReliefLog and ReliefLedger.
import ReliefLedger

/// The date registrations get when a row gives none.
let today = BusinessDate(year: 2024, month: 6, day: 1)

/// Reads the input as CSV (UTF-8, GB18030 and detected) and as JSON Lines, mapping each row.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let attempts: [(InputFormat, TextEncoding?)] = [
    (.csv, nil), (.csv, .utf8), (.csv, .gb18030), (.jsonLines, nil), (.jsonLines, .utf8),
  ]
  for (format, encoding) in attempts {
    guard
      let file = try? InputReader.read(
        bytes: bytes, fileName: "fuzz", format: format, encoding: encoding,
        schema: EntryFields.schema)
    else { continue }
    for row in file.rows {
      guard let today else { return 0 }
      _ = RowMapper.draft(from: row.fields, today: today)
    }
  }
  return 0
}
