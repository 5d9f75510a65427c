extension Catalogue {
  /// `relief monitor`'s checks of a published log and its disclosure site.
  static func monitoring(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .monitorQuorumRange:
      return (
        "--quorum must be from 1 to the number of --witness-key ({count})",
        "--quorum 须在 1 到 --witness-key 的个数（{count}）之间"
      )
    case .monitorCheckpointUnverified:
      return (
        "the log's checkpoint does not verify with --key: {reason}",
        "公开日志的检查点不能用 --key 给出的公钥验证：{reason}"
      )
    case .monitorTooFewCosignatures:
      return (
        "checkpoint {size} has {count} valid witness cosignature(s), fewer than {quorum}",
        "检查点 {size} 只有 {count} 个有效的见证联署，少于要求的 {quorum} 个"
      )
    case .monitorRolledBack:
      return (
        "the log's checkpoint has {size} lines, fewer than the {verified} this monitor "
          + "verified: the log was rolled back or forked",
        "公开日志的检查点只有 {size} 行，少于本监督方已核验的 {verified} 行：日志被回退或分叉"
      )
    case .monitorForked:
      return (
        "checkpoint {size} has another root than the one this monitor verified at that size: "
          + "the log forked (two histories under one origin)",
        "检查点 {size} 的根哈希与本监督方在同样行数时核验的不同：日志分叉了（同一来源名下有两段历史）"
      )
    case .monitorBadBundle:
      return (
        "{path} is not a bundle of {count} entries: a bad tile", "{path} 不是 {count} 条记录的数据块：数据块有误"
      )
    case .monitorKeyNotAdmin:
      return ("--key is not an administrator key of this ledger", "--key 不是这个账本的管理员公钥")
    case .monitorNothingAccepted: return ("{reason}; nothing was accepted", "{reason}；未接受任何内容")
    case .monitorMirrorUnwritable:
      return ("cannot extend the mirror: {reason}", "无法追加到本地镜像：{reason}")
    case .monitorStateDamaged:
      return ("{path} is damaged; move the folder away", "{path} 已损坏；请把该目录移走")
    case .monitorCannotRead: return ("cannot read {path}", "无法读取 {path}")
    case .monitorTooLarge: return ("{path} is larger than any tile", "{path} 比任何数据块都大")
    case .monitorNotURL: return ("'{address}' is not a URL", "“{address}”不是网址")
    case .monitorNoAnswer: return ("no answer", "没有应答")
    case .monitorCannotDownload:
      return ("cannot download {address}: {reason}", "无法下载 {address}：{reason}")
    default: return ("", "")
    }
  }

  /// A disclosure site compared with the log it claims to show.
  static func monitoringSite(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .monitorSiteFormat:
      return (
        "the site's data/balances.json is not the disclosure format",
        "网站的 data/balances.json 不是公开数据的格式"
      )
    case .monitorSiteOtherSeq:
      return (
        "disclosure site: of seq {seq}, not the checkpoint's last line: not compared",
        "公开网站：截至序号 {seq}，不是检查点的最后一行，未比对"
      )
    case .monitorSiteDiffers:
      return (
        "the disclosure site shows {field} {shown} for {account}, but the log's lines give "
          + "{value}",
        "公开网站显示 {account} 的 {field} 为 {shown}，但按日志逐行计算为 {value}"
      )
    case .monitorSiteNothing: return ("nothing", "空")
    case .monitorSiteAgrees:
      return (
        "disclosure site: the totals of its {count} accounts agree with the log",
        "公开网站：其 {count} 个账户的合计与日志一致"
      )
    default: return ("", "")
    }
  }
}
