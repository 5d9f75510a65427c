import Foundation
import ReliefCLI
import XCTest

/// `relief keys` and the key options of the writing commands.
final class KeysCommandTests: XCTestCase {
  private var directory: TemporaryDirectory!

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
  }

  override func tearDown() {
    directory = nil
  }

  private func run(
    _ arguments: [String], key: String? = nil
  ) -> (status: Int32, out: String, err: String) {
    let console = RecordingConsole()
    var environment = ["RELIEF_NOW_MS": "1669852800000"]
    environment["RELIEF_KEY"] = key
    let status = Relief.run(arguments: arguments, environment: environment, console: console)
    return (status, console.stdout, console.stderr)
  }

  private func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return try XCTUnwrap(attributes[.posixPermissions] as? Int)
  }

  func testGenerateWritesAPrivateFileAndPrintsTheVerifierKey() throws {
    let path = directory.path("a.key")
    let generated = run(["keys", "generate", "--name", "nantong-admin", "--out", path])
    XCTAssertEqual(generated.status, 0, generated.err)
    XCTAssertEqual(try mode(path), 0o600)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    XCTAssertTrue(text.hasPrefix("PRIVATE+KEY+nantong-admin+"), text)
    XCTAssertTrue(generated.out.hasPrefix("nantong-admin+"), generated.out)
    XCTAssertFalse(generated.out.contains("PRIVATE"))
    XCTAssertEqual(run(["keys", "show", path]).out, generated.out)
    // name+hash+base64: the hash is 8 lowercase hex digits.
    let fields = generated.out.dropLast().split(separator: "+", maxSplits: 2)
    XCTAssertEqual(fields.count, 3)
    XCTAssertEqual(fields[1].count, 8)
  }

  func testGenerateNeverOverwrites() throws {
    let path = directory.path("a.key")
    XCTAssertEqual(run(["keys", "generate", "--name", "a", "--out", path]).status, 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let again = run(["keys", "generate", "--name", "b", "--out", path])
    XCTAssertEqual(again.status, 5)
    XCTAssertEqual(again.err, "relief keys: \(path) exists; relief never overwrites a key file\n")
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
  }

  func testGenerateRejectsANameWithAPlus() {
    let result = run(["keys", "generate", "--name", "a+b", "--out", directory.path("k")])
    XCTAssertEqual(result.status, 2)
    XCTAssertFalse(FileManager.default.fileExists(atPath: directory.path("k")))
  }

  func testKeyFileReadableByOthersIsRefused() throws {
    let path = directory.path("a.key")
    XCTAssertEqual(run(["keys", "generate", "--name", "a", "--out", path]).status, 0)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
    let result = run(["keys", "show", path])
    XCTAssertEqual(result.status, 5)
    XCTAssertEqual(
      result.err,
      "relief keys: key file \(path) can be read by others (mode 0644); run 'chmod 600 \(path)' "
        + "and keep it private\n")
  }

  func testMalformedKeyFileIsRefusedWithoutEchoingIt() throws {
    let path = directory.path("bad.key")
    let secret = "PRIVATE+KEY+a+00000000+SECRETSECRETSECRET"
    _ = FileManager.default.createFile(
      atPath: path, contents: Data(secret.utf8), attributes: [.posixPermissions: 0o600])
    let result = run(["keys", "show", path])
    XCTAssertEqual(result.status, 5)
    XCTAssertTrue(result.err.hasPrefix("relief keys: key file \(path) does not hold"), result.err)
    XCTAssertFalse(result.err.contains("SECRET"), result.err)
  }

  func testWritingWithoutAKeyIsAUsageError() {
    let result = run(["init", "--ledger", directory.path("l")])
    XCTAssertEqual(result.status, 2)
    XCTAssertTrue(result.err.hasPrefix("relief init: init signs its batch"), result.err)
    XCTAssertFalse(FileManager.default.fileExists(atPath: directory.path("l")))
  }

  func testAdministratorRegistersAnAccountantWhoAppendsInItsUnion() throws {
    let admin = directory.path("admin.key")
    let accountant = directory.path("acct.key")
    let ledger = directory.path("l")
    XCTAssertEqual(run(["keys", "generate", "--name", "admin", "--out", admin]).status, 0)
    let accountantKey = run(["keys", "generate", "--name", "acct", "--out", accountant]).out
    XCTAssertEqual(run(["init", "--ledger", ledger, "--key", admin]).status, 0)
    for arguments in [
      ["append", "union", "--id", "city", "--name", "市总工会"],
      ["append", "union", "--id", "town", "--name", "镇工会", "--parent", "city"],
      ["append", "program", "--id", "p", "--name", "基金"],
      [
        "append", "receipt", "--date", "2022-01-05", "--union", "city", "--program", "p",
        "--amount", "100",
      ],
    ] {
      let result = run(arguments + ["--ledger", ledger, "--key", admin])
      XCTAssertEqual(result.status, 0, result.err)
    }
    // For key entries --key is the key being registered; --signer names the signing key.
    let registered = run([
      "append", "key", "--key", String(accountantKey.dropLast()), "--role", "accountant",
      "--union", "city", "--signer", admin, "--ledger", ledger,
    ])
    XCTAssertEqual(registered.status, 0, registered.err)
    let allocation = run(
      [
        "append", "allocation", "--date", "2022-01-06", "--union", "city", "--to", "town",
        "--program", "p", "--amount", "40", "--ledger", ledger,
      ], key: accountant)
    XCTAssertEqual(allocation.status, 0, allocation.err)
    let outside = run(
      ["append", "union", "--id", "x", "--name", "外部", "--ledger", ledger], key: accountant)
    XCTAssertEqual(outside.status, 4)
    XCTAssertTrue(outside.err.contains("only administrators append union entries"), outside.err)
    XCTAssertEqual(run(["verify", "--ledger", ledger]).status, 0)
  }
}
