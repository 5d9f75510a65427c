import Foundation
import ReliefDisclosure
import XCTest

/// The disclosure site shows the latest signed checkpoint, verbatim and escaped, with its
/// cosignatures, and offers it as checkpoint.txt.
final class SiteCheckpointTests: DisclosureTestCase {
  /// A ledger whose origin needs escaping, checkpointed and cosigned by `w1`.
  private func makeCheckpointedLedger() throws -> (ledger: String, note: String, root: String) {
    let ledger = directory + "/cp"
    let origin = "t.example/a&b<c>\"d'"
    XCTAssertEqual(relief(["init", "--ledger", ledger, "--origin", origin]).status, 0)
    let union = relief(["append", "union", "--ledger", ledger, "--id", "city", "--name", "市"])
    XCTAssertEqual(union.status, 0, union.err)
    XCTAssertEqual(relief(["checkpoint", "--ledger", ledger]).status, 0)
    let witness = directory + "/w1.key"
    XCTAssertEqual(relief(["keys", "generate", "--name", "w1", "--out", witness]).status, 0)
    let cosigned = relief([
      "checkpoint", "cosign", "--key", witness, "--ledger", ledger, "--state", directory + "/state",
    ])
    XCTAssertEqual(cosigned.status, 0, cosigned.err)
    let note = try read(ledger + "/checkpoints/latest")
    let lines = note.split(separator: "\n", omittingEmptySubsequences: false)
    XCTAssertEqual(lines[0], Substring(origin))
    XCTAssertEqual(lines[1], "4")
    return (ledger, note, String(lines[2]))
  }

  private func keyID(_ note: String, _ name: String) throws -> String {
    let line = try XCTUnwrap(
      note.split(separator: "\n").first { $0.hasPrefix("\u{2014} \(name) ") })
    let field = try XCTUnwrap(Data(base64Encoded: String(line.split(separator: " ")[2])))
    return name + "+" + field.prefix(4).map { String(format: "%02x", $0) }.joined()
  }

  func testTheIndexShowsTheCheckpointAndItsCosignatures() throws {
    let (ledger, note, root) = try makeCheckpointedLedger()
    let site = directory + "/site"
    let outcome = relief(["disclose", "--ledger", ledger, "--out", site])
    XCTAssertEqual(outcome.status, 0, outcome.err)
    let index = try read(site + "/index.html")
    let escapedNote = note.replacingOccurrences(of: "&", with: "&amp;")
      .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
      .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    let expected = """
      <h2>已签名的检查点（checkpoint）</h2>
      <p>账本已提交的各行构成一棵 Merkle 树（RFC 6962），管理员对其树根签名，得到下面的检查点（C2SP tlog-checkpoint 格式），审计方等可再加副署。</p>
      <dl>
      <dt>账本来源（origin）</dt><dd><code>t.example/a&amp;b&lt;c&gt;&quot;d&#39;</code></dd>
      <dt>树大小</dt><dd>4 行（seq 0 至 3）</dd>
      <dt>根哈希（base64）</dt><dd><code>\(root)</code></dd>
      <dt>签名密钥</dt><dd><code>\(try keyID(note, "disclosure-test"))</code></dd>
      </dl>
      <p>检查点全文如下，也可下载 <a href="checkpoint.txt">checkpoint.txt</a>：</p>
      <pre>\(escapedNote)</pre>
      <h3>副署</h3>
      <ul>
      <li><code>\(try keyID(note, "w1"))</code>，副署时间 2022-12-01T00:00:00Z（UTC）</li>
      </ul>
      <p class="note">本页未核验副署；请用副署方公布的副署公钥核对。</p>
      <h3>企业如何核对回执</h3>
      <p class="note">收到退费的企业可向工会索取回执（由 <code>relief prove 行号</code> 生成，
      """
    XCTAssertTrue(index.contains(expected), index)
    XCTAssertTrue(escapedNote.contains("&lt;c&gt;"))
    XCTAssertTrue(
      index.contains("<code>relief check-proof 回执文件 --key 管理员公钥</code>"), index)
    XCTAssertTrue(index.contains(" · <a href=\"checkpoint.txt\">签名检查点（文本）</a></p>"))
    XCTAssertEqual(try read(site + "/checkpoint.txt"), note)
    XCTAssertEqual(MarkupChecker.problems(index), [])
  }

  func testASiteWithoutCheckpointHasNoCheckpointSection() throws {
    let site = directory + "/site"
    XCTAssertEqual(
      relief(["disclose", "--ledger", try makeSmallLedger(), "--out", site]).status, 0)
    XCTAssertFalse(try read(site + "/index.html").contains("checkpoint"))
    XCTAssertFalse(FileManager.default.fileExists(atPath: site + "/checkpoint.txt"))
  }

  func testACheckpointThatDoesNotVerifyIsNotPublished() throws {
    let (ledger, note, _) = try makeCheckpointedLedger()
    let forged = note.replacingOccurrences(of: "\n4\n", with: "\n2\n")
    try forged.write(toFile: ledger + "/checkpoints/latest", atomically: true, encoding: .utf8)
    let site = directory + "/site"
    let outcome = relief(["disclose", "--ledger", ledger, "--out", site])
    XCTAssertEqual(outcome.status, 1)
    XCTAssertTrue(
      outcome.err.hasPrefix(
        "relief disclose: \(ledger)/checkpoints/latest does not verify with the ledger's "
          + "administrator keys: the checkpoint note is invalid: the signature by known key "),
      outcome.err)
    XCTAssertTrue(outcome.err.hasSuffix("; the site was not written\n"), outcome.err)
    XCTAssertFalse(FileManager.default.fileExists(atPath: site))
  }
}
