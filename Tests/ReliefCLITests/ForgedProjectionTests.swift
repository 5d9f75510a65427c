import Foundation
import XCTest

/// Issue 12, attack 2: a projection forged in the ledger directory is never believed.
///
/// Someone who can write the ledger directory (but holds no key) forges a projection that
/// raises a union's receipts from 100万 to 900万. Neither what
/// `balances` shows nor what an append may spend may come from it.
final class ForgedProjectionTests: TrustBoundaryTestCase {
  /// The projection checksum (not a MAC: anyone can recompute it, as the forger does).
  private static func checksum(_ bytes: [UInt8]) -> UInt64 {
    func mix(_ sum: UInt64, _ word: UInt64) -> UInt64 {
      let product = (sum ^ word) &* 0x0000_0100_0000_01b3
      return (product << 29) | (product >> 35)
    }
    var sum = 0x9e37_79b9_7f4a_7c15 ^ UInt64(bytes.count)
    let words = bytes.count / 8
    for index in 0..<words {
      var word: UInt64 = 0
      for byte in (0..<8).reversed() { word = word << 8 | UInt64(bytes[8 * index + byte]) }
      sum = mix(sum, word)
    }
    var tail: UInt64 = 0
    for index in (8 * words)..<bytes.count { tail = (tail << 8) | UInt64(bytes[index]) }
    return mix(sum, tail)
  }

  private static func littleEndian(_ value: Int64) -> [UInt8] {
    withUnsafeBytes(of: value.littleEndian) { Array($0) }
  }

  /// Replaces every little-endian `from` in `bytes` by `to`; returns how many.
  private static func replace(_ from: Int64, _ to: Int64, in bytes: inout [UInt8]) -> Int {
    let old = littleEndian(from)
    let new = littleEndian(to)
    var count = 0
    var index = 0
    while index + 8 <= bytes.count {
      if Array(bytes[index..<index + 8]) == old {
        bytes.replaceSubrange(index..<index + 8, with: new)
        count += 1
        index += 8
      } else {
        index += 1
      }
    }
    return count
  }

  /// The folder holding the projection files the attacker's own run of relief wrote for
  /// the ledger (wherever this version keeps them).
  private func attackersProjectionFolder() throws -> String {
    try succeed(["balances", "--ledger", ledger], as: "attacker")
    if exists(ledger + "/projection.state") { return ledger }
    let ledgers = directory.path("attacker") + "/relief/ledgers"
    let names = try FileManager.default.contentsOfDirectory(atPath: ledgers)
    XCTAssertEqual(names.count, 1)
    return ledgers + "/" + (names.first ?? "")
  }

  func testAForgedProjectionNeitherShowsNorSpendsMoneyThatIsNotThere() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,100万,市财政,,,"])
    let folder = try attackersProjectionFolder()
    var state = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/projection.state")))
    state.removeLast(8)
    // Received and balance, both 100万 (in fen), become 900万; the checksum is recomputed.
    XCTAssertEqual(Self.replace(100_000_000, 900_000_000, in: &state), 2)
    state += Self.littleEndian(Int64(bitPattern: Self.checksum(state)))
    // Written where the attacker can write: the ledger directory, every projection file.
    for name in ["projection.rules", "projection.requests"]
    where exists(folder + "/" + name) && folder != ledger {
      try FileManager.default.copyItem(atPath: folder + "/" + name, toPath: ledger + "/" + name)
    }
    try Data(state).write(to: URL(fileURLWithPath: ledger + "/projection.state"))
    let journalBefore = try journalBytes()

    // A user who never ran relief on this ledger, and the honest user who did before the
    // forgery, see the real figure.
    for user in ["newcomer", "honest"] {
      let shown = try succeed(["balances", "--ledger", ledger, "--json"], as: user)
      XCTAssertTrue(shown.stdout.contains(#""received_fen":100000000,"#), shown.stdout)
      XCTAssertFalse(shown.stdout.contains("900000000"), shown.stdout)
    }
    // An append that overdraws the real balance is refused and writes nothing.
    let overdraw = try relief(
      [
        "append", "disbursement", "--ledger", ledger, "--date", "2022-03-05", "--union",
        "city", "--program", "p", "--amount", "500万", "--counterparty", "一线职工",
        "--category", "consolation", "--headcount", "10",
      ], as: "newcomer")
    XCTAssertEqual(overdraw.status, 4, overdraw.stdout + overdraw.stderr)
    XCTAssertTrue(overdraw.stderr.contains("balance"), overdraw.stderr)
    XCTAssertEqual(try journalBytes(), journalBefore)
    try succeed(["verify", "--ledger", ledger], as: "auditor")
  }
}
