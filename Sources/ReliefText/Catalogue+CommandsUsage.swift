extension Catalogue {
  /// The command line's own complaints: options, and the hint after every usage error.
  static func commandsUsage(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .usageHint:
      return ("run 'relief {command} --help' for usage", "运行 relief {command} --help 查看用法")
    case .usageHintOverview: return ("run 'relief --help'", "运行 relief --help 查看用法")
    case .usageUnknownOption: return ("unknown option '{option}'", "没有“{option}”这个选项")
    case .usageTakesNoValue: return ("option --{name} takes no value", "选项 --{name} 后面不带值")
    case .usageNeedsValue: return ("option --{name} needs a value", "选项 --{name} 后面要给一个值")
    case .usageGivenTwice: return ("option --{name} is given twice", "选项 --{name} 给了两次")
    case .usageNoArguments: return ("{command} takes no arguments", "{command} 后面不能跟参数")
    case .usageNeedsProposalID:
      return ("{command} needs exactly one proposal ID", "{command} 需要且只需要一个提案编号（ID）")
    case .usageNeedsSigningKey:
      return (
        "{command} signs its batch: give the private key file with {flag} or RELIEF_KEY",
        "{command} 要为本批记录签名：请用 {flag} 或 RELIEF_KEY 指定私钥文件"
      )
    case .usageNeedsKeyFile:
      return (
        "give the private key file with --key FILE or RELIEF_KEY",
        "请用 --key 文件 或 RELIEF_KEY 指定私钥文件"
      )
    case .usageLockTimeout:
      return (
        "RELIEF_LOCK_TIMEOUT_MS must be a whole number of ms",
        "RELIEF_LOCK_TIMEOUT_MS 必须是整数（单位：毫秒）"
      )
    case .usageNow:
      return ("RELIEF_NOW_MS must be a whole number of ms", "RELIEF_NOW_MS 必须是整数（单位：毫秒）")
    case .usageProposalID:
      return (
        "a proposal id is 16 lowercase hex digits, not '{id}'",
        "提案编号是 16 位小写十六进制数字，“{id}”不是提案编号"
      )
    default: return ("", "")
    }
  }

  /// The usage errors of the commands that write the ledger.
  static func commandsUsageLedger(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .usageAppendKind:
      return ("append needs exactly one KIND", "append 需要且只需要一个记录类型（KIND）")
    case .usageImportFile: return ("import needs exactly one FILE", "import 需要且只需要一个文件（FILE）")
    case .usageImportFormatFromName:
      return (
        "cannot tell the format of '{file}' from its name; give --format csv or jsonl",
        "无法从文件名看出“{file}”是什么格式；请用 --format csv 或 --format jsonl 指明"
      )
    case .usageImportFormat:
      return (
        "--format must be csv or jsonl, not '{value}'", "--format 只能是 csv 或 jsonl，不能是“{value}”"
      )
    case .usageImportEncoding:
      return (
        "--encoding must be utf-8 or gb18030, not '{value}'",
        "--encoding 只能是 utf-8 或 gb18030，不能是“{value}”"
      )
    case .usageClosePeriod:
      return (
        "close needs exactly one PERIOD (YYYY-MM)", "close 需要且只需要一个结账月份（YYYY-MM）"
      )
    case .usageTemplateKind:
      return (
        "template needs exactly one KIND, one of: {kinds}",
        "template 需要且只需要一个记录类型（KIND），可选：{kinds}"
      )
    case .usageTemplateUnknownKind:
      return (
        "unknown kind '{kind}'; KIND is one of: {kinds}", "没有“{kind}”这种记录类型；可选：{kinds}"
      )
    case .usageTemplateOut: return ("template needs --out FILE", "template 需要用 --out 指定文件")
    case .usageTemplateEncoding:
      return (
        "--encoding must be utf8 or gb18030, not '{value}'",
        "--encoding 只能是 utf8 或 gb18030，不能是“{value}”"
      )
    case .usageJSONOrCSV: return ("choose one of --json and --csv", "--json 和 --csv 只能选一个")
    case .usageLogKind: return ("--kind must be one of: {kinds}", "--kind 只能是以下之一：{kinds}")
    default: return ("", "")
    }
  }
}

extension Catalogue {
  /// The usage errors of the commands that sign, prove and check.
  static func commandsUsageKeys(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .usageKeysGenerate:
      return (
        "keys generate needs --name NAME and --out FILE", "keys generate 需要 --name 名称 和 --out 文件"
      )
    case .usageKeysShow: return ("keys show needs exactly one FILE", "keys show 需要且只需要一个私钥文件（FILE）")
    case .usageKeys: return ("keys needs 'generate' or 'show'", "keys 后面要跟 generate 或 show")
    case .usageCheckpoint:
      return ("checkpoint takes no arguments or 'cosign'", "checkpoint 后面不跟参数，或只跟 cosign")
    case .usageCosignState:
      return (
        "cosign keeps what it cosigned in the cosigner's own state directory, and none is known "
          + "(neither XDG_STATE_HOME nor HOME is set): give one with --state DIR",
        "联署方要在自己的状态目录里记下联署过的检查点，但找不到这个目录（XDG_STATE_HOME 和 HOME "
          + "都没有设置）：请用 --state 目录 指定"
      )
    case .usageProveSeq:
      return ("prove needs exactly one SEQ, a whole number", "prove 需要且只需要一个序号（整数）")
    case .usageCheckProofFile:
      return (
        "check-proof needs exactly one receipt FILE", "check-proof 需要且只需要一个收据文件（FILE）"
      )
    case .usageVerifierKeyMissing:
      return ("give at least one verifier key with --key", "请用 --key 至少给出一个验证公钥")
    case .usageNotVerifierKey:
      return ("--key {value} is not a verifier key: {error}", "--key {value} 不是验证公钥：{error}")
    case .usageNoteSignFile:
      return ("note sign needs exactly one TEXTFILE", "note sign 需要且只需要一个文本文件（TEXTFILE）")
    case .usageNoteSignKey:
      return (
        "note sign needs --key FILE or RELIEF_KEY", "note sign 需要用 --key 文件 或 RELIEF_KEY 指定私钥"
      )
    case .usageNoteVerifyFile:
      return ("note verify needs exactly one FILE", "note verify 需要且只需要一个文件（FILE）")
    case .usageNote: return ("note needs 'sign' or 'verify'", "note 后面要跟 sign 或 verify")
    case .usageRoster: return ("roster takes one subcommand: verify", "roster 只有一个子命令：verify")
    default: return ("", "")
    }
  }

  /// The usage errors of the commands that publish and watch.
  static func commandsUsagePublish(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .usageExportFormatMissing:
      return (
        "--format is required (ledger, beancount or csv)",
        "必须用 --format 指定格式（ledger、beancount 或 csv）"
      )
    case .usageExportFormat:
      return (
        "unknown format '{format}' (use ledger, beancount or csv)",
        "没有“{format}”这种格式（可用 ledger、beancount 或 csv）"
      )
    case .usageDisclosePreviewOut:
      return ("--preview writes nothing: give it no --out", "--preview 不写任何文件：不要同时给 --out")
    case .usageDiscloseOut:
      return ("--out DIR is required (or --preview)", "必须用 --out 指定目录（或改用 --preview）")
    case .usagePublishOut: return ("--out DIR is required", "必须用 --out 指定目录")
    case .usageMonitorSource:
      return (
        "monitor needs exactly one SOURCE (a URL or a directory)",
        "monitor 需要且只需要一个来源（网址或目录）"
      )
    case .usageMonitorKey:
      return ("--key VERIFIER_KEY (the log's key) is required", "必须用 --key 给出日志的验证公钥")
    case .usageMonitorState:
      return (
        "a monitor keeps what it verified: give --state DIR",
        "监测方要记下核验过的内容：请用 --state 目录 指定状态目录"
      )
    default: return ("", "")
    }
  }

  /// The usage errors of `relief witness serve`.
  static func commandsUsageWitness(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .usageWitnessServe:
      return ("the witness command is 'relief witness serve'", "见证命令的写法是 relief witness serve")
    case .usageWitnessKey:
      return (
        "--key FILE (the witness's private key) is required", "必须用 --key 文件 指定见证方的私钥"
      )
    case .usageWitnessState:
      return (
        "a witness keeps what it cosigned in a state directory: give one with --state DIR",
        "见证方要在状态目录里记下联署过的检查点：请用 --state 目录 指定"
      )
    case .usageWitnessMaxRequests:
      return ("--max-requests must be a whole number above 0", "--max-requests 必须是大于 0 的整数")
    case .usageWitnessLogForm:
      return (
        "--log must be ORIGIN=VERIFIER_KEY, not '{value}'",
        "--log 的写法是 来源=验证公钥，不能是“{value}”"
      )
    case .usageWitnessLogMissing:
      return (
        "give at least one --log ORIGIN=VERIFIER_KEY", "请至少给出一个 --log 来源=验证公钥"
      )
    case .usageWitnessListen:
      return (
        "--listen HOST:PORT is required (e.g. 127.0.0.1:7380)",
        "必须用 --listen 主机:端口 指定监听地址（如 127.0.0.1:7380）"
      )
    default: return ("", "")
    }
  }
}
