import Foundation
import ReliefCrypto
import XCTest

/// `relief witness serve` against hand-made C2SP tlog-witness requests.
///
/// Every status code, stale sizes, two logs, concurrent posts, and a restart between
/// requests. Servers listen on loopback only and stop after a bounded number of requests.
final class WitnessServeTests: TrustBoundaryTestCase {
  private var witnessKey: String { directory.path("w1.key") }
  private var witnessVerifier = ""
  private var witnesses: [WitnessProcess] = []

  override func setUpWithError() throws {
    try super.setUpWithError()
    let made = try ReliefProcess.run([
      "keys", "generate", "--name", "w1.example", "--out", witnessKey,
    ])
    XCTAssertEqual(made.status, 0, made.stderr)
    let shown = try ReliefProcess.run(["keys", "show", "--cosigner", witnessKey])
    witnessVerifier = shown.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  override func tearDown() {
    for witness in witnesses { witness.stop() }
    super.tearDown()
  }

  private func start(
    maxRequests: Int, logs: [String]? = nil, state: String = "witness-state"
  ) throws -> WitnessProcess {
    let logArguments = (logs ?? ["tb.example/l=\(verifierKey)"]).flatMap { ["--log", $0] }
    let witness = try WitnessProcess(
      ["--key", witnessKey, "--state", directory.path(state)] + logArguments,
      maxRequests: maxRequests, environment: [:])
    witnesses.append(witness)
    return witness
  }

  private func checkpointNote() throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: ledger + "/checkpoints/latest")))
  }

  private func body(old: UInt64, proof: [SHA256Digest] = [], note: [UInt8]) -> [UInt8] {
    Array(("old \(old)\n" + proof.map { Base64.encode($0.bytes) + "\n" }.joined() + "\n").utf8)
      + note
  }

  private func post(_ body: [UInt8], _ witness: WitnessProcess) throws -> RawHTTP.Response {
    try XCTUnwrap(RawHTTP.exchange(RawHTTP.post(body), port: witness.port))
  }

  /// The cosignature line of a 200 answer verifies with the witness's key over `note`.
  private func assertCosigns(_ response: RawHTTP.Response, _ note: [UInt8]) throws {
    XCTAssertEqual(response.status, 200, response.body)
    let signer = try NoteSignerKey(
      parsing: try String(contentsOfFile: witnessKey, encoding: .utf8)
        .trimmingCharacters(in: .whitespacesAndNewlines))
    let cosigner = try CosignerKey(name: signer.name, publicKey: signer.privateKey.publicKey)
    XCTAssertEqual(cosigner.verifierKey.encoded, witnessVerifier)
    let checkpoint = try VerifiedCheckpoint(
      parsing: note + Array(response.body.utf8),
      logKeys: [try NoteVerifierKey(parsing: verifierKey)])
    XCTAssertEqual(try checkpoint.verifiedCosignatures([cosigner]).map(\.1), [1_669_852_800])
  }

  private func grow(_ rows: Int) throws {
    let csv = directory.path("more-\(rows).csv")
    let text =
      "kind,date,union,program,amount\n"
      + (1...rows).map { "receipt,2022-03-04,city,p,\($0).00" }.joined(separator: "\n") + "\n"
    try text.write(toFile: csv, atomically: true, encoding: .utf8)
    try succeed(["import", csv, "--ledger", ledger])
    try succeed(["checkpoint", "--ledger", ledger])
  }

  func testEveryStatusOfAddCheckpoint() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,50万,市财政,,,"])
    try succeed(["checkpoint", "--ledger", ledger])
    let first = try checkpointNote()
    let firstSize = UInt64(try lines().count)
    let witness = try start(maxRequests: 12)

    try assertCosigns(try post(body(old: 0, note: first), witness), first)
    // Stale: the client's old size is not what the witness cosigned last.
    let stale = try post(body(old: 0, note: first), witness)
    XCTAssertEqual(stale.status, 409)
    XCTAssertTrue(stale.headers.contains("Content-Type: text/x.tlog.size"), stale.headers)
    XCTAssertEqual(stale.body, "\(firstSize)\n")
    // The same size again is cosigned again.
    try assertCosigns(try post(body(old: firstSize, note: first), witness), first)

    try grow(3)
    let second = try checkpointNote()
    let leaves = try lines().map { MerkleHash.leaf($0) }
    let proof = try XCTUnwrap(
      MerkleTree(leafHashes: leaves).consistencyProof(
        firstSize: firstSize, secondSize: UInt64(leaves.count)))
    var wrong = proof.hashes
    wrong[0] = SHA256.hash(Array("not a node".utf8))
    XCTAssertEqual(try post(body(old: firstSize, proof: wrong, note: second), witness).status, 422)
    XCTAssertEqual(
      try post(body(old: UInt64(leaves.count) + 1, note: second), witness).status, 400)
    XCTAssertEqual(try post(Array("old x\n\n".utf8) + second, witness).status, 400)
    try assertCosigns(
      try post(body(old: firstSize, proof: proof.hashes, note: second), witness), second)

    // Signed by another key: 403. Another origin: 404.
    let otherKey = directory.path("other.key")
    try succeed(["keys", "generate", "--name", "intruder", "--out", otherKey])
    let text = String(decoding: second, as: UTF8.self).components(separatedBy: "\n\n")[0] + "\n"
    try text.write(toFile: directory.path("body.txt"), atomically: true, encoding: .utf8)
    let forged = Array(
      try succeed(["note", "sign", "--key", otherKey, directory.path("body.txt")]).stdout.utf8)
    XCTAssertEqual(try post(body(old: 0, note: forged), witness).status, 403)
    let unknown = [UInt8](
      String(decoding: forged, as: UTF8.self)
        .replacingOccurrences(of: "tb.example/l", with: "elsewhere.example/l").utf8)
    XCTAssertEqual(try post(body(old: 0, note: unknown), witness).status, 404)
    // Only POST /add-checkpoint is served.
    let get = try XCTUnwrap(
      RawHTTP.exchange(
        Array("GET /add-checkpoint HTTP/1.1\r\nConnection: close\r\n\r\n".utf8), port: witness.port)
    )
    XCTAssertEqual(get.status, 405)
    XCTAssertTrue(get.headers.contains("Allow: POST"), get.headers)
  }

  func testMalformedRequestsAreRefusedAndTheWitnessKeepsServing() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,50万,市财政,,,"])
    try succeed(["checkpoint", "--ledger", ledger])
    let witness = try start(maxRequests: 6)
    let huge =
      "POST /add-checkpoint HTTP/1.1\r\nX: " + String(repeating: "a", count: 20_000) + "\r\n\r\n"
    XCTAssertEqual(RawHTTP.exchange(Array(huge.utf8), port: witness.port)?.status, 431)
    let noLength = "POST /add-checkpoint HTTP/1.1\r\nConnection: close\r\n\r\n"
    XCTAssertEqual(RawHTTP.exchange(Array(noLength.utf8), port: witness.port)?.status, 411)
    let tooBig = "POST /add-checkpoint HTTP/1.1\r\nContent-Length: 999999\r\n\r\n"
    XCTAssertEqual(RawHTTP.exchange(Array(tooBig.utf8), port: witness.port)?.status, 413)
    XCTAssertEqual(
      RawHTTP.exchange(Array("\u{1}\u{2} nonsense\r\n\r\n".utf8), port: witness.port)?.status, 400)
    XCTAssertEqual(try post(Array("no newline at all".utf8), witness).status, 400)
    try assertCosigns(
      try post(body(old: 0, note: try checkpointNote()), witness), try checkpointNote())
  }

  func testStateSurvivesARestartAndConcurrentPostsCosignOnce() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,50万,市财政,,,"])
    try succeed(["checkpoint", "--ledger", ledger])
    let note = try checkpointNote()
    let size = try lines().count
    // Eight clients race with the same first request: exactly one is cosigned.
    let racing = try start(maxRequests: 8)
    let statuses = Locked<[Int]>([])
    let request = RawHTTP.post(body(old: 0, note: note))
    let port = racing.port
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      let status = RawHTTP.exchange(request, port: port)?.status ?? 0
      statuses.update { $0.append(status) }
    }
    XCTAssertEqual(statuses.value.sorted(), [200] + Array(repeating: 409, count: 7))
    racing.stop()
    // A new process on the same state remembers the size it cosigned.
    let restarted = try start(maxRequests: 1)
    let stale = try post(body(old: 0, note: note), restarted)
    XCTAssertEqual(stale.status, 409)
    XCTAssertEqual(stale.body, "\(size)\n")
  }

  func testTwoLogsAreWitnessedApart() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,50万,市财政,,,"])
    try succeed(["checkpoint", "--ledger", ledger])
    let secondLedger = directory.path("second")
    try succeed(["init", "--ledger", secondLedger, "--origin", "tb.example/second"])
    try succeed(["checkpoint", "--ledger", secondLedger])
    let secondNote = [UInt8](
      try Data(contentsOf: URL(fileURLWithPath: secondLedger + "/checkpoints/latest")))
    let witness = try start(
      maxRequests: 3,
      logs: ["tb.example/l=\(verifierKey)", "tb.example/second=\(verifierKey)"])
    try assertCosigns(
      try post(body(old: 0, note: try checkpointNote()), witness), try checkpointNote())
    try assertCosigns(try post(body(old: 0, note: secondNote), witness), secondNote)
    XCTAssertEqual(try post(body(old: 0, note: secondNote), witness).status, 409)
  }
}

/// A value shared between threads behind a lock.
final class Locked<Value>: @unchecked Sendable {
  private var stored: Value
  private let lock = NSLock()
  init(_ value: Value) { stored = value }
  var value: Value { lock.withLock { stored } }
  func update(_ body: (inout Value) -> Void) { lock.withLock { body(&stored) } }
}
