import Foundation
import ReliefCrypto
import XCTest

/// `checkpoint cosign` keeps what each cosigner cosigned in the cosigner's own state
/// directory and refuses anything inconsistent with it (issue 12, attacks 4 and 7).
final class CosignerMemoryTests: XCTestCase {
  private static let origin = "m.example/l"
  private var directory: TemporaryDirectory!
  private var ledger: String { directory.path("ledger") }
  private var adminPath: String { directory.path("admin.key") }
  private var witnessPath: String { directory.path("witness.key") }
  private var state: String { directory.path("state") }
  private var latestPath: String { ledger + "/checkpoints/latest" }
  private var cosignerKey = ""

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
    _ = try output(["keys", "generate", "--name", "m-admin", "--out", adminPath])
    _ = try output(["keys", "generate", "--name", "w1", "--out", witnessPath])
    cosignerKey = try output(["keys", "show", "--cosigner", witnessPath])
  }

  override func tearDown() {
    directory = nil
  }

  /// Runs relief, requires exit 0, and returns stdout without its last newline.
  @discardableResult
  private func output(_ arguments: [String]) throws -> String {
    let result = try ReliefProcess.run(arguments)
    XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
    return String(result.stdout.dropLast())
  }

  /// A ledger at `path` of 6 + 2 · receipts lines, all signed by the same administrator key.
  private func makeLedger(_ path: String, receipts: [String]) throws {
    try output(["init", "--ledger", path, "--origin", Self.origin, "--key", adminPath])
    try output([
      "append", "union", "--ledger", path, "--id", "city", "--name", "市总工会", "--key",
      adminPath,
    ])
    try output([
      "append", "program", "--ledger", path, "--id", "p", "--name", "基金", "--key", adminPath,
    ])
    for amount in receipts { try grow(path, amount: amount) }
  }

  private func grow(_ path: String, amount: String) throws {
    try output([
      "append", "receipt", "--ledger", path, "--date", "2022-03-10", "--union", "city",
      "--program", "p", "--amount", amount, "--key", adminPath,
    ])
  }

  /// Signs a checkpoint of `path`; returns its base64 root.
  private func checkpoint(_ path: String) throws -> String {
    let note = try output(["checkpoint", "--ledger", path, "--key", adminPath])
    return String(note.split(separator: "\n")[2])
  }

  private func cosign(
    key: String? = nil, state: String? = nil, environment: [String: String] = [:]
  ) throws -> ReliefProcess.Outcome {
    var arguments = ["checkpoint", "cosign", "--key", key ?? witnessPath, "--ledger", ledger]
    arguments += ["--state", state ?? self.state]
    return try ReliefProcess.run(arguments, extraEnvironment: environment)
  }

  /// The memory file of `key` (a cosigner verifier key) for the origin under `state`.
  private func memoryPath(state: String, key: String) -> String {
    let keyHash = SHA256.hash(Array(key.utf8)).hex
    let originHash = SHA256.hash(Array(Self.origin.utf8)).hex
    return state + "/cosigned/" + keyHash + "-" + originHash
  }

  private var memoryPath: String { memoryPath(state: state, key: cosignerKey) }

  private func memory(size: Int, root: String, key: String? = nil) -> String {
    "relief cosigner memory v1\n\(key ?? cosignerKey)\n\(Self.origin)\n\(size)\n\(root)\n"
  }

  private func bytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
  }

  private func text(_ path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
  }

  /// The names on the signature lines of the latest checkpoint.
  private func latestSigners() throws -> [String] {
    try text(latestPath).split(separator: "\n").filter { $0.hasPrefix("\u{2014} ") }
      .map { String($0.split(separator: " ")[1]) }
  }

  private func refusal(
    size: Int, root: String, latestSize: Int, latestRoot: String, reason: String
  ) -> String {
    "relief checkpoint: refusing to cosign: \(NoteID.id(cosignerKey)) last cosigned "
      + "\(Self.origin) at size \(size), root \(root) (remembered in \(memoryPath)), and the "
      + "latest checkpoint, size \(latestSize), root \(latestRoot), \(reason); nothing was "
      + "written\n"
  }

  /// Replaces the ledger with `fork`, removing its checkpoints and node cache, as an
  /// operator with write access (and here the administrator key) can.
  private func replaceLedger(with fork: String) throws {
    try FileManager.default.removeItem(atPath: ledger)
    try FileManager.default.moveItem(atPath: fork, toPath: ledger)
    for name in ["checkpoints", "merkle.cache", "merkle.cache.old"] {
      try? FileManager.default.removeItem(atPath: ledger + "/" + name)
    }
  }

  func testCosignRemembersTheCheckpointInTheStateDirectory() throws {
    try makeLedger(ledger, receipts: ["1"])
    let root = try checkpoint(ledger)
    let xdg = directory.path("xdg")
    let result = try ReliefProcess.run(
      ["checkpoint", "cosign", "--key", witnessPath, "--ledger", ledger],
      extraEnvironment: ["XDG_STATE_HOME": xdg])
    XCTAssertEqual(result.status, 0, result.stderr)
    let path = memoryPath(state: xdg + "/relief", key: cosignerKey)
    XCTAssertEqual(try text(path), memory(size: 8, root: root))
    XCTAssertEqual(try latestSigners(), ["m-admin", "w1"])
    XCTAssertEqual(result.stdout, try text(latestPath))
    let manager = FileManager.default
    for directory in [xdg, xdg + "/relief", xdg + "/relief/cosigned"] {
      let mode = try manager.attributesOfItem(atPath: directory)[.posixPermissions] as? Int
      XCTAssertEqual(mode, 0o700, directory)
    }
    XCTAssertEqual(try manager.attributesOfItem(atPath: path)[.posixPermissions] as? Int, 0o600)
    XCTAssertEqual(
      try manager.contentsOfDirectory(atPath: xdg + "/relief/cosigned").sorted(),
      [(path as NSString).lastPathComponent, (path as NSString).lastPathComponent + ".lock"])
    // The ledger directory keeps no record of the cosigner any more.
    XCTAssertEqual(
      try manager.contentsOfDirectory(atPath: ledger + "/checkpoints").sorted(),
      [".lock", "8.note", "latest"])
  }

  func testCosignRefusesWithoutAStateDirectory() throws {
    try makeLedger(ledger, receipts: ["1"])
    _ = try checkpoint(ledger)
    let before = try bytes(latestPath)
    let result = try ReliefProcess.run(
      ["checkpoint", "cosign", "--key", witnessPath, "--ledger", ledger],
      extraEnvironment: ["XDG_STATE_HOME": "", "HOME": ""])
    XCTAssertEqual(result.status, 2, result.stderr)
    XCTAssertEqual(
      result.stderr,
      "relief checkpoint: cosign keeps what it cosigned in the cosigner's own state "
        + "directory, and none is known (neither XDG_STATE_HOME nor HOME is set): give one "
        + "with --state DIR\nrun 'relief checkpoint --help' for usage\n")
    XCTAssertEqual(try bytes(latestPath), before)
  }

  /// Attack 4: the operator forks the ledger, deletes `checkpoints/` and asks the same
  /// cosigner to cosign a different root for the same size.
  func testCosignRefusesASecondRootForTheSameSizeAfterTheLedgerWasForked() throws {
    try makeLedger(ledger, receipts: ["1"])
    let root = try checkpoint(ledger)
    XCTAssertEqual(try cosign().status, 0)
    let remembered = try bytes(memoryPath)
    XCTAssertEqual(String(decoding: remembered, as: UTF8.self), memory(size: 8, root: root))
    let fork = directory.path("fork")
    try makeLedger(fork, receipts: ["9"])
    try replaceLedger(with: fork)
    let forkedRoot = try checkpoint(ledger)
    XCTAssertNotEqual(forkedRoot, root)
    let before = try bytes(latestPath)
    let result = try cosign()
    XCTAssertEqual(result.status, 1, result.stdout)
    XCTAssertEqual(result.stdout, "")
    XCTAssertEqual(
      result.stderr,
      refusal(
        size: 8, root: root, latestSize: 8, latestRoot: forkedRoot,
        reason: "has the same size with another root: a second history (a split view)"))
    XCTAssertEqual(try bytes(memoryPath), remembered)
    XCTAssertEqual(try bytes(latestPath), before)
    XCTAssertEqual(try bytes(ledger + "/checkpoints/8.note"), before)
    XCTAssertEqual(try latestSigners(), ["m-admin"])
  }

  func testCosignRefusesALargerCheckpointThatDoesNotExtendTheRememberedOne() throws {
    try makeLedger(ledger, receipts: ["1"])
    let root = try checkpoint(ledger)
    XCTAssertEqual(try cosign().status, 0)
    let remembered = try bytes(memoryPath)
    let fork = directory.path("fork")
    try makeLedger(fork, receipts: ["9"])
    let forkedPrefix = try checkpoint(fork)
    try grow(fork, amount: "2")
    try replaceLedger(with: fork)
    let forkedRoot = try checkpoint(ledger)
    let before = try bytes(latestPath)
    let result = try cosign()
    XCTAssertEqual(result.status, 1, result.stdout)
    XCTAssertEqual(
      result.stderr,
      refusal(
        size: 8, root: root, latestSize: 10, latestRoot: forkedRoot,
        reason: "does not extend it: the journal's first 8 lines have root \(forkedPrefix); "
          + "history was rewritten"))
    XCTAssertEqual(try bytes(memoryPath), remembered)
    XCTAssertEqual(try bytes(latestPath), before)
    XCTAssertEqual(try latestSigners(), ["m-admin"])
  }

  func testCosignRefusesASmallerCheckpointAndAcceptsALargerConsistentOne() throws {
    try makeLedger(ledger, receipts: ["1"])
    let root8 = try checkpoint(ledger)
    let older = try bytes(ledger + "/checkpoints/8.note")
    try grow(ledger, amount: "2")
    let root10 = try checkpoint(ledger)
    XCTAssertEqual(try cosign().status, 0)
    XCTAssertEqual(try text(memoryPath), memory(size: 10, root: root10))
    // The operator puts the older, smaller checkpoint back as the latest.
    try older.write(to: URL(fileURLWithPath: latestPath))
    let remembered = try bytes(memoryPath)
    let refused = try cosign()
    XCTAssertEqual(refused.status, 1, refused.stdout)
    XCTAssertEqual(
      refused.stderr,
      refusal(
        size: 10, root: root10, latestSize: 8, latestRoot: root8,
        reason: "is smaller: cosigning it would take back lines already vouched for"))
    XCTAssertEqual(try bytes(memoryPath), remembered)
    XCTAssertEqual(try bytes(latestPath), older)
    // Growing on from the remembered tree is accepted, and the memory advances.
    try grow(ledger, amount: "3")
    let root12 = try checkpoint(ledger)
    let accepted = try cosign()
    XCTAssertEqual(accepted.status, 0, accepted.stderr)
    XCTAssertEqual(try text(memoryPath), memory(size: 12, root: root12))
    XCTAssertEqual(try latestSigners(), ["m-admin", "w1"])
  }

  func testCosignAgainKeepsOneCosignatureAndTheMemory() throws {
    try makeLedger(ledger, receipts: ["1"])
    let root = try checkpoint(ledger)
    XCTAssertEqual(try cosign().status, 0)
    let cosigned = try bytes(latestPath)
    let again = try cosign()
    XCTAssertEqual(again.status, 0, again.stderr)
    XCTAssertEqual(again.stderr, "\(NoteID.id(cosignerKey)) has already cosigned checkpoint 8\n")
    XCTAssertEqual(try bytes(latestPath), cosigned)
    XCTAssertEqual(try text(memoryPath), memory(size: 8, root: root))
  }

  /// Attack 7: a cosigner key name with `/` broke the state file's name after the
  /// cosignature was already in `latest`.
  func testACosignerNameWithASlashIsRememberedUnderAHashedName() throws {
    try makeLedger(ledger, receipts: ["1"])
    let root = try checkpoint(ledger)
    let slashed = directory.path("audit.key")
    try output(["keys", "generate", "--name", "audit/2022", "--out", slashed])
    let key = try output(["keys", "show", "--cosigner", slashed])
    let result = try cosign(key: slashed)
    XCTAssertEqual(result.status, 0, result.stderr)
    let path = memoryPath(state: state, key: key)
    XCTAssertEqual(try text(path), memory(size: 8, root: root, key: key))
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: state + "/cosigned").sorted(),
      [(path as NSString).lastPathComponent, (path as NSString).lastPathComponent + ".lock"])
    XCTAssertEqual(try latestSigners(), ["m-admin", "audit/2022"])
  }

  func testAMemoryThatCannotBeWrittenLeavesTheCheckpointsAsTheyWere() throws {
    try makeLedger(ledger, receipts: ["1"])
    _ = try checkpoint(ledger)
    let slashed = directory.path("audit.key")
    try output(["keys", "generate", "--name", "audit/2022", "--out", slashed])
    let key = try output(["keys", "show", "--cosigner", slashed])
    let notADirectory = directory.path("state-file")
    try Data("not a directory\n".utf8).write(to: URL(fileURLWithPath: notADirectory))
    let latest = try bytes(latestPath)
    let result = try cosign(key: slashed, state: notADirectory)
    XCTAssertEqual(result.status, 5, result.stdout)
    XCTAssertEqual(result.stdout, "")
    XCTAssertEqual(
      result.stderr,
      "relief checkpoint: cannot keep \(NoteID.id(key))'s memory of what it cosigned in "
        + "\(notADirectory)/cosigned: cannot create directory \(notADirectory)/: Not a "
        + "directory; nothing was cosigned (give --state DIR with a directory you can write)\n")
    XCTAssertEqual(try bytes(latestPath), latest)
    XCTAssertEqual(try bytes(ledger + "/checkpoints/8.note"), latest)
  }

  func testAnEditedMemoryIsNeitherBelievedNorReplaced() throws {
    try makeLedger(ledger, receipts: ["1"])
    _ = try checkpoint(ledger)
    XCTAssertEqual(try cosign().status, 0)
    try grow(ledger, amount: "2")
    _ = try checkpoint(ledger)
    let edited = Data(memory(size: 8, root: "not base64").utf8)
    try edited.write(to: URL(fileURLWithPath: memoryPath))
    let before = try bytes(latestPath)
    let result = try cosign()
    XCTAssertEqual(result.status, 5, result.stdout)
    XCTAssertEqual(
      result.stderr,
      "relief checkpoint: \(memoryPath) is not \(NoteID.id(cosignerKey))'s memory of what it "
        + "cosigned for \(Self.origin): it was damaged or edited; restore it from a backup "
        + "(removing it would let this key be made to cosign a second history)\n")
    XCTAssertEqual(try bytes(memoryPath), edited)
    XCTAssertEqual(try bytes(latestPath), before)
  }

  /// Two cosign runs by one cosigner on one checkpoint: one cosignature, one memory.
  func testConcurrentCosignsOfOneCheckpointLeaveOneCosignature() throws {
    try makeLedger(ledger, receipts: ["1"])
    let root = try checkpoint(ledger)
    let outcomes = try race([ledger, ledger])
    XCTAssertEqual(outcomes.map(\.status), [0, 0], outcomes.map(\.stderr).joined())
    let already = "\(NoteID.id(cosignerKey)) has already cosigned checkpoint 8\n"
    XCTAssertEqual(outcomes.map(\.stderr).sorted(), ["", already])
    XCTAssertEqual(try latestSigners(), ["m-admin", "w1"])
    XCTAssertEqual(try text(memoryPath), memory(size: 8, root: root))
  }

  /// Two cosign runs by one cosigner on two forks of one log (same origin, same size,
  /// different roots), at once: the memory's lock lets exactly one through.
  func testConcurrentCosignsOfTwoForksCosignOnlyOne() throws {
    try makeLedger(ledger, receipts: ["1"])
    let fork = directory.path("fork")
    try makeLedger(fork, receipts: ["9"])
    let roots = [try checkpoint(ledger), try checkpoint(fork)]
    let outcomes = try race([ledger, fork])
    XCTAssertEqual(outcomes.map(\.status).sorted(), [0, 1], outcomes.map(\.stderr).joined())
    let winner = outcomes[0].status == 0 ? 0 : 1
    XCTAssertEqual(try text(memoryPath), memory(size: 8, root: roots[winner]))
    let cosigned = [ledger, fork].map { path in
      ((try? text(path + "/checkpoints/latest")) ?? "").contains("\u{2014} w1 ")
    }
    XCTAssertEqual(cosigned, [winner == 0, winner == 1])
  }

  /// Starts `checkpoint cosign` by w1 with the shared state on each ledger at once.
  private func race(_ ledgers: [String]) throws -> [(status: Int32, stderr: String)] {
    var running: [(Process, Pipe)] = []
    for path in ledgers {
      let process = Process()
      process.executableURL = try ReliefProcess.binaryURL()
      process.arguments = [
        "checkpoint", "cosign", "--key", witnessPath, "--ledger", path, "--state", state,
      ]
      process.environment = ["RELIEF_NOW_MS": "1669852800000"]
      let err = Pipe()
      process.standardOutput = FileHandle.nullDevice
      process.standardError = err
      running.append((process, err))
    }
    for (process, _) in running { try process.run() }
    return running.map { process, err in
      let data = err.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
  }
}
