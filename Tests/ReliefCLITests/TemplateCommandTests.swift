import Foundation
import ReliefLedger
import XCTest

/// `relief template KIND`: each kind's sheet, in both encodings, imports into a ledger
/// holding what its example names as exactly one entry equal to the example.
final class TemplateCommandTests: XCTestCase {
  private var directory: TemporaryDirectory!
  private var keyPath: String { directory.path("admin.key") }

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
    try ReliefProcess.run(["keys", "generate", "--name", "template", "--out", keyPath])
      .assertStatus(0)
  }

  override func tearDown() { directory = nil }

  private func relief(_ arguments: [String]) throws -> ReliefProcess.Outcome {
    try ReliefProcess.run(arguments, extraEnvironment: ["RELIEF_KEY": keyPath])
  }

  func testEveryKindsSheetImportsAsItsExampleInUTF8() throws {
    for kind in EntryTemplate.kinds { try checkTemplate(kind, encoding: "utf8") }
  }

  func testEveryKindsSheetImportsAsItsExampleInGB18030() throws {
    for kind in EntryTemplate.kinds { try checkTemplate(kind, encoding: "gb18030") }
  }

  func testRefundSheetIsChineseHeadersAndOneRowAfterABOM() throws {
    let path = directory.path("refund.csv")
    let outcome = try relief(["template", "refund", "--out", path])
    try outcome.assertStatus(0)
    XCTAssertEqual(outcome.stdout, "wrote \(path): the refund sheet with one example row\n")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
    XCTAssertEqual(
      String(decoding: bytes.dropFirst(3), as: UTF8.self),
      "类型,日期,单位,资金,金额,对象,统一社会信用代码,所属期,已缴经费,备注,请求号\r\n"
        + "返还经费,2022-04-15,nantong,dues-refund,2618.87,南通某某制造有限公司,"
        + "91320600MA1N0A1B2G,2021-01..2021-12,2618.87,小微企业工会经费全额返还,NT-2022-0005\r\n")
  }

  func testGB18030SheetHasNoBOMAndIsNotUTF8() throws {
    let path = directory.path("refund-gb.csv")
    try relief(["template", "refund", "--out", path, "--encoding", "gb18030"]).assertStatus(0)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    // 类型 in GB18030.
    XCTAssertEqual(Array(bytes.prefix(4)), [0xC0, 0xE0, 0xD0, 0xCD])
    XCTAssertNil(String(data: bytes, encoding: .utf8))
  }

  func testAnExistingFileIsRefusedAndKept() throws {
    let path = directory.path("kept.csv")
    try Data("mine\n".utf8).write(to: URL(fileURLWithPath: path))
    let outcome = try relief(["template", "receipt", "--out", path])
    XCTAssertEqual(outcome.status, 5)
    XCTAssertEqual(
      outcome.stderr,
      "relief template: \(path) exists; relief never overwrites it (nothing was written)\n")
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), Data("mine\n".utf8))
    let left = try FileManager.default.contentsOfDirectory(atPath: directory.path(""))
    XCTAssertEqual(left.sorted(), ["admin.key", "kept.csv"])
  }

  func testUnknownKindListsTheKinds() throws {
    let outcome = try relief(["template", "refunds", "--out", directory.path("x.csv")])
    XCTAssertEqual(outcome.status, 2)
    XCTAssertEqual(
      outcome.stderr,
      "relief template: unknown kind 'refunds'; KIND is one of: union, program, receipt, "
        + "allocation, refund, subsidy, disbursement, reversal, commitment, key, key.revoke, "
        + "close, review.threshold, goods.receipt, goods.distribution, goods.allocation\n"
        + "run 'relief template --help' for usage\n")
    XCTAssertFalse(FileManager.default.fileExists(atPath: directory.path("x.csv")))
  }

  func testUnknownEncodingAndMissingOutAreUsageErrors() throws {
    let encoding = try relief(
      ["template", "refund", "--out", directory.path("x.csv"), "--encoding", "latin1"])
    XCTAssertEqual(encoding.status, 2)
    XCTAssertEqual(
      encoding.stderr,
      "relief template: --encoding must be utf8 or gb18030, not 'latin1'\n"
        + "run 'relief template --help' for usage\n")
    let out = try relief(["template", "refund"])
    XCTAssertEqual(out.status, 2)
    XCTAssertEqual(
      out.stderr,
      "relief template: template needs --out FILE\nrun 'relief template --help' for usage\n")
  }

  // MARK: Each kind imported

  /// Generates `kind`'s sheet, imports it into a fresh ledger holding what it needs, and
  /// checks the one entry appended member by member against the example.
  private func checkTemplate(
    _ kind: EntryKind, encoding: String, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let name = "\(kind.rawValue)-\(encoding)"
    let ledger = directory.path("ledger-\(name)")
    try relief(["init", "--ledger", ledger]).assertStatus(0)
    let setup = directory.path("setup-\(name).jsonl")
    try Data(Self.setupRows(for: kind).utf8).write(to: URL(fileURLWithPath: setup))
    try relief(["import", setup, "--ledger", ledger]).assertStatus(0)
    let sheet = directory.path("\(name).csv")
    try relief(["template", kind.rawValue, "--out", sheet, "--encoding", encoding])
      .assertStatus(0)
    let journal = ledger + "/journal.jsonl"
    let seq = try journalLines(journal).count
    let outcome = try relief(["import", sheet, "--ledger", ledger])
    XCTAssertEqual(outcome.status, 0, "\(name): \(outcome.stderr)", file: file, line: line)
    XCTAssertEqual(
      outcome.stdout, "appended 1 entry as seq \(seq), committed by seq \(seq + 1)\n", name,
      file: file, line: line)
    let lines = try journalLines(journal)
    guard lines.count == seq + 2 else {
      return XCTFail("\(name): \(lines.count - seq) lines appended", file: file, line: line)
    }
    let entry = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(lines[seq].utf8)) as? [String: Any])
    let expected = try expectedMembers(of: kind, lines: lines)
    var header: Set<String> = ["seq", "prev", "time_ms"]
    if kind == .reversal {
      // The reversal carries a copy of its original: the receipt example's entry.
      let original = try XCTUnwrap(entry["original"] as? [String: Any], name)
      let receipt = try expectedMembers(of: .receipt, lines: lines)
      assertMembers(original, equal: receipt, header: [], "\(name) original", file, line)
      header.insert("original")
    }
    assertMembers(entry, equal: expected, header: header, name, file, line)
  }

  private func assertMembers(
    _ entry: [String: Any], equal expected: [String: String], header: Set<String>,
    _ name: String, _ file: StaticString, _ line: UInt
  ) {
    XCTAssertEqual(
      Set(entry.keys), Set(expected.keys).union(header), name, file: file, line: line)
    for (key, value) in expected {
      XCTAssertEqual(
        entry[key].map { "\($0)" }, value, "\(name): \(key)", file: file, line: line)
    }
  }

  private func journalLines(_ path: String) throws -> [String] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
  }

  /// The journal members the example's entry must have, as text: amounts in fen, a
  /// reversal's target as the seq of the entry with that request id.
  private func expectedMembers(
    of kind: EntryKind, lines: [String]
  ) throws -> [String: String] {
    var members: [String: String] = [:]
    for (field, value) in EntryTemplate.example(for: kind) {
      switch field {
      case "amount", "dues_paid", "value":
        let parts = value.split(separator: ".")
        members[field + "_fen"] = String(parts[0]) + String(parts.count > 1 ? parts[1] : "00")
      case "kind":
        // The sheet names the kind in Chinese; the journal by its own name.
        members[field] = EntryKind(inputName: value)?.rawValue ?? value
      case "category":
        members[field] = ChineseValues.category(named: value) ?? value
      case "reverses_request":
        let target = try XCTUnwrap(
          lines.firstIndex { $0.contains("\"request_id\":\"\(value)\"") })
        members["reverses"] = String(target)
      default:
        members[field] = value
      }
    }
    return members
  }

  /// JSON Lines rows registering and funding what `kind`'s example names.
  static func setupRows(for kind: EntryKind) -> String {
    var rows: [[(String, String)]] = [
      [("kind", "union"), ("date", "2022-01-01"), ("id", "nantong"), ("name", "南通市总工会")],
      [("kind", "program"), ("date", "2022-01-01"), ("id", "dues-refund"), ("name", "经费返还")],
    ]
    if kind != .program {
      rows.append([
        ("kind", "program"), ("date", "2022-01-01"), ("id", "covid-2022"), ("name", "防疫资金"),
      ])
    }
    if kind == .allocation || kind == .goodsAllocation {
      rows.append([
        ("kind", "union"), ("date", "2022-01-01"), ("id", "nantong-chongchuan"),
        ("name", "崇川区总工会"), ("parent", "nantong"),
      ])
    }
    let funded: Set<EntryKind> = [.allocation, .subsidy, .disbursement, .commitment]
    if funded.contains(kind) {
      rows.append(receipt(program: "covid-2022", amount: "1000000"))
    }
    if kind == .refund { rows.append(receipt(program: "dues-refund", amount: "10000")) }
    let needed: [EntryKind: EntryKind] = [
      .reversal: .receipt, .keyRevoke: .key, .goodsDistribution: .goodsReceipt,
      .goodsAllocation: .goodsReceipt,
    ]
    if let earlier = needed[kind] { rows.append(EntryTemplate.example(for: earlier)) }
    return rows.map(jsonLine).joined()
  }

  private static func receipt(program: String, amount: String) -> [(String, String)] {
    [
      ("kind", "receipt"), ("date", "2022-01-02"), ("union", "nantong"), ("program", program),
      ("amount", amount), ("request_id", "setup-\(program)"),
    ]
  }

  private static func jsonLine(_ members: [(String, String)]) -> String {
    let body = members.map { key, value in
      "\"\(key)\":\"\(value)\""
    }
    return "{" + body.joined(separator: ",") + "}\n"
  }
}
