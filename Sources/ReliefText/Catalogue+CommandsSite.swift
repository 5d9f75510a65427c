extension Catalogue {
  /// What `relief disclose` and `relief publish` say when they refuse.
  static func commandsSite(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .siteNotWritten: return ("the site was not written", "网站未写入")
    case .nothingPublished: return ("nothing was published", "未发布任何内容")
    case .siteCheckpointUnverified:
      return (
        "{path} does not verify with the ledger's administrator keys: {error}",
        "{path} 用本账本的管理员公钥核验不通过：{error}"
      )
    case .siteTornTail:
      return (
        "the journal ends in an unfinished batch ({bytes} bytes after the last commit, a crash "
          + "while appending): run 'relief recover' first",
        "账本末尾有一批没有写完（最后一次提交之后还有 {bytes} 字节，是记入时崩溃所致）：请先运行 relief recover"
      )
    case .siteSourcesUnreadable:
      return ("cannot read the sources file {path}", "无法读取资料来源文件 {path}")
    case .sitePolicyUnreadable: return ("cannot read the policy file {path}", "无法读取隐去规则文件 {path}")
    case .siteNotFolder:
      return ("{path} exists and is not a folder", "{path} 已存在，而且不是文件夹")
    case .siteForeignFiles:
      return (
        "{path} holds files that are not a disclosure site (no {marker}); the site replaces the "
          + "whole folder, so give an empty or new folder",
        "{path} 里有不属于披露网站的文件（没有 {marker}）；网站会替换整个文件夹，请指定一个空的或新的文件夹"
      )
    case .siteCannotCreate: return ("cannot create {path}: {error}", "无法创建 {path}：{error}")
    case .siteCannotMoveOld:
      return (
        "cannot move the old site {path} aside: errno {errno}", "无法移开旧网站 {path}：errno {errno}"
      )
    case .siteCannotMoveNew:
      return (
        "cannot move the new site into {path}: errno {errno}", "无法把新网站放到 {path}：errno {errno}"
      )
    default: return ("", "")
    }
  }

  /// What `relief publish`, `relief template`, `relief monitor` and `relief witness` say.
  static func commandsPublish(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .publishNoCheckpoint:
      return (
        "the ledger has no checkpoint yet: run 'relief checkpoint --key ADMIN_KEY' first",
        "账本还没有检查点：请先运行 relief checkpoint --key 管理员私钥文件"
      )
    case .publishLineTooLong:
      return (
        "line {line} is {bytes} bytes, more than a tile entry's {max}",
        "第 {line} 行有 {bytes} 字节，超过了分片条目的上限 {max} 字节"
      )
    case .publishExposure:
      return (
        "line {line} would expose a person if published (published lines are public forever): "
          + "{reason}",
        "第 {line} 行一旦发布就会暴露个人信息（发布的行永久公开）：{reason}"
      )
    case .publishJournalUnreadable: return ("cannot read the journal: {error}", "无法读取账本：{error}")
    case .publishRootMismatch:
      return (
        "the journal's first {size} lines do not have the checkpoint's root",
        "账本前 {size} 行的根哈希与检查点的不符"
      )
    case .templateWrote:
      return ("wrote {path}: the {kind} sheet with one example row", "已写入 {path}：{kind}表格，附一行示例")
    case .templateExists:
      return (
        "{path} exists; relief never overwrites it (nothing was written)",
        "{path} 已存在；relief 从不覆盖已有文件（没有写入任何内容）"
      )
    case .templateCannotWrite: return ("cannot write {path}: {error}", "无法写入 {path}：{error}")
    case .templateNoGB18030:
      return (
        "the C library cannot convert to GB18030; use --encoding utf8",
        "本机的 C 库无法转换为 GB18030；请改用 --encoding utf8"
      )
    case .monitorNotExtending:
      return (
        "checkpoint {size} of {origin} does not extend the {seen} lines this monitor verified: "
          + "the log forked (two histories under one origin) or served a bad tile; nothing was "
          + "accepted",
        "{origin} 的检查点 {size} 不是本监测方已核验的 {seen} 行的延续：日志出现了分叉（同一来源下有两段历史），"
          + "或者提供了错误的分片；未接受任何内容"
      )
    case .witnessListening:
      return ("witness {name} listening on {host}:{port}", "见证方 {name} 正在 {host}:{port} 监听")
    default: return ("", "")
    }
  }
}
