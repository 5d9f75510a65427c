import Foundation
import ReliefCrypto
import ReliefLog
import XCTest

@testable import ReliefLedger

// MARK: Constants

/// The injected clock: 2020-06-01T00:00:00Z, which is 08:00 on 2020-06-01 in China.
let fixedMillis: Int64 = 1_590_969_600_000

/// 64 zeros: the `prev` of the first line.
let zeroHex = String(repeating: "0", count: 64)

/// Valid unified social credit codes (check characters computed per GB 32100-2015).
let codeA = "91320600MA1MXXXX03"
let codeB = "91320600MA1N12345U"
let codeC = "92320602MA1P0Q7R85"

// MARK: Bytes

func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

func text(_ bytes: some Collection<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

func sha256Hex(_ line: String) -> String { SHA256.hash(utf8(line)).hex }

/// The lines of `bytes`, each without its newline (a trailing part without one included).
func splitLines(_ bytes: [UInt8]) -> [[UInt8]] {
  var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
  if lines.last == [] { lines.removeLast() }
  return lines
}

/// `lines` joined, each followed by a newline.
func joinLines(_ lines: [[UInt8]]) -> [UInt8] {
  lines.reduce(into: []) { result, line in
    result += line
    result.append(0x0A)
  }
}

// MARK: Values

func day(_ text: String) -> BusinessDate {
  do {
    return try BusinessDate(parsing: text)
  } catch {
    preconditionFailure("bad test date \(text): \(error)")
  }
}

func code(_ text: String) -> UnifiedSocialCreditCode {
  do {
    return try UnifiedSocialCreditCode(validating: text)
  } catch {
    preconditionFailure("bad test code \(text): \(error)")
  }
}

func period(_ text: String) -> MonthPeriod {
  do {
    return try MonthPeriod(parsing: text)
  } catch {
    preconditionFailure("bad test period \(text): \(error)")
  }
}

func fen(_ value: Int64) -> Money { Money(fen: value) }

// MARK: Entries

/// Builders for entries, with defaults that keep tests short.
enum Make {
  static func genesis(_ origin: String = "test.example/l", date: String = "2020-06-01") -> Entry {
    Entry(date: day(date), action: .genesis(Genesis(origin: origin)))
  }

  static func union(
    _ id: String, name: String? = nil, parent: String? = nil, date: String = "2020-05-01"
  ) -> Entry {
    Entry(
      date: day(date),
      action: .union(UnionRegistration(id: id, name: name ?? "\(id) union", parent: parent)))
  }

  static func program(_ id: String, name: String = "2020 epidemic special fund") -> Entry {
    Entry(date: day("2020-05-01"), action: .program(ProgramRegistration(id: id, name: name)))
  }

  static func receipt(
    _ union: String, _ amountFen: Int64, program: String = "covid",
    date: String = "2020-05-02", requestID: String? = nil
  ) -> Entry {
    Entry(
      date: day(date),
      action: .receipt(Receipt(union: union, program: program, amount: fen(amountFen))),
      requestID: requestID)
  }

  static func allocation(
    _ from: String, to: String, _ amountFen: Int64, program: String = "covid",
    date: String = "2020-05-03"
  ) -> Entry {
    Entry(
      date: day(date),
      action: .allocation(
        Allocation(union: from, to: to, program: program, amount: fen(amountFen))))
  }

  static func refund(
    _ union: String, _ amountFen: Int64, dues duesFen: Int64, code text: String = codeA,
    period months: String = "2020-01..2020-03", program: String = "covid",
    date: String = "2020-05-04"
  ) -> Entry {
    Entry(
      date: day(date),
      action: .refund(
        Refund(
          union: union, program: program, amount: fen(amountFen), business: "某某商贸有限公司",
          code: code(text), period: period(months), duesPaid: fen(duesFen))))
  }

  static func subsidy(
    _ union: String, _ amountFen: Int64, category: SubsidyCategory = .interest,
    headcount: Int64? = nil, program: String = "covid", date: String = "2020-05-05"
  ) -> Entry {
    Entry(
      date: day(date),
      action: .subsidy(
        Subsidy(
          union: union, program: program, amount: fen(amountFen), category: category,
          headcount: headcount)))
  }

  static func disbursement(
    _ union: String, _ amountFen: Int64, headcount: Int64 = 1,
    category: DisbursementCategory = .consolation, program: String = "covid",
    date: String = "2020-05-06"
  ) -> Entry {
    Entry(
      date: day(date),
      action: .disbursement(
        Disbursement(
          union: union, program: program, amount: fen(amountFen), category: category,
          headcount: headcount)))
  }

  static func reversal(of seq: Int64, _ original: Entry, date: String = "2020-05-20") -> Entry {
    Entry(date: day(date), action: .reversal(Reversal(reverses: seq, original: original)))
  }
}

// MARK: Input rows

/// Builders for input rows' field dictionaries, as the CSV and JSON Lines readers give them.
enum Row {
  static func union(
    _ id: String, name: String? = nil, parent: String? = nil, requestID: String? = nil
  ) -> [String: String] {
    var fields = ["kind": "union", "id": id, "name": name ?? "\(id) union"]
    fields["parent"] = parent
    fields["request_id"] = requestID
    return fields
  }

  static func program(_ id: String, name: String = "2020 epidemic special fund") -> [String: String]
  {
    ["kind": "program", "id": id, "name": name]
  }

  static func receipt(
    _ union: String, _ amount: String, program: String = "covid", date: String = "2020-05-02",
    counterparty: String? = nil, requestID: String? = nil, memo: String? = nil
  ) -> [String: String] {
    var fields = [
      "kind": "receipt", "date": date, "union": union, "program": program, "amount": amount,
    ]
    fields["counterparty"] = counterparty
    fields["request_id"] = requestID
    fields["memo"] = memo
    return fields
  }

  static func allocation(
    _ from: String, to: String, _ amount: String, program: String = "covid",
    date: String = "2020-05-03", requestID: String? = nil
  ) -> [String: String] {
    var fields = [
      "kind": "allocation", "date": date, "union": from, "to": to, "program": program,
      "amount": amount,
    ]
    fields["request_id"] = requestID
    return fields
  }

  static func refund(
    _ union: String, _ amount: String, dues: String, code: String = codeA,
    period: String = "2020-01..2020-03", program: String = "covid",
    date: String = "2020-05-04", requestID: String? = nil
  ) -> [String: String] {
    var fields = [
      "kind": "refund", "date": date, "union": union, "program": program, "amount": amount,
      "counterparty": "某某商贸有限公司", "counterparty_id": code, "period": period,
      "dues_paid": dues,
    ]
    fields["request_id"] = requestID
    return fields
  }

  static func subsidy(
    _ union: String, _ amount: String, category: String = "interest", headcount: String? = nil,
    program: String = "covid", date: String = "2020-05-05", requestID: String? = nil
  ) -> [String: String] {
    var fields = [
      "kind": "subsidy", "date": date, "union": union, "program": program, "amount": amount,
      "category": category,
    ]
    fields["headcount"] = headcount
    fields["request_id"] = requestID
    return fields
  }

  static func disbursement(
    _ union: String, _ amount: String, headcount: String = "1",
    category: String = "consolation", program: String = "covid", date: String = "2020-05-06",
    requestID: String? = nil
  ) -> [String: String] {
    var fields = [
      "kind": "disbursement", "date": date, "union": union, "program": program,
      "amount": amount, "category": category, "headcount": headcount,
    ]
    fields["request_id"] = requestID
    return fields
  }

  static func reversal(
    seq: Int64, date: String = "2020-05-20", requestID: String? = nil
  ) -> [String: String] {
    var fields = ["kind": "reversal", "date": date, "reverses": "\(seq)"]
    fields["request_id"] = requestID
    return fields
  }

  static func reversal(
    request: String, date: String = "2020-05-20", requestID: String? = nil
  ) -> [String: String] {
    var fields = ["kind": "reversal", "date": date, "reverses_request": request]
    fields["request_id"] = requestID
    return fields
  }
}

/// Input rows numbered as in a CSV file with a header line: the first row is line 2.
func inputRows(_ fields: [[String: String]]) -> [InputRow] {
  fields.enumerated().map { InputRow(line: $0.offset + 2, fields: $0.element) }
}

// MARK: Rules fixture

/// A ledger state with seqs handed out in order, as the journal would (commit lines are
/// left out: they do not reach the rules).
struct RulesFixture {
  var state = LedgerState()
  var nextSeq: Int64 = 0
  var timeMillis = fixedMillis

  /// Applies `entry` at the next seq; the seq is used up only if the entry is accepted.
  @discardableResult
  mutating func apply(_ entry: Entry) throws -> Int64 {
    let seq = nextSeq
    try state.apply(entry, seq: seq, timeMillis: timeMillis)
    nextSeq += 1
    return seq
  }

  /// Genesis; unions `prov` and `city` (child of `prov`) and `town` (child of `city`);
  /// program `covid`.
  static func standard() throws -> RulesFixture {
    var fixture = RulesFixture()
    try fixture.apply(Make.genesis())
    try fixture.apply(Make.union("prov", name: "江苏省总工会"))
    try fixture.apply(Make.union("city", name: "南通市总工会", parent: "prov"))
    try fixture.apply(Make.union("town", parent: "city"))
    try fixture.apply(Make.program("covid"))
    return fixture
  }
}

/// Asserts that `body` throws exactly `expected`.
func assertViolation(
  _ expected: RuleViolation, file: StaticString = #filePath, line: UInt = #line,
  _ body: () throws -> Void
) {
  do {
    try body()
    XCTFail("no violation; expected \(expected)", file: file, line: line)
  } catch {
    XCTAssertEqual(error as? RuleViolation, expected, file: file, line: line)
  }
}

/// Asserts that two states hold the same data.
func assertSameState(
  _ lhs: LedgerState, _ rhs: LedgerState, file: StaticString = #filePath, line: UInt = #line
) {
  XCTAssertEqual(lhs.origin, rhs.origin, "origin", file: file, line: line)
  XCTAssertEqual(lhs.unions, rhs.unions, "unions", file: file, line: line)
  XCTAssertEqual(lhs.unionOrder, rhs.unionOrder, "unionOrder", file: file, line: line)
  XCTAssertEqual(lhs.programs, rhs.programs, "programs", file: file, line: line)
  XCTAssertEqual(lhs.programOrder, rhs.programOrder, "programOrder", file: file, line: line)
  XCTAssertEqual(lhs.accounts, rhs.accounts, "accounts", file: file, line: line)
  XCTAssertEqual(lhs.reversedBy, rhs.reversedBy, "reversedBy", file: file, line: line)
  XCTAssertEqual(lhs.requestIDs, rhs.requestIDs, "requestIDs", file: file, line: line)
  XCTAssertEqual(lhs.entryCount, rhs.entryCount, "entryCount", file: file, line: line)
  XCTAssertEqual(lhs.lastSeq, rhs.lastSeq, "lastSeq", file: file, line: line)
  XCTAssertEqual(lhs.refunds, rhs.refunds, "refunds", file: file, line: line)
}

// MARK: Temporary ledgers

/// A test case with a fresh temporary directory (removed after each test), a ledger
/// directory inside it, and a writer on the fixed clock.
class LedgerTestCase: XCTestCase {
  private(set) var directory = ""

  override func setUpWithError() throws {
    try super.setUpWithError()
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("relief-ledger-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    directory = url.path
  }

  override func tearDownWithError() throws {
    if !directory.isEmpty { try? FileManager.default.removeItem(atPath: directory) }
    try super.tearDownWithError()
  }

  var ledgerDirectory: String { directory + "/ledger" }
  var journal: Journal { Journal(directory: ledgerDirectory) }

  func writer(nowMillis: Int64 = fixedMillis) -> LedgerWriter {
    LedgerWriter(journal: journal, nowMillis: { nowMillis })
  }

  func journalBytes() throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: journal.journalPath)))
  }

  func writeJournal(_ bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: journal.journalPath))
  }

  func appendToJournal(_ bytes: [UInt8]) throws {
    try writeJournal(try journalBytes() + bytes)
  }

  func verify() throws -> VerificationReport {
    try Verifier(journal: journal).verify()
  }

  /// The state folded from the committed journal.
  func loadState() throws -> LedgerState {
    try LedgerState.load(from: try journal.openSnapshot().committedLines)
  }

  /// Appends `fields` as one batch with the writer on the fixed clock.
  @discardableResult
  func append(_ fields: [[String: String]], nowMillis: Int64 = fixedMillis) throws
    -> AppendResult
  {
    try writer(nowMillis: nowMillis).append(rows: inputRows(fields), source: "rows.csv")
  }

  /// The issues an append of `fields` is rejected with (fails if it is not rejected).
  func rejection(
    _ fields: [[String: String]], file: StaticString = #filePath, line: UInt = #line
  ) -> [InputIssue] {
    do {
      let result = try writer().append(rows: inputRows(fields), source: "rows.csv")
      XCTFail("not rejected: \(result)", file: file, line: line)
    } catch .rejected(let issues) {
      return issues
    } catch {
      XCTFail("expected a rejection, got \(error)", file: file, line: line)
    }
    return []
  }

  /// Initializes the ledger and registers unions `prov`, `city` (child of `prov`) and
  /// `town` (child of `city`) and program `covid` in one batch.
  func createStandardLedger() throws {
    try writer().initialize(origin: "test.example/l")
    try append([
      Row.union("prov", name: "江苏省总工会"),
      Row.union("city", name: "南通市总工会", parent: "prov"),
      Row.union("town", parent: "city"),
      Row.program("covid"),
    ])
  }

  /// The builder of a batch after the journal's committed head, for forging lines.
  func forgedBatch(nowMillis: Int64 = fixedMillis) throws -> BatchBuilder {
    BatchBuilder(after: try journal.openSnapshot().committed.head, nowMillis: nowMillis)
  }
}

extension BatchBuilder {
  /// Appends `entry` encoded as the writer would.
  @discardableResult
  mutating func append(_ entry: Entry) -> Int64 {
    appendEntry(kind: entry.kind.rawValue, body: EntryEncoder.body(of: entry))
  }
}
