import ReliefCrypto
import ReliefLedger
import ReliefLog
import ReliefText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Reading and writing private key files.
///
/// A key file holds one line, the C2SP signed-note
/// private key `PRIVATE+KEY+<name>+<hash>+<base64>`, and must be readable by its owner only.
/// Nothing here ever prints key material.
enum KeyFiles {
  /// Largest key file accepted (a key line is about 100 bytes).
  static let fileSizeBytesMax: Int64 = 4096

  /// The signing key: `--key FILE` (or `--signer FILE`), else `$RELIEF_KEY`.
  static func signer(
    _ arguments: Arguments, _ context: Context, command: String, keyIsEntryField: Bool = false
  ) throws(CommandFailure) -> CommitSigner {
    let fromFlag = keyIsEntryField ? nil : arguments.values["key"]
    guard
      let path = arguments.values["signer"] ?? fromFlag ?? context.environment["RELIEF_KEY"]
    else {
      let flag = keyIsEntryField ? "--signer FILE" : "--key FILE"
      throw .usage(
        Text.current(.usageNeedsSigningKey, ["command": command, "flag": flag]), command: command)
    }
    return CommitSigner(try load(path))
  }

  /// Loads the private key in `path`, refusing files that others can read.
  static func load(_ path: String) throws(CommandFailure) -> NoteSignerKey {
    var status = stat()
    guard stat(path, &status) == 0 else {
      let error = SystemError(operation: "read key file", path: path, code: errno)
      throw CommandFailure(code: .environment, message: error.description)
    }
    let mode = status.st_mode & 0o777
    guard mode & 0o077 == 0 else {
      throw CommandFailure(
        code: .environment,
        message: Text.current(.keyFileReadable, ["path": path, "mode": octal(mode)]))
    }
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.readFile(path, sizeBytesMax: fileSizeBytesMax)
    } catch {
      throw CommandFailure(code: .environment, message: error.description)
    }
    var text = String(decoding: bytes, as: UTF8.self)
    while text.last == "\n" || text.last == "\r" { text.removeLast() }
    do {
      return try NoteSignerKey(parsing: text)
    } catch {
      // The error names the problem, never the key's bytes.
      throw CommandFailure(
        code: .environment,
        message: Text.current(.keyFileNoKey, ["path": path, "error": "\(error)"]))
    }
  }

  /// Writes a new private key file with mode 0600; never overwrites.
  static func write(_ key: NoteSignerKey, to path: String) throws(CommandFailure) {
    do {
      // A missing folder (`~/.relief` on a new machine) is made, private like the key.
      if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
        try PrivateDirectory.make(String(path[..<slash]))
      }
      try FileSystem.writeNewFile(path, bytes: Array((key.encoded + "\n").utf8), mode: 0o600)
    } catch {
      if error.code == EEXIST {
        throw CommandFailure(
          code: .environment, message: Text.current(.keyFileExists, ["path": path]))
      }
      throw CommandFailure(code: .environment, message: error.description)
    }
  }

  private static func octal(_ mode: mode_t) -> String {
    let digits = String(mode, radix: 8)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
