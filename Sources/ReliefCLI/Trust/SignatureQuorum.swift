import ReliefCrypto
import ReliefText

/// How many of the verifier keys given to `check-proof` or `note verify` must have signed:
/// every one, unless `--quorum N` says that N of them suffice.
///
/// A key given is a signature the user expects; a note that merely lacks that key's line
/// must not pass as if the key had not been asked about (a receipt stripped of its
/// cosignature would otherwise still be "valid").
struct SignatureQuorum {
  /// The keys given with `--key`, in order.
  let keys: [NoteVerifierKey]
  /// How many of `keys` must have a valid signature line: `keys.count` by default.
  let required: Int
  /// Whether `--quorum` set `required`.
  let isExplicit: Bool

  /// The quorum of `--quorum N` (a decimal from 1 to the number of keys) over `keys`, or
  /// all of `keys` without it.
  ///
  /// - Throws: a usage failure for any other value.
  init(_ arguments: Arguments, keys: [NoteVerifierKey], command: String) throws(CommandFailure) {
    self.keys = keys
    guard let text = arguments.values["quorum"] else {
      required = keys.count
      isExplicit = false
      return
    }
    guard text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let count = Int(text),
      count >= 1, count <= keys.count
    else {
      throw .usage(
        Text.current(.quorumRange, ["count": "\(keys.count)", "value": text]), command: command)
    }
    required = count
    isExplicit = true
  }

  /// The ids (`<name>+<hash>`) of the given keys with no line in `verified`, each once.
  func missing(from verified: [NoteSignature]) -> [String] {
    var ids: [String] = []
    for key in keys where !ids.contains(key.id) {
      if !verified.contains(where: { $0.name == key.name && $0.keyHash == key.keyHash }) {
        ids.append(key.id)
      }
    }
    return ids
  }

  /// Refuses unless at least `required` of the given keys have a line in `verified` (the
  /// signatures that verified); returns the ids of the given keys that did not sign.
  ///
  /// - Throws: `CommandFailure` (invalid) naming every key that did not sign, its message
  ///   starting with `prefix`.
  func check(_ verified: [NoteSignature], prefix: String) throws(CommandFailure) -> [String] {
    let missing = missing(from: verified)
    let signed = keys.count - keys.filter { missing.contains($0.id) }.count
    guard signed < required else { return missing }
    let noun: MessageID = missing.count == 1 ? .quorumNoSignatureOne : .quorumNoSignatureMany
    var message = prefix + Text.current(noun, ["keys": missing.joined(separator: ", ")])
    if isExplicit {
      message += Text.current(
        .quorumExplicit,
        ["required": "\(required)", "count": "\(keys.count)", "signed": "\(signed)"])
    } else {
      message += Text.current(.quorumEveryKey)
    }
    throw CommandFailure(code: .invalid, message: message)
  }

  /// The words appended to the failure "no signature by any of the given keys".
  func missingAll() -> String {
    Text.current(.quorumMissingAll, ["keys": missing(from: []).joined(separator: ", ")])
  }

  /// A line for the output when the quorum was met without every key, or "".
  func note(missing: [String]) -> String {
    guard !missing.isEmpty else { return "" }
    return Text.current(
      .quorumMetWithout,
      [
        "keys": missing.joined(separator: ", "), "required": "\(required)",
        "count": "\(keys.count)",
      ])
      + "\n"
  }
}
