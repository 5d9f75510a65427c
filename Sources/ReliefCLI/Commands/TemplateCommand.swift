import Glibc
import ReliefLedger
import ReliefLog
import ReliefText

/// `relief template KIND --out FILE`: writes a sheet for `relief import` with the Chinese
/// headers of KIND's fields and one example row.
enum TemplateCommand {
  static let command = Command(
    name: "template", summary: .summaryTemplate, synopsis: .word(.placeholderKind),
    about: .aboutTemplate,
    options: [
      .valued("out", .file, .optionTemplateOut),
      .valued("encoding", .literal("utf8|gb18030"), .optionTemplateEncoding),
    ],
    examples: [
      "relief template refund --out 返还.csv",
      "relief template receipt --out receipts.csv --encoding gb18030",
    ],
    values: { ["kinds": HelpList.kinds(EntryTemplate.kinds)] },
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    let known = EntryTemplate.kinds.map(\.rawValue).joined(separator: ", ")
    guard arguments.positionals.count == 1, let name = arguments.positionals.first else {
      throw .usage(Text.current(.usageTemplateKind, ["kinds": known]), command: "template")
    }
    guard let kind = EntryKind(inputName: name), EntryTemplate.kinds.contains(kind) else {
      throw .usage(
        Text.current(.usageTemplateUnknownKind, ["kind": name, "kinds": known]), command: "template"
      )
    }
    guard let path = arguments.values["out"], !path.isEmpty else {
      throw .usage(Text.current(.usageTemplateOut), command: "template")
    }
    let encoding: TextEncoding
    switch arguments.values["encoding"]?.lowercased() {
    case nil, "utf8", "utf-8": encoding = .utf8
    case "gb18030": encoding = .gb18030
    case let other?:
      throw .usage(Text.current(.usageTemplateEncoding, ["value": other]), command: "template")
    }
    guard let bytes = EntryTemplate.bytes(for: kind, encoding: encoding) else {
      throw CommandFailure(
        code: .environment,
        message: Text.current(.templateNoGB18030))
    }
    try write(bytes, to: path)
    let values = ["path": path, "kind": kind.shownName]
    context.console.out(Text.current(.templateWrote, values) + "\n")
    return .success
  }

  /// Writes `bytes` to a temporary file beside `path` and links it to `path`, which fails
  /// if `path` exists: unlike a rename, nothing there is ever replaced.
  private static func write(_ bytes: [UInt8], to path: String) throws(CommandFailure) {
    if FileSystem.exists(path) {
      throw CommandFailure(
        code: .environment,
        message: Text.current(.templateExists, ["path": path]))
    }
    let temporary = path + ".tmp-\(getpid())"
    do throws(SystemError) {
      unlink(temporary)
      try FileSystem.writeNewFile(temporary, bytes: bytes)
      defer { unlink(temporary) }
      guard link(temporary, path) == 0 else {
        throw SystemError(operation: "link", path: path, code: errno)
      }
      try FileSystem.syncDirectory(containing: path)
    } catch {
      if error.code == EEXIST {
        throw CommandFailure(
          code: .environment,
          message: Text.current(.templateExists, ["path": path]))
      }
      throw CommandFailure(
        code: .environment,
        message: Text.current(.templateCannotWrite, ["path": path, "error": "\(error)"]))
    }
  }
}
