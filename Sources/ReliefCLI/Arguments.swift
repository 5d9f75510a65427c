import ReliefText

/// A command's arguments split into positionals, valued options and flags, checked against
/// what the command accepts.
struct Arguments {
  var positionals: [String] = []
  var values: [String: String] = [:]
  var flags: Set<String> = []
  /// Every value of each repeatable option, in order.
  var lists: [String: [String]] = [:]

  /// Parses `arguments`.
  ///
  /// `valued` and `flagNames` are option names without dashes; an option may be written
  /// `--name value` or `--name=value`, and `-` and `_` are the same inside names. Options in
  /// `repeatable` may be given more than once: `lists` has all their values.
  static func parse(
    _ arguments: [String], command: String, valued: Set<String>, flagNames: Set<String>,
    repeatable: Set<String> = []
  ) throws(CommandFailure) -> Arguments {
    var result = Arguments()
    var index = 0
    var onlyPositionals = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyPositionals || !argument.hasPrefix("--") || argument == "-" {
        if argument.hasPrefix("-") && argument != "-" && !onlyPositionals {
          throw .usage(Text.current(.usageUnknownOption, ["option": argument]), command: command)
        }
        result.positionals.append(argument)
        continue
      }
      if argument == "--" {
        onlyPositionals = true
        continue
      }
      var name = String(argument.dropFirst(2))
      var inlineValue: String?
      if let equals = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      name = name.replacingOccurrences(of: "-", with: "_")
      if flagNames.contains(name) {
        if inlineValue != nil {
          throw .usage(Text.current(.usageTakesNoValue, ["name": name]), command: command)
        }
        result.flags.insert(name)
      } else if valued.contains(name) {
        let value: String
        if let inlineValue {
          value = inlineValue
        } else {
          guard index < arguments.count else {
            throw .usage(Text.current(.usageNeedsValue, ["name": name]), command: command)
          }
          value = arguments[index]
          index += 1
        }
        if repeatable.contains(name) {
          result.lists[name, default: []].append(value)
          if result.values[name] == nil { result.values[name] = value }
          continue
        }
        if result.values[name] != nil {
          throw .usage(Text.current(.usageGivenTwice, ["name": name]), command: command)
        }
        result.values[name] = value
      } else {
        throw .usage(Text.current(.usageUnknownOption, ["option": "--" + name]), command: command)
      }
    }
    return result
  }
}

extension String {
  /// `self` with every `target` replaced (no Foundation in this module's hot paths).
  func replacingOccurrences(of target: Character, with replacement: Character) -> String {
    String(map { $0 == target ? replacement : $0 })
  }
}
