extension Catalogue {
  /// Why a journal line is not canonical JSON.
  static func canonicalDecoding(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .canonExpected: return ("expected {what}", "此处应为{what}")
    case .canonEndsBeforeExpected:
      return ("line ends where {what} was expected", "此处应为{what}，该行却结束了")
    case .canonOpeningBrace: return ("'{'", "左花括号“{”")
    case .canonColonAfterName: return ("':' after member name", "成员名之后的“:”")
    case .canonAtByte: return ("byte {byte}: {reason}", "第 {byte} 字节：{reason}")
    case .canonTrailingBytes: return ("unexpected bytes after the closing brace", "右花括号之后还有多余的字节")
    case .canonTooDeep: return ("objects nested too deeply", "对象嵌套层数过多")
    case .canonExpectedName: return ("expected a member name", "此处应为成员名")
    case .canonEndsInObject: return ("line ends inside an object", "对象尚未结束，该行就结束了")
    case .canonExpectedCommaOrBrace:
      return ("expected ',' or '}' (no whitespace is allowed)", "此处应为“,”或“}”（不允许空白）")
    case .canonEndsBeforeValue: return ("line ends where a value was expected", "此处应有一个值，该行却结束了")
    case .canonExpectedValue: return ("expected a string, an integer or an object", "此处应为字符串、整数或对象")
    case .canonExpectedDigit: return ("expected a digit", "此处应为数字")
    case .canonOnlyIntegers:
      return ("only integers are allowed (no fractions or exponents)", "只允许整数（不能有小数或指数）")
    case .canonControlEscape:
      return ("control character must be written as \\u00xx", "控制字符必须写成 \\u00xx")
    case .canonDelete: return ("control character U+007F is not allowed", "不允许控制字符 U+007F")
    case .canonControlNotAllowed:
      return ("control character {character} is not allowed", "不允许控制字符 {character}")
    case .canonEndsInEscape: return ("line ends inside an escape", "转义序列尚未结束，该行就结束了")
    case .canonNegativeZero: return ("-0 is not canonical", "-0 不是规范写法")
    case .canonLeadingZero: return ("integer has a leading zero", "整数有前导零")
    default: return ("", "")
    }
  }

  /// Why a line's header or a commit line is malformed.
  static func lineHeaders(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .canonTooBig: return ("integer does not fit in 64 bits", "整数超出 64 位")
    case .canonStringOpen: return ("string is not terminated", "字符串没有结束引号")
    case .canonStringUTF8: return ("string is not valid UTF-8", "字符串不是有效的 UTF-8")
    case .canonEscapeRange:
      return (
        "only \\u0000 to \\u001f (lowercase hex) may be escaped", "只有 \\u0000 至 \\u001f（小写十六进制）可以转义"
      )
    case .canonEscapeNotCanonical:
      return (
        "escape is not canonical (only \\\", \\\\ and \\u00xx)", "转义写法不规范（只允许 \\\"、\\\\ 和 \\u00xx）"
      )
    case .headerAfterKind: return ("expected ',' or '}' after kind", "kind 之后应为“,”或“}”")
    case .headerExpected: return ("expected {text} in the line header", "行首此处应为 {text}")
    case .headerPrev: return ("prev must be 64 lowercase hex digits", "prev 必须是 64 位小写十六进制数")
    case .headerKind: return ("kind must be lowercase letters", "kind 必须是小写字母")
    case .headerTooBig: return ("{name} does not fit in 64 bits", "{name} 超出 64 位")
    case .headerNotInteger: return ("{name} must be a non-negative integer", "{name} 必须是非负整数")
    case .headerLeadingZero: return ("{name} has a leading zero", "{name} 有前导零")
    case .commitEntriesZero: return ("entries must be at least 1", "entries 至少为 1")
    case .commitStrings:
      return ("maker, maker_sig, signer and sig are strings", "maker、maker_sig、signer 和 sig 必须是字符串")
    case .commitMembers:
      return (
        "commit line must have exactly the members {members} (or, made and checked, {makerMembers})",
        "提交行的成员必须恰为 {members}（经制单复核的为 {makerMembers}）"
      )
    default: return ("", "")
    }
  }
}
