import ReliefText

/// A command's `--help`, written from its definition in the current language.
enum HelpPage {
  /// Column where option descriptions start.
  static let optionColumn = 30

  /// The whole help of `command`.
  ///
  /// The options section is always there: a command without options of its own still
  /// takes the common ones, listed last.
  static func render(_ command: Command) -> String {
    let text = Text.current
    var out = usage(command) + "\n\n"
    out += text(command.about, command.values()) + "\n"
    out += "\n" + text(.helpOptions) + "\n"
    for option in command.options { out += line(option) }
    out += text(.helpCommonOptions) + "\n"
    if !command.examples.isEmpty {
      out += "\n" + text(.helpExamples) + "\n"
      for example in command.examples { out += "  " + example + "\n" }
    }
    return out + "\n"
  }

  /// `Usage: relief NAME SYNOPSIS [--option VALUE] …`, wrapped at 88 columns under the name.
  static func usage(_ command: Command) -> String {
    let lead = Text.current(.helpUsage, ["command": "relief " + command.name])
    let indent = String(repeating: " ", count: displayWidth(lead))
    var parts: [String] = []
    if let synopsis = command.synopsis { parts.append(synopsis.shown) }
    for option in command.options {
      let value = option.value.map { " " + $0.shown } ?? ""
      parts.append("[\(option.spelled)\(value)\(option.repeatable ? " …" : "")]")
    }
    var lines = [lead]
    for part in parts {
      if displayWidth(lines[lines.count - 1]) + 1 + displayWidth(part) > 88 {
        lines.append(indent)
      }
      lines[lines.count - 1] += " " + part
    }
    return lines.joined(separator: "\n")
  }

  /// One option: `  --name VALUE` padded to the column, then its description and its extra
  /// line (if any), whose further lines are indented to the same column.
  static func line(_ option: CommandOption) -> String {
    var head = "  " + option.spelled
    if let value = option.value { head += " " + value.shown }
    if option.repeatable { head += " …" }
    let pad = String(repeating: " ", count: optionColumn)
    var described = Text.current(option.help, option.values()).split(
      separator: "\n", omittingEmptySubsequences: false)
    if let extra = option.extra { described.append(Substring(extra())) }
    var out = head
    if displayWidth(head) + 1 > optionColumn {
      out += "\n" + pad
    } else {
      out += String(repeating: " ", count: optionColumn - displayWidth(head))
    }
    for (index, part) in described.enumerated() {
      out += (index == 0 ? "" : "\n" + pad) + part
    }
    return out + "\n"
  }
}
