extension Catalogue {
  /// Reading an import file: its size, its encoding and its rows.
  static func ledgerReading(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .readFileTooLarge:
      return (
        "file is {size} bytes; the limit is {limit} bytes — split it into smaller batches",
        "文件有 {size} 字节，超过了上限 {limit} 字节：请拆成几批分别导入"
      )
    case .readTooManyRows:
      return (
        "more than {count} rows; split the file into smaller batches",
        "超过 {count} 行：请把文件拆成几批分别导入"
      )
    case .readValueTooLong:
      return (
        "value is {size} bytes; the limit is {limit} bytes", "内容有 {size} 字节，超过了上限 {limit} 字节"
      )
    case .readNotText: return ("the file is not text", "这个文件不是文本文件")
    case .issuesOmittedOne: return ("… and {count} more issue", "……另有 {count} 个问题未列出")
    case .issuesOmittedMany: return ("… and {count} more issues", "……另有 {count} 个问题未列出")
    case .textGB18030NotForJSONLines:
      return (
        "GB18030 does not apply to JSON Lines, which is always UTF-8",
        "JSON Lines 文件一律用 UTF-8 编码，不能指定 GB18030"
      )
    case .textAdviceJSONLinesUTF8:
      return ("JSON Lines files must be UTF-8", "JSON Lines 文件必须用 UTF-8 编码")
    case .textAdviceTryGB18030:
      return (
        "if the file was saved as GB18030, pass --encoding gb18030",
        "如果文件是按 GB18030（GBK）编码保存的，请加上 --encoding gb18030"
      )
    case .textAdviceNotGB18030Either:
      return (
        "it is not GB18030 either; save it as UTF-8, or pass --encoding gb18030 to see where "
          + "it stops being GB18030",
        "它也不是 GB18030（GBK）编码：请在表格软件中另存为 UTF-8 编码的 CSV，"
          + "或加上 --encoding gb18030 查看从哪里开始不是 GB18030"
      )
    case .textNulByte:
      return (
        "NUL byte at byte offset {offset}; text files contain none (was it saved as UTF-16?)",
        "第 {offset} 字节处（从 0 数起）有空字符（NUL），文本文件里不会有；是不是存成了 UTF-16？"
      )
    case .textInvalidUTF8:
      return (
        "invalid UTF-8 at byte offset {offset} (bytes {bytes}); {advice}",
        "第 {offset} 字节处（从 0 数起）不是有效的 UTF-8（字节 {bytes}）：{advice}"
      )
    case .textGB18030ConversionInvalid:
      return ("GB18030 conversion produced invalid UTF-8", "GB18030 转换后得到的不是有效的 UTF-8")
    case .textInvalidGB18030:
      return (
        "not valid GB18030 at byte offset {offset} (bytes {bytes})",
        "第 {offset} 字节处（从 0 数起）不是有效的 GB18030（字节 {bytes}）"
      )
    case .textTruncatedGB18030:
      return (
        "the file ends inside a GB18030 character that starts at byte offset {offset}",
        "文件在一个 GB18030 字符的中间结束了（该字符从第 {offset} 字节开始，从 0 数起）"
      )
    case .textNoGB18030Converter:
      return (
        "this system's C library cannot convert GB18030 (iconv)", "本机的 C 库（iconv）不能转换 GB18030 编码"
      )
    default: return ledgerCSV(id)
    }
  }

  /// The syntax and the columns of a CSV file.
  private static func ledgerCSV(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .csvQuoteInUnquotedCell:
      return (
        "quote (\") inside an unquoted cell; quote the whole cell and double the quotes "
          + "inside it (\"\")",
        "没加引号的单元格里出现了引号（\"）：请给整个单元格加上引号，并把其中的每个引号写两遍（\"\"）"
      )
    case .csvTextAfterClosingQuote:
      return (
        "text after the closing quote; a quoted cell must end at its closing quote",
        "后引号之后还有文字：加了引号的单元格必须在后引号处结束"
      )
    case .csvUnclosedQuote:
      return ("quote opened here is never closed", "这里开始的引号一直没有闭合（缺少后引号）")
    case .csvBareCarriageReturn:
      return (
        "carriage return (CR) without a line feed; lines must end with LF or CRLF",
        "有回车符（CR）而没有换行符：每行须以 LF 或 CRLF 结尾"
      )
    case .csvFileEmpty:
      return ("file is empty; the first line must name the columns", "文件是空的：第一行应当是列名（表头）")
    case .csvHeaderTooWide:
      return ("header has {count} columns; the limit is {limit}", "表头有 {count} 列，超过了上限 {limit} 列")
    case .csvColumnNameTooLong:
      return (
        "column {column} name is {size} bytes; the limit is {limit} bytes",
        "第 {column} 列的列名有 {size} 字节，超过了上限 {limit} 字节"
      )
    case .csvColumnWithoutName: return ("column {column} has no name", "第 {column} 列没有列名")
    case .csvDuplicateColumn:
      return (
        "duplicate column '{name}' (columns {first} and {column})",
        "列“{name}”重复了（第 {first} 列和第 {column} 列）"
      )
    case .csvDuplicateColumnAlias:
      return (
        "duplicate column '{name}' ({field}) (columns {first} and {column})",
        "列“{name}”（{field}）重复了（第 {first} 列和第 {column} 列）"
      )
    case .csvUnknownColumn:
      return (
        "unknown column '{name}'; known columns: {known}",
        "不认识的列“{name}”；能用的列有：{known}"
      )
    case .csvUnknownColumnOrChinese:
      return (
        "unknown column '{name}'; known columns: {known}",
        "不认识的列“{name}”；能用的列有：{known}，也可以用 relief template 生成的表格中的中文列名"
      )
    case .csvMissingColumn:
      return ("missing required column '{field}'", "缺少必须有的列“{field}”")
    case .csvCellCountOne:
      return ("record has {count} cell, header has {header}", "这一行有 {count} 个单元格，而表头有 {header} 列")
    case .csvCellCountMany:
      return ("record has {count} cells, header has {header}", "这一行有 {count} 个单元格，而表头有 {header} 列")
    default: return ("", "")
    }
  }
}
