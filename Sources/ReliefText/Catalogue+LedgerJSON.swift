extension Catalogue {
  /// The syntax of a JSON Lines file.
  static func ledgerJSON(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .jsonLineTooLong:
      return (
        "line is {size} bytes; the limit is {limit} bytes", "这一行有 {size} 字节，超过了上限 {limit} 字节"
      )
    case .jsonFoundEndOfLine:
      return ("{expected}, found the end of the line", "{expected}，但这一行已经结束了")
    case .jsonFoundOther:
      return ("{expected} at column {column}, found {found}", "第 {column} 列：{expected}，实际是 {found}")
    case .jsonNothing: return ("nothing", "空")
    case .jsonExpectedValue: return ("expected a value", "应当是一个值")
    case .jsonExpectedObject:
      return ("expected a JSON object starting with '{'", "应当是以 '{' 开头的 JSON 对象")
    case .jsonExpectedKey: return ("expected a quoted key", "应当是加了双引号的键名")
    case .jsonExpectedColon: return ("expected ':' after a key", "键名后应当是 ':'")
    case .jsonExpectedCommaOr: return ("expected ',' or {closing}", "应当是 ',' 或 {closing}")
    case .jsonStringNotClosed:
      return ("string starting at column {column} is never closed", "从第 {column} 列开始的字符串缺少后引号")
    case .jsonControlCharacter:
      return (
        "control character {character} in a string at column {column}; write it as an escape "
          + "such as \\n",
        "第 {column} 列的字符串里有控制字符 {character}：请写成 \\n 这样的转义"
      )
    case .jsonKeyTooLong:
      return ("key is {size} bytes; the limit is {limit} bytes", "键名有 {size} 字节，超过了上限 {limit} 字节")
    case .jsonBadEscape:
      return (
        "invalid escape: backslash before {character} at column {column}",
        "第 {column} 列的转义无效：反斜杠后面是 {character}"
      )
    case .jsonBadUnicodeEscape:
      return (
        "invalid escape at column {column}: \\u must be followed by four hexadecimal digits",
        "第 {column} 列的转义无效：\\u 后面须跟四位十六进制数字"
      )
    case .jsonNulEscape:
      return ("\\u0000 (NUL) at column {column} is not allowed", "第 {column} 列的 \\u0000（空字符）不允许出现")
    case .jsonLoneSurrogate:
      return (
        "lone surrogate \\u{unit} at column {column}; a character above U+FFFF needs a high "
          + "and a low surrogate, e.g. \\uD83D\\uDE00",
        "第 {column} 列的 \\u{unit} 是落单的代理项：U+FFFF 以上的字符要由高、低两个代理项组成，"
          + "例如 \\uD83D\\uDE00"
      )
    default: return ledgerJSONValues(id)
    }
  }

  /// The values and keys of a JSON Lines object.
  private static func ledgerJSONValues(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .jsonBadNumber:
      return (
        "invalid JSON number '{number}' at column {column}", "第 {column} 列的 JSON 数字“{number}”写法不对"
      )
    case .jsonTooDeep:
      return (
        "arrays and objects nested more than {depth} deep at column {column}",
        "第 {column} 列处数组和对象嵌套超过了 {depth} 层"
      )
    case .jsonTrailingComma:
      return ("trailing comma before '}' at column {column}", "第 {column} 列的 '}' 前面多了一个逗号")
    case .jsonTextAfterObject:
      return (
        "unexpected text after the JSON object at column {column}", "第 {column} 列：JSON 对象结束后还有多余的内容"
      )
    case .jsonMissingKey: return ("missing required key '{key}'", "缺少必须有的键“{key}”")
    case .jsonDuplicateKey: return ("duplicate key", "键名重复了")
    case .jsonUnknownKey: return ("unknown key; known keys: {known}", "不认识的键名；能用的键有：{known}")
    case .jsonAString: return ("a string", "字符串")
    case .jsonAStringOrInteger: return ("a string or an integer", "字符串或整数")
    case .jsonNotBoolean:
      return ("{key} must be {expected}, not a JSON boolean", "{key} 应当是{expected}，不能是 JSON 布尔值")
    case .jsonNotArray:
      return ("{key} must be {expected}, not a JSON array", "{key} 应当是{expected}，不能是 JSON 数组")
    case .jsonNotObject:
      return ("{key} must be {expected}, not a JSON object", "{key} 应当是{expected}，不能是 JSON 对象")
    case .jsonFractionOrExponent: return ("a fraction or exponent", "小数或指数")
    case .jsonMustBeInteger:
      return ("{key} must be an integer, not {text}", "{key} 应当是整数，不能是 {text}")
    case .jsonStringNotNumber:
      return ("{key} must be a string, not a JSON number", "{key} 应当是字符串（加双引号），不能是 JSON 数字")
    case .jsonStringLikeNotNumber:
      return (
        "{key} must be a string like \"{text}\", not a JSON number",
        "{key} 应当是字符串，写成 \"{text}\"，不能是 JSON 数字"
      )
    default: return ("", "")
    }
  }
}
