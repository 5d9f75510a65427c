extension Catalogue {
  /// The help of the commands that create a ledger and put entries into it.
  static func helpSetup(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .aboutInit:
      return (
        """
        Creates DIR (default ./ledger) with a journal holding the genesis entry, signed by
        the administrator's key (--key). The origin names the ledger in its checkpoints;
        it is fixed here and never changes.
        """,
        """
        创建账本目录（默认 ./ledger），写入由管理员私钥（--key）签名的创始记录。
        来源名（origin）是账本在检查点中的名字，在此确定，以后不能更改。
        """
      )
    case .optionOrigin:
      return (
        "printable ASCII, no spaces (default: relief.local/ledger)",
        "可打印 ASCII 字符，不含空格（默认：relief.local/ledger）"
      )
    case .aboutImport:
      return (
        """
        Appends every row of FILE as one batch: all rows are checked against the ledger
        first and, if any row is wrong, nothing is written and every problem is listed
        (file, line, field, reason). Rows whose request_id is already in the ledger with
        the same content are skipped, so re-running an import is safe. A row without a
        request_id is given one made from the entry it records ('row:' and 16 hex digits
        of its SHA-256, kept in the journal; see docs/FORMAT.md): importing the same sheet
        again skips it too, and prints one line when nothing in FILE is new. Two rows of
        FILE with the same request_id, or the same content and none, are refused, naming
        both lines.

        The format follows the extension (.csv, .jsonl, .ndjson) unless --format is given.
        A CSV sheet has a header row of field names, in English or Chinese (see 'relief
        append --help' and 'relief template'); it may be UTF-8 (with or without BOM) or
        GB18030, detected unless --encoding is given. In JSON Lines each line is an
        object; amounts are strings such as "12.50", never JSON numbers.

        A batch moving more than a union's review threshold in its subtree needs --stage.
        """,
        """
        把文件中的每一行作为一批记入账本：先逐行核对，只要有一行有误，就不写入任何内容，
        并列出全部问题（文件、行号、列、原因）。请求号（request_id）已在账本中且内容相同
        的行会被跳过，因此重复导入是安全的。没有请求号的行，按其记录内容生成一个（“row:”
        加其 SHA-256 的 16 位十六进制，记入账本；见 docs/FORMAT.md），同一张表再次导入时
        也会被跳过；文件中没有新内容时只输出一行。文件中两行请求号相同，或内容相同且都
        没有请求号，会被拒绝，并指出这两行。

        格式按扩展名（.csv、.jsonl、.ndjson）判断，也可用 --format 指定。CSV 表的第一行
        是列名，中文或英文均可（见 relief append --help 和 relief template）；编码可以是
        UTF-8（带或不带 BOM）或 GB18030，自动识别，也可用 --encoding 指定。JSON Lines
        每行一个对象，金额写成字符串，如 "12.50"，不能写成 JSON 数字。

        一批记录在某工会及其下级中动用的金额超过该工会的复核限额时，须用 --stage 提交审批。
        """
      )
    case .optionFormat:
      return (
        "csv or jsonl (default: from the file's extension)", "csv 或 jsonl（默认按文件扩展名判断）"
      )
    case .optionEncoding:
      return (
        "utf-8 or gb18030 (default: detected)", "utf-8 或 gb18030（默认自动识别）"
      )
    default: return ("", "")
    }
  }
}
