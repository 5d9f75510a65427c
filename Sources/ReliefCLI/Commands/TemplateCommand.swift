import Glibc
import ReliefLedger
import ReliefLog
import ReliefText

/// `relief template KIND --out FILE`: writes a sheet for `relief import` with the Chinese
/// headers of KIND's fields and one example row.
enum TemplateCommand {
  static let command = Command(
    name: "template", summary: .summaryTemplate,
    help: """
      Usage: relief template KIND --out FILE [--encoding utf8|gb18030]

      Writes FILE, a CSV sheet for 'relief import': the Chinese column headers of the
      fields KIND takes (see 'relief append --help' for every field and its other names)
      and one example row, which imports as it is into a ledger holding the unions,
      programs and entries it names. Replace the example with your rows; a row may leave
      request_id (请求号) empty, see 'relief import --help'.

      KIND is one of:
      \(kindList)

      The sheet is UTF-8 with a byte-order mark, which Excel reads as UTF-8; with
      --encoding gb18030 it is GB18030, as Excel on Chinese Windows saves. FILE must not
      exist: it is never overwritten, and appears whole or not at all.

      Example:
        relief template refund --out 返还.csv
        relief template receipt --out receipts.csv --encoding gb18030

      """,
    valued: ["out", "encoding"], flagNames: [], run: run)

  /// The kinds, wrapped at 80 columns for the help.
  private static let kindList: String = {
    var lines: [String] = []
    var line = ""
    for name in EntryTemplate.kinds.map(\.rawValue) {
      let piece = line.isEmpty ? name : line + ", " + name
      if piece.count > 78, !line.isEmpty {
        lines.append(line + ",")
        line = name
      } else {
        line = piece
      }
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }()

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
