import ReliefCrypto
import ReliefLog

@testable import ReliefLedger

/// Deterministic keys for tests (seeds are fixed bytes; never use them for real ledgers).
enum TestKeys {
  /// The administrator every test ledger is created with.
  static let admin = key("test-admin", seedByte: 1)
  /// A second key, for registration and revocation tests.
  static let other = key("test-other", seedByte: 2)

  static let adminSigner = CommitSigner(admin)
  static var adminVerifierKey: String { admin.verifierKey.encoded }

  /// A signed-note key named `name` whose seed is 32 copies of `seedByte`.
  static func key(_ name: String, seedByte: UInt8) -> NoteSignerKey {
    guard let privateKey = Ed25519.PrivateKey(seed: [UInt8](repeating: seedByte, count: 32)),
      let key = try? NoteSignerKey(name: name, privateKey: privateKey)
    else { preconditionFailure("test key \(name) cannot be built") }
    return key
  }

  /// `unsignedCommit` (a commit line with `"sig":""`) signed by `signer`.
  static func signed(_ unsignedCommit: String, by signer: CommitSigner = adminSigner) -> String {
    let signature = signer.signature(for: Array(unsignedCommit.utf8))
    return String(unsignedCommit.dropLast(2)) + signature + "\"}"
  }
}

extension BatchBuilder {
  /// Closes the batch with a commit signed by `signer` (the test administrator by default).
  mutating func commitSigned(by signer: CommitSigner = TestKeys.adminSigner) {
    commit(signer: signer.keyID, sign: signer.signature(for:))
  }
}
