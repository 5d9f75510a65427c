extension Catalogue {
  /// The help of `relief export`.
  static func helpExport(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .aboutExport:
      return (
        """
        Writes the committed entries for accounting tools, to standard output or FILE:
          ledger     ledger-cli and hledger journal: one transaction per money entry,
                     accounts Assets:Union:<union>:<program>, Income:Receipts:...,
                     Expenses:Refunds|Subsidies|Disbursements:..., amounts in CNY;
                     a reversal is its original's transaction with the signs flipped
          beancount  the same transactions with open directives; ids become account
                     components (first letter capitalized, '.' -> -D, '_' -> -U)
          csv        one row per entry: seq, date, kind, union, to, program, amount_yuan,
                     effect_yuan, counterparty, counterparty_id, category, headcount,
                     period, reverses, memo ...; public: counterparties, memos and
                     purposes as the disclosure site shows them, and no cell starts a
                     formula (docs/DISCLOSURE.md)

        Only lines that pass every check of 'relief verify' are exported (each confirmed
        again as it is read); for a ledger that does not verify nothing is written (exit 1),
        and FILE appears only whole.
        """,
        """
        把已提交的记录导出给会计软件使用，写到标准输出或文件：
          ledger     ledger-cli 和 hledger 日记账：每条资金记录一笔交易，科目为
                     Assets:Union:<工会>:<资金项目>、Income:Receipts:...、
                     Expenses:Refunds|Subsidies|Disbursements:...，金额单位为 CNY；
                     冲销记录为原交易的反向分录（金额正负号对调）
          beancount  同样的交易，并带 open 指令；编号转为科目名的组成部分
                     （首字母大写，'.' 写作 -D，'_' 写作 -U）
          csv        每条记录一行：seq、date、kind、union、to、program、amount_yuan、
                     effect_yuan、counterparty、counterparty_id、category、headcount、
                     period、reverses、memo 等；按公开口径：对方、备注和用途与公示
                     网站显示的相同，且没有单元格以公式开头（docs/DISCLOSURE.md）

        只导出通过 relief verify 全部核对的行（读取时逐行再次确认）；账本核对不通过时不写入
        任何内容（状态 1），文件也只会完整地出现。
        """
      )
    case .optionExportFormat:
      return ("required: ledger, beancount or csv (above)", "必填：ledger、beancount 或 csv（见上）")
    case .optionExportOut:
      return ("write FILE instead of standard output", "写入该文件，而不是标准输出")
    default: return ("", "")
    }
  }

  /// What `relief disclose` writes.
  static func helpDisclose(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .aboutDisclose:
      return (
        """
        Writes a static site (Chinese, works offline, amounts in yuan) into DIR, built
        beside it and swapped in whole (DIR must be new, empty or an earlier site):
        index.html with where each program's money came from and went, totals per program,
        every union with its subtree's totals, spending by category and the ledger head (seq
        and hash); unions/<id>.html per union (its own and its subtree's totals, months,
        largest outflows with their sources); data/*.csv (UTF-8 with BOM, Chinese headers,
        yuan) and data/*.json (fen) described by data/datapackage.json; and lookup.html,
        where a business enters its credit code and sees each entry naming it, proven in the
        browser against the signed checkpoint, with a receipt to download.

        When the ledger has a signed checkpoint (LEDGER/checkpoints/latest, which must verify
        with an administrator key and match the journal), the site carries it (checkpoint,
        checkpoint.txt) and the log up to it as tiles (tile/…, as 'relief publish' writes
        them), so the site is its own verifiable mirror; not with --redact (the log's lines
        cannot be redacted) or when a line would expose a person (the site is written
        without the log, and says why).

        Businesses appear with name and credit code; groups and organisations as written with
        any name in them masked; anyone else masked (张*丰); a memo only when it holds no ID,
        phone or card number however written, no name, and only words of the public
        vocabulary, otherwise it is withheld. Entries whose memo says SYNTHETIC are counted
        and marked as synthetic. POLICY is a text file of extra redactions, one per line:
          hide-counterparty|hide-memo|mask-business-names|hide-business-codes|mask-all-names
          followed by a union id or '*'  (see docs/DISCLOSURE.md)

        Only what passes every check of 'relief verify' is published: for a ledger that
        does not verify (exit 1) or ends in an unfinished batch (exit 3) nothing is written.
        """,
        """
        在目录中写出一个静态网站（中文，可离线浏览，金额单位为元），先在旁边生成，再整体
        换入（目录须为新建目录、空目录或以前生成的网站）：index.html 列出各资金项目的资金
        来源与去向、各项目合计、各工会及其下级的合计、按类别的支出，以及账本头（序号和
        哈希）；unions/<编号>.html 每个工会一页（本级及其下级的合计、各月情况、最大几笔
        流出及其来源）；data/*.csv（带 BOM 的 UTF-8、中文表头、单位为元）和 data/*.json
        （单位为分），由 data/datapackage.json 说明；以及 lookup.html：企业输入统一社会
        信用代码，即可看到写有该代码的每条记录，在浏览器中对照已签名的检查点验证，并可
        下载回执。

        账本有已签名的检查点时（账本目录/checkpoints/latest，须能用管理员公钥验证且与
        账本一致），网站会带上该检查点（checkpoint、checkpoint.txt）和截至该检查点的日志
        分片（tile/…，与 relief publish 写出的相同），网站本身即是可验证的镜像；加
        --redact 时不带（日志的行无法脱敏），有某行会暴露个人信息时也不带（网站照常写出，
        只是不含日志，并说明原因）。

        企业显示名称和统一社会信用代码；团体和组织按原文显示，其中出现的姓名脱敏；其他人
        一律脱敏（张*丰）；备注只有在不含任何写法的身份证号、电话号码或银行卡号，不含
        姓名，且只用公开词表中的词时才显示，否则不予公开。备注写有 SYNTHETIC 的记录照常
        计入，并标明为模拟数据。规则文件是额外脱敏规则的文本文件，每行一条：
          hide-counterparty|hide-memo|mask-business-names|hide-business-codes|mask-all-names
          后接工会编号或 '*'（见 docs/DISCLOSURE.md）

        只公开通过 relief verify 全部核对的内容：账本核对不通过（状态 1）或末尾有未完成
        的批次（状态 3）时，不写入任何内容。
        """
      )
    default: return ("", "")
    }
  }

  /// The options of `relief disclose`.
  static func helpDiscloseOptions(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .optionDiscloseOut:
      return ("write the site into DIR (required unless --preview)", "把网站写入该目录（不加 --preview 时必填）")
    case .optionPreview:
      return (
        """
        write nothing: list each distinct counterparty, memo
        and purpose as it would be published, and what is
        masked or withheld and why
        """,
        """
        不写入任何内容：逐一列出将要公开的各个对方、备注和
        用途的公开样子，以及哪些被脱敏或不予公开、原因为何
        """
      )
    case .optionRedact: return ("extra redactions (above)", "额外的脱敏规则（见上）")
    case .optionSources:
      return (
        """
        report titles and quotes for entries whose memo names
        a report (seeds:FIGURE REPORT.txt): a CSV key,title,quote
        (seeds/sources.csv)
        """,
        """
        备注中写明报告（seeds:FIGURE REPORT.txt）的记录所引
        报告的标题和引文：CSV 文件，列为 key,title,quote
        （seeds/sources.csv）
        """
      )
    default: return ("", "")
    }
  }
}
