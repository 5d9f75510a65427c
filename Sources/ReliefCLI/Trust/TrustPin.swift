import ReliefCrypto
import ReliefLog
import ReliefText

/// The `--key VERIFIER_KEY` (repeatable) and `--trust FILE` options of the commands that
/// read a ledger on someone's behalf (`verify`; `disclose` and `export` may take the same):
/// add `options` to the command's definition and call `parse` before reading the ledger.
enum TrustPin {
  /// The options, for a command's definition (and so its help).
  static let options: [CommandOption] = [
    .valued("key", .word(.placeholderVerifierKey), .optionPinKey, repeatable: true),
    .valued("trust", .file, .optionTrust),
  ]
  /// `TrustPolicy.source` for keys given with `--key`.
  static let keySource = "--key"

  /// The policy the arguments give: the keys of `--key`, the file of `--trust`, or nil
  /// when neither is given (then the ledger is checked against itself only).
  ///
  /// - Throws: a usage failure (exit 2) for both options together, a key that does not
  ///   parse or a malformed policy; an environment failure (exit 5) for an unreadable file.
  static func parse(
    _ arguments: Arguments, command: String
  ) throws(CommandFailure) -> TrustPolicy? {
    let keys = arguments.lists["key"] ?? []
    if let path = arguments.values["trust"] {
      guard keys.isEmpty else {
        throw .usage(Text.current(.pinKeyOrTrust), command: command)
      }
      return try TrustPolicy.parse(try readPolicy(path), path: path)
    }
    guard !keys.isEmpty else { return nil }
    var pinned: [NoteVerifierKey] = []
    for value in keys {
      let key = try verifierKey(value, command: command)
      if !pinned.contains(key) { pinned.append(key) }
    }
    return TrustPolicy(
      source: keySource, origin: nil, adminKeys: pinned, cosignerKeys: [],
      cosignaturesRequired: 0)
  }

  /// The administrator verifier key in `value`: its text, or a file holding it.
  static func verifierKey(
    _ value: String, command: String
  ) throws(CommandFailure) -> NoteVerifierKey {
    var text = value
    // As in check-proof: a value that names an existing file is read as a key file.
    if FileSystem.exists(value) {
      text = String(decoding: try CheckpointStore.read(value), as: UTF8.self)
      while text.last == "\n" || text.last == "\r" { text.removeLast() }
    }
    do {
      return try NoteVerifierKey(parsing: text)
    } catch .cosignerKeyNotAccepted {
      throw .usage(Text.current(.pinCosignerKey, ["value": value]), command: command)
    } catch {
      throw .usage(
        Text.current(.pinNotAKey, ["value": value, "reason": "\(error)"]), command: command)
    }
  }

  private static func readPolicy(_ path: String) throws(CommandFailure) -> [UInt8] {
    do {
      return try FileSystem.readFile(path, sizeBytesMax: TrustPolicy.fileSizeBytesMax)
    } catch {
      throw CommandFailure(
        code: .environment,
        message: Text.current(.pinPolicyUnreadable, ["reason": error.description]))
    }
  }
}
