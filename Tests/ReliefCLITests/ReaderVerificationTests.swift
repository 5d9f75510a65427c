import Foundation
import XCTest

/// Issue 12, attack 3: readers show, export and publish only what passed verification.
///
/// After a committed amount is changed in place, or the journal is emptied, `balances`,
/// `log`, `export` and `disclose` refuse (exit 1) and write nothing, whether or not the
/// user had verified the ledger before; `disclose` also refuses a torn tail.
final class ReaderVerificationTests: TrustBoundaryTestCase {
  private func makeSample() throws {
    try makeLedger(
      ledger,
      rows: [
        "receipt,2022-03-02,city,p,100万,市财政,,,",
        "disbursement,2022-03-04,city,p,10000,一线职工,consolation,5,",
      ])
  }

  /// Runs the four readers as `user` and asserts each refuses with `status`, leaving no
  /// output file or site behind.
  private func assertReadersRefuse(
    as user: String, status: Int32, balancesToo: Bool = true, mentioning text: String,
    file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let site = directory.path("site-\(user)")
    let export = directory.path("export-\(user).journal")
    var runs: [[String]] = [
      ["disclose", "--ledger", ledger, "--out", site],
      ["export", "--ledger", ledger, "--format", "ledger", "--out", export],
      ["log", "--ledger", ledger, "--json"],
    ]
    if balancesToo { runs.append(["balances", "--ledger", ledger]) }
    for arguments in runs {
      let outcome = try relief(arguments, as: user)
      XCTAssertEqual(
        outcome.status, status, "\(arguments[0]): \(outcome.stderr)", file: file, line: line)
      XCTAssertTrue(
        outcome.stderr.contains(text), "\(arguments[0]): \(outcome.stderr)", file: file, line: line)
      XCTAssertFalse(outcome.stdout.contains("900000000"), outcome.stdout, file: file, line: line)
    }
    XCTAssertFalse(exists(site), "a site was written", file: file, line: line)
    XCTAssertFalse(exists(export), "an export was written", file: file, line: line)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
      .filter { $0.contains(".partial-") }
    XCTAssertEqual(leftovers, [], file: file, line: line)
  }

  func testAnAmountChangedInPlaceIsNeverShownExportedOrPublished() throws {
    try makeSample()
    try succeed(["balances", "--ledger", ledger])
    var text = try String(contentsOfFile: journalPath, encoding: .utf8)
    XCTAssertNotNil(text.range(of: #""amount_fen":100000000"#))
    text = text.replacingOccurrences(
      of: #""amount_fen":100000000"#, with: #""amount_fen":900000000"#)
    try text.write(toFile: journalPath, atomically: false, encoding: .utf8)

    // Someone who never verified this ledger: every reader refuses with verify's failure.
    try assertReadersRefuse(as: "newcomer", status: 1, mentioning: "does not verify")
    let verified = try relief(["verify", "--ledger", ledger, "--json"], as: "newcomer")
    XCTAssertEqual(verified.status, 1)
    XCTAssertTrue(verified.stdout.contains(#""code":"prev-mismatch""#), verified.stdout)

    // The user who verified it before the change still sees the verified figure in
    // balances (its saved projection vouches for it, and balances reads no old line), but
    // nothing that re-reads the changed line is shown, exported or published.
    let balances = try succeed(["balances", "--ledger", ledger, "--json"])
    XCTAssertTrue(balances.stdout.contains(#""received_fen":100000000,"#), balances.stdout)
    try assertReadersRefuse(
      as: "honest", status: 1, balancesToo: false, mentioning: "not the line that was verified")
  }

  func testAnEmptiedJournalIsRefusedByEveryReader() throws {
    try makeSample()
    try Data().write(to: URL(fileURLWithPath: journalPath))
    for user in ["newcomer", "honest"] {
      try assertReadersRefuse(as: user, status: 1, mentioning: "no committed batch")
    }
    XCTAssertEqual(try relief(["verify", "--ledger", ledger]).status, 1)
  }

  func testDiscloseWritesNoSiteForATornTail() throws {
    try makeSample()
    let handle = try XCTUnwrap(FileHandle(forWritingAtPath: journalPath))
    handle.seekToEndOfFile()
    handle.write(Data(#"{"seq":8,"prev":"#.utf8))
    handle.closeFile()
    let site = directory.path("site")
    let outcome = try relief(["disclose", "--ledger", ledger, "--out", site])
    XCTAssertEqual(outcome.status, 3, outcome.stderr)
    XCTAssertTrue(outcome.stderr.contains("relief recover"), outcome.stderr)
    XCTAssertFalse(exists(site))
    // The committed part still reads: balances shows it.
    let balances = try succeed(["balances", "--ledger", ledger, "--json"])
    XCTAssertTrue(balances.stdout.contains(#""balance_fen":99000000"#), balances.stdout)
  }

  func testDiscloseAndExportPinTheGenesisKey() throws {
    try makeSample()
    let otherKey = directory.path("other.key")
    let other = try succeed(["keys", "generate", "--name", "someone-else", "--out", otherKey])
    let otherVerifier = other.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let site = directory.path("site")
    let export = directory.path("pinned.journal")
    for (arguments, output) in [
      (["disclose", "--ledger", ledger, "--out", site], site),
      (["export", "--ledger", ledger, "--format", "csv", "--out", export], export),
    ] {
      let refused = try relief(arguments + ["--key", otherVerifier])
      XCTAssertEqual(refused.status, 1, refused.stderr)
      XCTAssertTrue(refused.stderr.contains("genesis-key-not-pinned"), refused.stderr)
      XCTAssertFalse(exists(output))
      try succeed(arguments + ["--key", verifierKey])
      XCTAssertTrue(exists(output))
    }
  }
}
