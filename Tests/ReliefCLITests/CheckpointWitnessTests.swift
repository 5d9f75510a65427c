import Foundation
import ReliefCrypto
import XCTest

/// `relief checkpoint --witness … --quorum N` end to end with two `relief witness serve`
/// processes on loopback: cosigned by both, again after the log grows (each witness's 409
/// tells the size to prove from), and nothing stored when the quorum is not met.
final class CheckpointWitnessTests: TrustBoundaryTestCase {
  private var witnesses: [WitnessProcess] = []

  override func tearDown() {
    for witness in witnesses { witness.stop() }
    super.tearDown()
  }

  /// Starts witness `name` for the ledger's log; returns its `--witness` argument and key.
  private func startWitness(_ name: String) throws -> (argument: String, key: NoteVerifierKey) {
    let keyFile = directory.path(name + ".key")
    try succeed(["keys", "generate", "--name", name, "--out", keyFile])
    let verifier = try succeed(["keys", "show", "--cosigner", keyFile]).stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let witness = try WitnessProcess(
      [
        "--key", keyFile, "--state", directory.path(name + "-state"), "--log",
        "tb.example/l=\(verifierKey)",
      ], maxRequests: 20, environment: [:])
    witnesses.append(witness)
    return (
      "http://127.0.0.1:\(witness.port)=\(verifier)",
      try NoteVerifierKey(parsing: verifier, accepting: [.cosignatureV1])
    )
  }

  private func latest() throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: ledger + "/checkpoints/latest")))
  }

  /// The witnesses among `keys` whose cosignatures on the latest checkpoint verify.
  private func cosigners(_ keys: [NoteVerifierKey]) throws -> Int {
    let note = try SignedNote(parsing: try latest())
    return try note.verify(keys: keys).verified.count
  }

  private func grow(_ day: Int) throws {
    let csv = directory.path("grow-\(day).csv")
    try "kind,date,union,program,amount\nreceipt,2022-03-\(day),city,p,1.00\n".write(
      toFile: csv, atomically: true, encoding: .utf8)
    try succeed(["import", csv, "--ledger", ledger])
  }

  func testTwoWitnessesWithAQuorumOfTwoAndOneDown() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,50万,市财政,,,"])
    let (first, firstKey) = try startWitness("w1.example")
    let (second, secondKey) = try startWitness("w2.example")
    let both = ["--witness", first, "--witness", second, "--quorum", "2"]
    try succeed(["checkpoint", "--ledger", ledger] + both)
    XCTAssertEqual(try cosigners([firstKey, secondKey]), 2)
    // The log grew: each witness answers 409 with the size it cosigned, then gets a proof.
    try grow(10)
    let grown = try succeed(["checkpoint", "--ledger", ledger] + both)
    XCTAssertEqual(grown.stderr, "")
    XCTAssertEqual(try cosigners([firstKey, secondKey]), 2)
    XCTAssertTrue(String(decoding: try latest(), as: UTF8.self).hasPrefix("tb.example/l\n10\n"))

    // One witness down: the quorum of two is not met and nothing is stored.
    witnesses[1].stop()
    try grow(11)
    let before = try latest()
    let refused = try relief(["checkpoint", "--ledger", ledger] + both)
    XCTAssertEqual(refused.status, 4)
    XCTAssertTrue(
      refused.stderr.hasSuffix(
        "relief checkpoint: only 1 of 2 witnesses cosigned checkpoint 12 (the quorum is 2); "
          + "nothing was stored\n"), refused.stderr)
    XCTAssertTrue(refused.stderr.contains("unreachable"), refused.stderr)
    XCTAssertEqual(try latest(), before)
    XCTAssertFalse(exists(ledger + "/checkpoints/12.note"))
    // A quorum of one accepts the witness that answers (it cosigned size 12 already).
    try succeed(
      ["checkpoint", "--ledger", ledger, "--witness", first, "--witness", second, "--quorum", "1"])
    XCTAssertEqual(try cosigners([firstKey]), 1)
    XCTAssertTrue(exists(ledger + "/checkpoints/12.note"))
  }
}
