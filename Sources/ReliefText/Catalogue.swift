/// The one catalogue: each message in English and in Simplified Chinese.
///
/// Templates hold `{name}` placeholders. The Chinese is written as union accountants say
/// it (上级拨入, 下拨, 返还, 冲销, 结余), not word for word.
public enum Catalogue {
  /// The two templates of `id`.
  public static func template(_ id: MessageID) -> (en: String, zh: String) {
    // Every id is routed to its area here (the switch is exhaustive); an area returns
    // empty templates for an id it does not hold, which the catalogue test refuses.
    switch id {
    case .unknownCommand, .overviewHead, .overviewTail: return command(id)
    case .summaryAppend, .summaryApprove, .summaryBalances, .summaryCheckProof, .summaryCheckpoint,
      .summaryClose, .summaryDisclose, .summaryExport, .summaryImport, .summaryInit, .summaryKeys,
      .summaryLog, .summaryMonitor, .summaryNote, .summaryProve, .summaryPublish, .summaryRecover,
      .summaryReview, .summaryRoster, .summaryTemplate, .summaryVerify, .summaryWitness:
      return summaries(id)
    case .issueField, .fieldRequired, .fieldRequiredForKind, .fieldNotForKind, .notMoreThanZero,
      .notWholeNumber, .notOneOf:
      return input(id)
    case .dateMalformed, .dateYearOutOfRange, .dateMonthOutOfRange, .dateNotInCalendar,
      .periodMalformedMonth, .periodMalformed, .periodYearOutOfRange, .periodMonthOutOfRange,
      .periodEndBeforeStart, .creditCodeLength, .creditCodeCharacter, .creditCodeCheck,
      .creditHintConfusable, .creditHintUppercase, .creditHintSpace, .creditHintAlphabet:
      return values(id)
    case .verifySummary, .verifyHead, .verifyHeadNone, .verifyValid, .verifyTorn,
      .verifyTornDefault, .verifyTornCommittedValid, .verifyTornRecover, .verifyInvalid,
      .verifyInvalidSeq, .verifyInvalidDetails, .verifyInvalidHint, .verifySelfConsistency,
      .verifyNothingCommitted, .ledgerMissing, .unionNotRegistered, .programNotRegistered:
      return verifying(id)
    case .logSeq, .logDate, .logKind, .logUnion, .logProgram, .logAmount, .logDetails,
      .logFrom, .logTo, .logReverses, .logPaysCommitment, .publishDone:
      return listing(id)
    case .discloseWrote, .discloseLogCarried, .discloseNoCheckpoint, .discloseNoLogRedact,
      .discloseNoLogPerson:
      return disclosing(id)
    case .ruleUnknownUnion, .ruleUnknownProgram, .ruleBalanceNegative, .ruleRefundExceedsDues,
      .ruleRefundOverlap, .ruleDateInFuture:
      return rules(id)
    case .seqOne, .seqRange, .appendedOne, .appendedMany, .appendedNothing, .skippedDuplicateLine,
      .importNothingNewOne, .importNothingNewAll, .importSkippedOne, .importSkippedMany,
      .nothingWrittenOneProblem, .nothingWrittenProblems:
      return appending(id)
    case .columnUnion, .columnUnionWithBelow, .columnProgram, .columnReceived, .columnAllocatedIn,
      .columnAllocatedNet, .columnAllocatedOut, .columnRefunded, .columnSubsidized,
      .columnDisbursed, .columnBalance, .columnCommitted, .columnCommittedPaid,
      .columnCommittedRemaining, .balancesFooter, .balancesTreeFooter:
      return balances(id)
    }
  }

  private static func command(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .unknownCommand:
      return (
        "unknown command '{command}'\nrun 'relief --help' for the commands",
        "没有“{command}”这个命令\n运行 relief --help 查看全部命令"
      )
    case .overviewHead:
      return (
        "relief: a tamper-evident ledger for union relief funds\n\n"
          + "Usage: relief COMMAND [options]   (relief COMMAND --help for details)\n\nCommands:",
        "relief：工会救助资金防篡改账本\n\n"
          + "用法：relief 命令 [选项]   （relief 命令 --help 查看详细说明）\n\n命令："
      )
    case .overviewTail: return overviewTail
    default: return ("", "")
    }
  }

  private static func appending(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .seqOne: return ("seq {seq}", "序号 {seq}")
    case .seqRange: return ("seqs {first}–{last}", "序号 {first}–{last}")
    case .appendedOne:
      return (
        "appended 1 entry as {seqs}, committed by seq {commit}", "已记入 1 笔（{seqs}），由序号 {commit} 提交"
      )
    case .appendedMany:
      return (
        "appended {count} entries as {seqs}, committed by seq {commit}",
        "已记入 {count} 笔（{seqs}），由序号 {commit} 提交"
      )
    case .appendedNothing: return ("appended nothing", "没有记入任何内容")
    case .skippedDuplicateLine:
      return (
        "line {line}: request_id '{id}' is already seq {seq}; skipped",
        "第 {line} 行：请求号“{id}”已是序号 {seq}，跳过"
      )
    case .importNothingNewOne:
      return (
        "nothing new: the one row of {file} is already in the ledger ({seqs})",
        "没有新内容：{file} 仅有的一行已记入账本（{seqs}）"
      )
    case .importNothingNewAll:
      return (
        "nothing new: all {count} rows of {file} are already in the ledger ({seqs})",
        "没有新内容：{file} 的全部 {count} 行都已记入账本（{seqs}）"
      )
    case .importSkippedOne:
      return (
        "skipped 1 row already in the ledger ({seqs})", "跳过 1 行已记入账本的记录（{seqs}）"
      )
    case .importSkippedMany:
      return (
        "skipped {count} rows already in the ledger ({seqs})",
        "跳过 {count} 行已记入账本的记录（{seqs}）"
      )
    case .nothingWrittenOneProblem:
      return ("nothing was written: 1 problem in the input", "没有写入任何内容：输入中有 1 处问题")
    case .nothingWrittenProblems:
      return (
        "nothing was written: {count} problems in the input", "没有写入任何内容：输入中有 {count} 处问题"
      )
    default: return ("", "")
    }
  }

  private static func balances(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .columnUnion: return ("union", "工会")
    case .columnUnionWithBelow: return ("union (with all below it)", "工会（含下级）")
    case .columnProgram: return ("program", "资金项目")
    case .columnReceived: return ("received", "收入")
    case .columnAllocatedIn: return ("allocated in", "上级拨入")
    case .columnAllocatedNet: return ("allocated in, net", "净拨入")
    case .columnAllocatedOut: return ("allocated out", "下拨下级")
    case .columnRefunded: return ("refunded", "返还经费")
    case .columnSubsidized: return ("subsidized", "补贴")
    case .columnDisbursed: return ("disbursed", "支出")
    case .columnBalance: return ("balance", "结余")
    case .columnCommitted: return ("committed", "承诺金额")
    case .columnCommittedPaid: return ("paid (committed)", "已按承诺支付")
    case .columnCommittedRemaining: return ("remaining", "承诺未付")
    case .balancesFooter:
      return ("(yuan; head seq {seq}, hash {hash})", "（单位：元；账本截至序号 {seq}，哈希 {hash}）")
    case .balancesTreeFooter:
      return (
        "(yuan; each union's rows sum it and every union below it; head seq {seq}, hash {hash})",
        "（单位：元；每个工会的行为本级与全部下级之和，净拨入为从本系统以外拨入减去拨出；"
          + "账本截至序号 {seq}，哈希 {hash}）"
      )
    default: return ("", "")
    }
  }

  private static let overviewTail = (
    en: """
    Options for every command:
      --ledger DIR   the ledger directory (default: $RELIEF_LEDGER, else ./ledger)
      --lang zh|en   the language of messages (default: $RELIEF_LANG, else the locale:
                     LC_ALL, LC_MESSAGES, LANG; zh_* is Chinese)
      --state DIR    your own state directory (default: $XDG_STATE_HOME/relief, else
                     ~/.local/state/relief): what you verified of each ledger, so that
                     later runs check only new lines, and what you cosigned; nothing in
                     the ledger directory is believed
      --help         show help
    relief --version prints the version.

    Exit codes: 0 ok, 1 ledger invalid, 2 usage error, 3 torn tail (run relief recover),
                4 input rejected (nothing written), 5 ledger missing, locked or unwritable.

    Example:
      relief verify --ledger ledger
    """,
    zh: """
    所有命令都可用的选项：
      --ledger 目录   账本目录（默认：$RELIEF_LEDGER，否则为 ./ledger）
      --lang zh|en    消息语言（默认：$RELIEF_LANG，否则按系统语言环境
                      LC_ALL、LC_MESSAGES、LANG；zh_* 为中文）
      --state 目录    您自己的状态目录（默认：$XDG_STATE_HOME/relief，否则为
                      ~/.local/state/relief）：记录您核验过每个账本的哪些部分（以后只核验
                      新增的行）以及您联署过什么；账本目录里的任何文件都不被当作依据
      --help          显示帮助
    relief --version 显示版本。

    退出码：0 成功，1 账本无效，2 用法有误，3 末尾不完整（请运行 relief recover），
            4 输入被拒（未写入任何内容），5 账本不存在、被锁定或无法写入。

    示例：
      relief verify --ledger ledger
    """
  )
}
