import ReliefCrypto
import ReliefDisclosure
import ReliefLog
import ReliefText

/// `relief note sign|verify`: C2SP signed notes of any text.
enum NoteCommand {
  static let command = Command(
    name: "note", summary: .summaryNote, synopsis: .word(.synopsisNote), about: .aboutNote,
    options: [
      .valued("key", .word(.placeholderAnyKey), .optionNoteKey, repeatable: true),
      .valued("quorum", .number, .optionKeyQuorum),
    ],
    examples: [
      "relief note sign --key ~/.relief/nantong-admin.key statement.txt > statement.note",
      "relief note verify --key sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8 \\",
      "  checkpoint.note",
      "relief note verify --key admin.pub --key auditor.pub --quorum 1 statement.note",
    ],
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    switch arguments.positionals.first {
    case "sign":
      guard arguments.positionals.count == 2 else {
        throw .usage(Text.current(.usageNoteSignFile), command: "note")
      }
      guard let path = arguments.values["key"] ?? context.environment["RELIEF_KEY"] else {
        throw .usage(Text.current(.usageNoteSignKey), command: "note")
      }
      let key = try KeyFiles.load(path)
      let text = String(decoding: try CheckpointStore.read(arguments.positionals[1]), as: UTF8.self)
      do {
        context.console.out(try SignedNote.sign(text, with: [key]).encoded)
      } catch {
        throw CommandFailure(
          code: .rejected, message: Text.current(.noteCannotSign, ["error": "\(error)"]))
      }
      return .success
    case "verify":
      guard arguments.positionals.count == 2 else {
        throw .usage(Text.current(.usageNoteVerifyFile), command: "note")
      }
      let keys = try CheckProofCommand.verifierKeys(arguments, command: "note")
      let quorum = try SignatureQuorum(arguments, keys: keys, command: "note")
      let bytes = try CheckpointStore.read(arguments.positionals[1])
      let verified: VerifiedNote
      do throws(NoteError) {
        verified = try SignedNote(parsing: bytes).verify(keys: keys)
      } catch {
        let missing = error == .noVerifiableSignatures ? quorum.missingAll() : ""
        let message = Text.current(.noteInvalid, ["error": "\(error)"])
        throw CommandFailure(code: .invalid, message: message + missing)
      }
      let missing = try quorum.check(verified.verified, prefix: Text.current(.noteInvalidPrefix))
      let (signers, _) = CheckProofCommand.split(verified.verified, keys: keys)
      for signature in verified.verified {
        var line = Text.current(.noteVerified, ["key": signature.keyID])
        if !signers.contains(signature.keyID), let cosignature = try? Cosignature(signature) {
          let time = Labels.utcTime(seconds: cosignature.timestamp)
          line = Text.current(.noteVerifiedCosignature, ["key": signature.keyID, "time": time])
        }
        context.console.out(line + "\n")
      }
      context.console.out(quorum.note(missing: missing))
      return .success
    default:
      throw .usage(Text.current(.usageNote), command: "note")
    }
  }
}
