import Foundation
import XCTest

/// A catalogue of malformed and rule-breaking inputs: each is refused with exit 4, a message
/// naming the file, line and problem, and leaves the journal byte for byte as it was.
final class MalformedInputTests: XCTestCase {
  private var directory: TemporaryDirectory!
  private var ledger: String { directory.path("ledger") }
  private var keyPath: String { directory.path("admin.key") }
  private static let header = Array(ConcurrencyTests.header.utf8)

  /// Unions u and c (child of u), program p, receipts s3 (1000.00) and s3b (10.00), a refund
  /// of 50.00 on dues of 80.00 for 2022-01, and s5 reversing s3b: balance 940.00.
  private static let setup = """
    union,2022-03-01,u,某市总工会,,,,,,,,,,,,,,s1
    union,2022-03-01,c,区总工会,u,,,,,,,,,,,,,s1b
    program,2022-03-01,p,专项资金,,,,,,,,,,,,,,s2
    receipt,2022-03-02,,,,u,,p,1000.00,财政,,,,,,,,s3
    receipt,2022-03-02,,,,u,,p,10.00,财政,,,,,,,,s3b
    refund,2022-03-03,,,,u,,p,50.00,某企业,914403001922038216,,,2022-01,80,,,s4
    reversal,2022-03-04,,,,,,,,,,,,,,s3b,x,s5

    """

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
    try ReliefProcess.run(["keys", "generate", "--name", "mi-admin", "--out", keyPath])
      .assertStatus(0)
    try relief(["init", "--ledger", ledger]).assertStatus(0)
    let path = directory.path("setup.csv")
    try Data(Self.header + Array(Self.setup.utf8)).write(to: URL(fileURLWithPath: path))
    try relief(["import", path, "--ledger", ledger]).assertStatus(0)
  }

  override func tearDown() { directory = nil }

  private func relief(_ arguments: [String]) throws -> ReliefProcess.Outcome {
    try ReliefProcess.run(arguments, extraEnvironment: ["RELIEF_KEY": keyPath])
  }

  /// Imports `rows` (after the standard header unless `header` is given) and checks the
  /// refusal: exit status, every fragment in stderr, and an unchanged journal.
  private func assertRefused(
    _ rows: [UInt8], header: [UInt8]? = nil, options: [String] = [], status: Int32 = 4,
    _ fragments: [String], file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let journalURL = URL(fileURLWithPath: ledger + "/journal.jsonl")
    let before = try Data(contentsOf: journalURL)
    let path = directory.path("input.csv")
    try Data((header ?? Self.header) + rows).write(to: URL(fileURLWithPath: path))
    let outcome = try relief(["import", path, "--ledger", ledger] + options)
    XCTAssertEqual(outcome.status, status, outcome.stderr, file: file, line: line)
    if status == 4 {
      XCTAssertTrue(outcome.stderr.contains("nothing was written"), file: file, line: line)
    }
    for fragment in fragments {
      XCTAssertTrue(
        outcome.stderr.contains(fragment), "'\(fragment)' not in: \(outcome.stderr)", file: file,
        line: line)
    }
    XCTAssertEqual(
      try Data(contentsOf: journalURL), before, "journal changed", file: file, line: line)
  }

  private func row(_ text: String) -> [UInt8] { Array((text + "\n").utf8) }

  func testBadUTF8() throws {
    try assertRefused(
      row("receipt,2022-03-02,,,,u,,p,1.00,") + [0xFF, 0xFE] + row(",,,,,,,,x1"),
      ["invalid UTF-8", "not GB18030 either"])
  }

  func testGB18030ReadAsUTF8() throws {
    // 捐赠人 in GB18030.
    let donor: [UInt8] = [0xBE, 0xE8, 0xD4, 0xF9, 0xC8, 0xCB]
    try assertRefused(
      row("receipt,2022-03-02,,,,u,,p,1.00,") + donor + row(",,,,,,,,x1"),
      options: ["--encoding", "utf-8"], ["invalid UTF-8", "--encoding gb18030"])
  }

  func testHugeNumber() throws {
    try assertRefused(
      row("receipt,2022-03-02,,,,u,,p,99999999999999999999999.00,d,,,,,,,,x1"),
      ["input.csv:2:", "field 'amount'", "is too large"])
  }

  func testAmountWithThreeDecimals() throws {
    try assertRefused(
      row("receipt,2022-03-02,,,,u,,p,1.234,d,,,,,,,,x1"),
      ["field 'amount'", "more than two decimal places"])
  }

  func testNULByte() throws {
    try assertRefused(
      row("receipt,2022-03-02,,,,u,,p,1.00,d") + [0] + row("x,,,,,,,,x1"),
      ["NUL byte"])
  }

  func testTenMegabyteField() throws {
    let big = [UInt8](repeating: 0x61, count: 10_000_000)
    try assertRefused(
      row("receipt,2022-03-02,,,,u,,p,1.00,").dropLast() + big + row(",,,,,,,,x1"),
      ["field 'counterparty'", "value is 10000000 bytes", "the limit is"])
  }

  func testDuplicateHeader() throws {
    try assertRefused(
      row("receipt,2022-03-02,,,,u,,p,1.00,d,,,,,,,,x1,"),
      header: Self.header.dropLast() + Array(",memo\n".utf8), ["duplicate column 'memo'"])
  }

  func testMissingColumn() throws {
    try assertRefused(
      row("receipt,2022-03-02,u,1.00"), header: row("kind,date,union,amount"),
      ["input.csv:2:", "field 'program'", "is required for receipt entries"])
  }

  func testUnknownKind() throws {
    try assertRefused(
      row("gift,2022-03-02,,,,u,,p,1.00,d,,,,,,,,x1"), ["field 'kind'", "'gift' is not one of"])
  }

  func testUnknownUnion() throws {
    try assertRefused(
      row("receipt,2022-03-02,,,,nobody,,p,1.00,d,,,,,,,,x1"),
      ["field 'union'", "union 'nobody' is not registered"])
  }

  func testFutureDate() throws {
    try assertRefused(
      row("receipt,2030-03-02,,,,u,,p,1.00,d,,,,,,,,x1"),
      ["field 'date'", "2030-03-02 is after the append date"])
  }

  func testReversalOfAReversal() throws {
    try assertRefused(
      row("reversal,2022-03-05,,,,,,,,,,,,,,s5,x,x1"),
      ["field 'reverses_request'", "is a reversal entry, which cannot be reversed"])
  }

  func testRefundAboveDuesPaid() throws {
    try assertRefused(
      row("refund,2022-03-03,,,,u,,p,90.00,某企业,914403001922038216,,,2022-02,80,,,x1"),
      ["field 'amount'", "exceeds the dues paid"])
  }

  func testOverdraftInTheMiddleOfABatch() throws {
    try assertRefused(
      row("allocation,2022-03-05,,,,u,c,p,10.00,,,,,,,,,x1")
        + row("allocation,2022-03-05,,,,u,c,p,5000.00,,,,,,,,,x2")
        + row("allocation,2022-03-05,,,,u,c,p,1.00,,,,,,,,,x3"),
      ["input.csv:3:", "940.00 yuan, less than 5,000.00 yuan", "no overdraft"])
  }

  func testUnknownEncodingIsUsage() throws {
    try assertRefused(
      row("receipt,2022-03-02,,,,u,,p,1.00,d,,,,,,,,x1"), options: ["--encoding", "latin1"],
      status: 2, ["--encoding must be utf-8 or gb18030"])
  }
}
