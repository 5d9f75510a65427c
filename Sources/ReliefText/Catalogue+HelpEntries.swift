extension Catalogue {
  /// The help of `relief append`.
  static func helpAppend(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .aboutAppend:
      return (
        """
        Appends one entry and commits it. KIND is one of:
        {kinds}.
        review.threshold and the goods kinds may also be written with a hyphen
        (review-threshold, goods-receipt, goods-distribution, goods-allocation).

        With --stage nothing is committed: the entry is checked, signed by your key as its
        maker and left as a proposal in LEDGER/proposals/ID (ID printed alone on the first
        line) for a reviewer to 'relief approve'. A batch moving more than a union's review
        threshold in its subtree needs --stage.

        Each option below is a field of the entry: the same names are the CSV columns and
        JSON Lines keys of 'relief import'.
        """,
        """
        追加一条记录并提交。类型为下列之一（括号内的中文名称也可使用）：
        {kinds}。
        review.threshold 和物资类类型也可用连字符书写
        （review-threshold、goods-receipt、goods-distribution、goods-allocation）。

        加 --stage 时不提交：记录经核对后，由您的私钥以制单人身份签名，作为提案存入
        账本目录下的 proposals/编号（第一行单独输出编号），由复核人用 relief approve
        审批提交。一批记录在某工会及其下级中动用的金额超过该工会的复核限额时，须加 --stage。

        下列选项即记录的各字段：同样的名称也是 relief import 所读 CSV 表的列名和
        JSON Lines 的键名。
        """
      )
    default: return ("", "")
    }
  }

  /// The help of `relief close` and `relief template`.
  static func helpCloseTemplate(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .aboutClose:
      return (
        """
        Appends a 'close' entry closing every month up to and including PERIOD (YYYY-MM),
        signed by an administrator's key. Afterwards every entry dated in a closed month is
        refused, by appends, imports and 'relief verify' alike (code period-closed): correct
        a closed month with a reversal dated in an open one. Closing is cumulative and only
        goes forward: a PERIOD at or before the last close is refused
        (period-already-closed), and so is a month after the close's own date
        (close-after-its-date). The date defaults to today.
        """,
        """
        追加一条结账（close）记录，把截至所给月份（YYYY-MM，含该月）的各月全部结账，
        由管理员私钥签名。此后凡业务日期落在已结账月份的记录，追加、导入和 relief verify
        一律拒绝（代码 period-closed）：已结账月份的差错，须用日期在未结账月份的冲销记录
        更正。结账逐次累积，只能向后推进：月份不晚于上次结账的会被拒绝
        （period-already-closed），晚于结账记录本身日期的月份也会被拒绝
        （close-after-its-date）。结账日期默认为当天。
        """
      )
    case .optionAdminKey:
      return (
        "an administrator's private key file\n(default: $RELIEF_KEY)",
        "管理员的私钥文件\n（默认：$RELIEF_KEY）"
      )
    case .optionCloseDate:
      return ("the close entry's date (default: today)", "结账记录的日期（默认为当天）")
    case .aboutTemplate:
      return (
        """
        Writes FILE, a CSV sheet for 'relief import': the Chinese column headers of the
        fields KIND takes (see 'relief append --help' for every field and its other names)
        and one example row, which imports as it is into a ledger holding the unions,
        programs and entries it names. Replace the example with your rows; a row may leave
        request_id (请求号) empty, see 'relief import --help'.

        KIND is one of:
        {kinds}

        The sheet is UTF-8 with a byte-order mark, which Excel reads as UTF-8; with
        --encoding gb18030 it is GB18030, as Excel on Chinese Windows saves. FILE must not
        exist: it is never overwritten, and appears whole or not at all.
        """,
        """
        写出供 relief import 使用的 CSV 表格：表头是该类型记录所用字段的中文列名（各字段
        及其他写法见 relief append --help），并附一行示例。账本中已有示例涉及的工会、资金
        项目和记录时，这行示例可原样导入。把示例换成您的数据即可；请求号（request_id）
        一列可以留空，见 relief import --help。

        类型为下列之一：
        {kinds}

        表格为带 BOM 的 UTF-8 编码，Excel 能按 UTF-8 正确打开；加 --encoding gb18030 则为
        GB18030 编码，与中文版 Windows 上 Excel 保存的格式相同。文件不得已经存在：绝不覆盖
        已有文件，且要么完整写出，要么根本不出现。
        """
      )
    case .optionTemplateOut:
      return ("the sheet to write (required; must not exist)", "要写出的表格文件（必填；不得已经存在）")
    case .optionTemplateEncoding:
      return ("utf8 (default, with BOM) or gb18030", "utf8（默认，带 BOM）或 gb18030")
    default: return ("", "")
    }
  }
}
