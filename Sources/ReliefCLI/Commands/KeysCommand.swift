import ReliefCrypto
import ReliefLedger
import ReliefText

/// `relief keys generate|show`: Ed25519 keys in the C2SP signed-note text encoding.
enum KeysCommand {
  static let command = Command(
    name: "keys", summary: .summaryKeys,
    help: """
      Usage: relief keys generate --name NAME --out FILE
             relief keys show [--cosigner] FILE

      generate  creates an Ed25519 key from the system's secure random source, writes the
                private key to FILE (mode 0600, never overwriting) as a C2SP signed note
                key, PRIVATE+KEY+<name>+<hash>+<base64>, and prints the verifier key,
                <name>+<hash>+<base64>, which is what the ledger registers.
      show      prints the verifier key of the private key in FILE; with --cosigner, the
                key that checks its tlog cosignatures ('relief checkpoint cosign'):
                <name>+<hash>+<base64(0x04 || public key)>, for check-proof and note verify.

      NAME: letters, digits and punctuation, no spaces or '+', e.g. nantong-accountant.
      The private key never appears in the ledger, in output or in error messages.

      Examples:
        relief keys generate --name nantong-admin --out ~/.relief/nantong-admin.key
        relief init --ledger ./ledger --key ~/.relief/nantong-admin.key
        relief keys show ~/.relief/nantong-admin.key
        relief keys show --cosigner ~/.relief/auditor.key

      """,
    valued: ["name", "out"], flagNames: ["cosigner"],
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
