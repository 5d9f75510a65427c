import ReliefLedger
import XCTest

/// The sheets `relief template` writes read back, in both encodings, as their example rows,
/// and each example maps to an entry.
final class EntryTemplateTests: XCTestCase {
  private let today = BusinessDate(unixMillis: 1_669_852_800_000, utcOffsetSeconds: 8 * 3600)

  func testEverySheetReadsBackAsItsExampleInBothEncodings() throws {
    for kind in EntryTemplate.kinds {
      var fields: [String: String] = [:]
      for (field, value) in EntryTemplate.example(for: kind) { fields[field] = value }
      for encoding in [TextEncoding.utf8, .gb18030] {
        let bytes = try XCTUnwrap(EntryTemplate.bytes(for: kind, encoding: encoding))
        let file = try InputReader.read(
          bytes: bytes, fileName: "t.csv", format: .csv, encoding: nil,
          schema: EntryFields.schema)
        XCTAssertEqual(file.encoding, encoding, kind.rawValue)
        XCTAssertEqual(file.rows, [InputRow(line: 2, fields: fields)], kind.rawValue)
      }
    }
  }

  func testEveryExampleMapsToAnEntry() throws {
    let date = try XCTUnwrap(today)
    for kind in EntryTemplate.kinds {
      var fields: [String: String] = [:]
      for (field, value) in EntryTemplate.example(for: kind) { fields[field] = value }
      switch RowMapper.draft(from: fields, today: date) {
      case .success(let draft): XCTAssertEqual(draft.requestID, fields["request_id"])
      case .failure(let problems): XCTFail("\(kind.rawValue): \(problems.problems)")
      }
    }
  }

  func testEveryKindHasAnExampleWithADistinctRequestID() {
    let ids = EntryTemplate.kinds.compactMap {
      EntryTemplate.example(for: $0).first { $0.field == "request_id" }?.value
    }
    XCTAssertEqual(ids.count, 16)
    XCTAssertEqual(Set(ids).count, 16)
    XCTAssertEqual(ids.first, "NT-2022-0001")
    XCTAssertEqual(ids.last, "NT-2022-0016")
  }
}
