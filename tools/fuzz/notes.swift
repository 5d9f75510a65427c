// libFuzzer harness: signed notes, checkpoints, cosignatures and tlog proofs.
// Built by tools/fuzz/build.sh against ReliefCrypto.
import ReliefCrypto

/// Verifier keys for the seed notes: the sample ledger's, Go's sumdb's and C2SP examples'.
let verifierKeys: [NoteVerifierKey] = [
  "relief-demo-admin-NOT-SECRET+1389b1cd+ARS3LjAc6cWY9hrPfgLbmG8BYpZQIrsLmbrekbUqGuX0",
  "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8",
  "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
  "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop",
  "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
].compactMap { try? NoteVerifierKey(parsing: $0) }

/// Cosigner keys made from the verifier keys' public keys.
let cosignerKeys: [CosignerKey] = verifierKeys.compactMap {
  try? CosignerKey(name: $0.name, publicKey: $0.publicKey)
}

/// Parses the input as every note-based format and verifies it with the fixed keys.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if let note = try? SignedNote(parsing: bytes) {
    _ = note.encoded
    _ = try? note.verify(keys: verifierKeys)
    _ = try? Checkpoint(parsing: note.text)
  }
  if let text = String(validating: bytes, as: UTF8.self) {
    _ = try? NoteVerifierKey(parsing: text)
    if let checkpoint = try? Checkpoint(parsing: text) { _ = checkpoint.text }
  }
  if let verified = try? VerifiedCheckpoint(parsing: bytes, logKeys: verifierKeys) {
    _ = try? verified.verifiedCosignatures(cosignerKeys)
  }
  if let proof = try? TlogProof(parsing: bytes) {
    _ = proof.encoded
    let leaf = SHA256.hash(Array(proof.encoded.prefix(16)))
    _ = try? proof.verify(leafHash: leaf, logKeys: verifierKeys)
  }
  return 0
}
