import ReliefCrypto
import ReliefLedger
import ReliefText

/// `relief keys generate|show`: Ed25519 keys in the C2SP signed-note text encoding.
enum KeysCommand {
  static let command = Command(
    name: "keys", summary: .summaryKeys, synopsis: .word(.synopsisKeys), about: .aboutKeys,
    options: [
      .valued("name", .name, .optionKeyName),
      .valued("out", .file, .optionKeyOut),
      .flag("cosigner", .optionCosigner),
    ],
    examples: [
      "relief keys generate --name nantong-admin --out ~/.relief/nantong-admin.key",
      "relief init --ledger ./ledger --key ~/.relief/nantong-admin.key",
      "relief keys show ~/.relief/nantong-admin.key",
      "relief keys show --cosigner ~/.relief/auditor.key",
    ],
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    switch arguments.positionals.first {
    case "generate":
      guard arguments.positionals.count == 1, let name = arguments.values["name"],
        let out = arguments.values["out"]
      else {
        throw .usage(Text.current(.usageKeysGenerate), command: "keys")
      }
      let key: NoteSignerKey
      do {
        key = try NoteSignerKey(name: name, privateKey: try Ed25519.PrivateKey.generate())
      } catch let error as NoteKeyError {
        throw .usage("--name: \(error)", command: "keys")
      } catch {
        throw CommandFailure(
          code: .environment, message: Text.current(.keyCannotGenerate, ["error": "\(error)"]))
      }
      try KeyFiles.write(key, to: out)
      context.console.out(key.verifierKey.encoded + "\n")
      return .success
    case "show":
      guard arguments.positionals.count == 2 else {
        throw .usage(Text.current(.usageKeysShow), command: "keys")
      }
      let key = try KeyFiles.load(arguments.positionals[1])
      let verifier =
        arguments.flags.contains("cosigner") ? key.cosignerVerifierKey : key.verifierKey
      context.console.out(verifier.encoded + "\n")
      return .success
    default:
      throw .usage(Text.current(.usageKeys), command: "keys")
    }
  }
}
