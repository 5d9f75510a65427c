import Foundation
import ReliefCrypto
import XCTest

@testable import ReliefLog

/// The fixed clock of the tests: 2020-06-01T00:00:00Z.
let fixedMillis: Int64 = 1_590_969_600_000

/// 64 zeros: the `prev` of the first line.
let zeroHex = String(repeating: "0", count: 64)

/// The UTF-8 bytes of `text`.
func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

/// `bytes` as text (lossy; for messages and comparisons of ASCII lines).
func text(_ bytes: some Collection<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

/// SHA-256 of `line` as lowercase hex.
func sha256Hex(_ line: String) -> String { SHA256.hash(utf8(line)).hex }

/// A test case with a fresh temporary directory, removed after each test.
class TemporaryDirectoryTestCase: XCTestCase {
  private(set) var directory = ""

  override func setUpWithError() throws {
    try super.setUpWithError()
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("relief-log-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    directory = url.path
  }

  override func tearDownWithError() throws {
    if !directory.isEmpty { try? FileManager.default.removeItem(atPath: directory) }
    try super.tearDownWithError()
  }

  /// Writes `bytes` to `name` inside the temporary directory and returns its path.
  @discardableResult
  func writeFile(_ name: String, _ bytes: [UInt8]) throws -> String {
    let path = directory + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  func readFile(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  func appendToFile(_ path: String, _ bytes: [UInt8]) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(bytes))
  }
}

/// Builds a batch of `count` entry lines of kind `note` after `head`, committed unless
/// `commit` is false.
func noteBatch(
  after head: ChainHead, count: Int, nowMillis: Int64 = fixedMillis, commit: Bool = true,
  padding: Int = 0
) -> BatchBuilder {
  var batch = BatchBuilder(after: head, nowMillis: nowMillis)
  for index in 0..<count {
    var body = JSONObject([("n", .integer(Int64(index)))])
    if padding > 0 { body.append("pad", .string(String(repeating: "x", count: padding))) }
    batch.appendEntry(kind: "note", body: body)
  }
  if commit { batch.commit(signer: "") }
  return batch
}
