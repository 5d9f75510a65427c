import Foundation
import XCTest

@testable import ReliefDisclosure

/// The lookup page's own SHA-256, SHA-512, Ed25519 and signed-note code, run in headless
/// Chromium against published vectors (Tests/ReliefCryptoTests/Vectors, see its SOURCES
/// notes): NIST CAVP SHA-256 short messages, FIPS 180-2's SHA-512 examples, RFC 8032 and
/// the first 128 SUPERCOP sign.input cases (each also with one bit flipped in the
/// signature, which must fail), and two published signed notes with their keys.
final class LookupScriptVectorTests: XCTestCase {
  private let vectors = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("ReliefCryptoTests/Vectors")

  private func text(_ path: String) throws -> String {
    try String(contentsOf: vectors.appendingPathComponent(path), encoding: .utf8)
  }

  /// `[message hex, digest hex]` for every whole-byte NIST short message.
  private func sha256Cases() throws -> [[String]] {
    var cases: [[String]] = []
    var length = -1
    var message = ""
    for line in try text("nist-cavp-sha256/SHA256ShortMsg.rsp").split(whereSeparator: \.isNewline) {
      let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.hasPrefix("Len = ") { length = Int(trimmed.dropFirst(6)) ?? -1 }
      if trimmed.hasPrefix("Msg = ") { message = String(trimmed.dropFirst(6)) }
      if trimmed.hasPrefix("MD = ") {
        cases.append([length == 0 ? "" : message, String(trimmed.dropFirst(5))])
      }
    }
    return cases
  }

  /// `[public key, message, signature]` in hex.
  private func ed25519Cases() throws -> [[String]] {
    let rfc =
      try JSONSerialization.jsonObject(
        with: Data(text("rfc8032/rfc8032_ed25519_test_vectors.json").utf8)) as? [String: Any]
    let tests = try XCTUnwrap(rfc?["tests"] as? [[String: Any]])
    var cases = tests.compactMap { test -> [String]? in
      guard let key = test["publicKey"] as? String, let message = test["message"] as? String,
        let signature = test["signature"] as? String
      else { return nil }
      return [key, message, signature]
    }
    for line in try text("ed25519-sign-input/sign.input").split(whereSeparator: \.isNewline).prefix(
      128)
    {
      let fields = line.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 4 else { continue }
      cases.append([fields[1], fields[2], String(fields[3].prefix(128))])
    }
    return cases
  }

  func testTheLookupScriptsCryptographyMatchesThePublishedVectors() throws {
    let chromium = try HeadlessChromium()
    let sha256 = try sha256Cases()
    let ed25519 = try ed25519Cases()
    XCTAssertEqual(sha256.count, 65)
    XCTAssertEqual(ed25519.count, 133)
    let notes = [
      [
        try text("signed-notes/sum.golang.org-checkpoint-6476701.note"),
        "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8",
      ],
      [
        try text("signed-notes/c2sp-signed-note-example-foo.note"),
        "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
      ],
    ]
    let data = try JSONSerialization.data(
      withJSONObject: ["sha256": sha256, "ed25519": ed25519, "notes": notes])
    let page = """
      <!DOCTYPE html><html><body><pre id="out"></pre><script>
      "use strict";
      \(LookupScript.hashes)
      \(LookupScript.ed25519)
      \(LookupScript.notes)
      const V = \(String(decoding: data, as: UTF8.self));
      const hex = (h) => Uint8Array.from(h.match(/../g) || [], (x) => parseInt(x, 16));
      const digest256 = V.sha256.filter(([m, d]) => hexOf(sha256(hex(m))) === d).length;
      const digest512 = [
        ["", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"],
        ["616263", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"],
      ].filter(([m, d]) => hexOf(sha512(hex(m))) === d).length;
      let valid = 0, rejected = 0;
      for (const [key, message, signature] of V.ed25519) {
        if (ed25519Verify(hex(key), hex(message), hex(signature))) valid++;
        const forged = hex(signature);
        forged[17] ^= 0x04;
        if (!ed25519Verify(hex(key), hex(message), forged)) rejected++;
      }
      const signed = V.notes.filter(([note, key]) => noteSignedBy(parseNote(note), parseVerifierKey(key))).length;
      const tampered = V.notes.filter(([note, key]) =>
        noteSignedBy(parseNote(note.replace("\\n", "x\\n")), parseVerifierKey(key))).length;
      document.getElementById("out").textContent = "sha256 " + digest256 + "/" + V.sha256.length +
        "; sha512 " + digest512 + "/2; ed25519 valid " + valid + "/" + V.ed25519.length +
        ", flipped rejected " + rejected + "; notes " + signed + "/2, tampered accepted " + tampered;
      </script></body></html>
      """
    let directory = try TemporaryDirectory()
    try Data(page.utf8).write(to: URL(fileURLWithPath: directory.path("vectors.html")))
    let load = try withServedSite(directory.url.path) { base in
      try chromium.load(base + "vectors.html")
    }
    XCTAssertEqual(load.scriptErrors, [])
    XCTAssertEqual(
      load.dom.text(ofElementWith: "id=\"out\""),
      "sha256 65/65; sha512 2/2; ed25519 valid 133/133, flipped rejected 133; notes 2/2, "
        + "tampered accepted 0")
  }
}
