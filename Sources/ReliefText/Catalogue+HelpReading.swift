extension Catalogue {
  /// The help of `relief balances`.
  static func helpBalances(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .aboutBalances:
      return (
        """
        Prints, per union and program, what was received, allocated in and out, refunded,
        subsidized and disbursed, and the balance, then what commitments promise, what is
        paid against them and what remains (commitments move no money: the balance does
        not count them), all net of reversals, in yuan. Only committed batches count.
        Then goods in kind, per union, program, item and unit: received, allocated in and
        out, distributed and in stock (goods move no money; their valuation is informational).
        """,
        """
        按工会和资金项目列出收入、上级拨入、下拨、返还经费、补贴、支出和结余，再列出承诺
        金额、已兑现金额和未兑现金额（承诺不动用资金，不计入结余），均为冲销后的净额，单位
        为元。只计已提交的批次。然后按工会、资金项目、物资名称和单位列出实物物资：收到、
        上级拨入、下拨、发放和库存（物资不动用资金，其折合金额仅供参考）。
        """
      )
    case .optionTree:
      return (
        """
        each union's row sums its whole subtree (the union and
        all below), indented under its parent; the table shows
        allocations as one net column (in from outside the
        subtree, less out to outside), while --json and --csv
        keep the sums of allocated in and out
        """,
        """
        每个工会一行，汇总本级及全部下级，缩进列在上级之下；
        表格把拨款合为一列净额（从本级及下级之外拨入的，减去
        下拨到其外的），--json 和 --csv 仍分列拨入、下拨合计
        """
      )
    case .optionUnionFilter: return ("only this union's rows", "只列该工会的行")
    case .optionProgramFilter: return ("only this program's rows", "只列该资金项目的行")
    case .optionBalancesJSON:
      return (
        """
        one object: head (seq, hash); balances, one per union
        and program (union, program, received_fen …
        balance_fen, committed_fen, committed_paid_fen,
        committed_remaining_fen); goods (union, program, item,
        unit, received, allocated_in, allocated_out,
        distributed, in_stock; quantities in unit; value_fen,
        the valuations stated on receipts, only when some
        receipt states one)
        """,
        """
        输出一个 JSON 对象：head（seq、hash）；balances，每个
        工会和资金项目一项（union、program、received_fen …
        balance_fen、committed_fen、committed_paid_fen、
        committed_remaining_fen）；goods（union、program、
        item、unit、received、allocated_in、allocated_out、
        distributed、in_stock，数量以该单位计；value_fen 为
        物资收入记录载明的折合金额，仅在有记录载明时输出）
        """
      )
    case .optionBalancesCSV:
      return ("the money rows as CSV, amounts in fen", "以 CSV 输出资金各行，金额单位为分")
    default: return ("", "")
    }
  }

  /// The help of `relief log` and `relief recover`.
  static func helpLogRecover(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .aboutLog:
      return (
        """
        Lists committed entries in journal order: seq, business date, kind, unions,
        program, amount in yuan and details. --union matches the acting union and the
        receiving union of allocations; --from and --to bound the business date
        (inclusive). With --json each entry is printed as its journal line, byte for byte.
        """,
        """
        按账本顺序列出已提交的记录：序号、业务日期、类型、工会、资金项目、金额（元）和
        详情。--union 既匹配经办工会，也匹配下拨的接收工会；--from 和 --to 限定业务日期
        范围（含起止日）。加 --json 时，每条记录按其在账本中的原行逐字节输出。
        """
      )
    case .optionLogUnion:
      return ("entries of this union (above)", "只列该工会的记录（见上）")
    case .optionLogKind: return ("entries of this kind", "只列该类型的记录")
    case .optionLogFrom: return ("from this business date (inclusive)", "业务日期从此日起（含当日）")
    case .optionLogTo: return ("up to this business date (inclusive)", "业务日期至此日止（含当日）")
    case .optionLogJSON: return ("each entry as its journal line", "每条记录按账本原行输出")
    case .aboutRecover:
      return (
        """
        If the journal ends with an unfinished batch (a crash during an append: the last
        line cut short, or entries without their commit line), cuts the journal back to the
        end of the last commit line and keeps the cut bytes in DIR/torn/. A batch that was
        committed is never touched, and nothing is done unless verification finds exactly a
        torn tail: a ledger with damage in committed lines is left as it is (exit 1).
        """,
        """
        账本末尾有未完成的批次时（追加中途崩溃：最后一行不完整，或有记录而缺提交行），
        把账本截回到最后一个提交行的末尾，截下的字节保存在 账本目录/torn/ 中。已提交的
        批次绝不改动；只有核对发现的恰好是末尾残缺时才处理：已提交的行有损坏的账本保持
        原样（状态 1）。
        """
      )
    default: return ("", "")
    }
  }
}
