extension Catalogue {
  /// What the commands that create, repair and read the ledger say.
  static func commandsLedger(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .initCreated:
      return ("created ledger in {directory} (origin {origin})", "已在 {directory} 新建账本（来源 {origin}）")
    case .recoverNothing:
      return (
        "nothing to recover: the journal ends with a commit line", "无需恢复：账本以提交行结尾，没有未写完的批次"
      )
    case .recoverRefused:
      return (
        "not recovering: committed lines are damaged or altered; a crash cannot cause that, so "
          + "nothing was changed",
        "不予恢复：已提交的行遭到损坏或篡改，这不是崩溃能造成的，因此未作任何改动"
      )
    case .recoverDone:
      return (
        "recovered: cut {bytes} bytes after seq {seq}; kept in {side}",
        "已恢复：截去序号 {seq} 之后的 {bytes} 字节，截下的内容保存在 {side}"
      )
    case .importUnreadable:
      return ("nothing was written: the file cannot be read\n{issues}", "没有写入任何内容：文件无法读取\n{issues}")
    case .commandJournalUnreadable: return ("the journal cannot be read: {error}", "无法读取账本：{error}")
    case .journalNoCommit:
      return (
        "the journal has no committed batch (not even the genesis entry); run 'relief verify'",
        "账本里没有任何已提交的批次（连创始记录也没有）；请运行 relief verify 检查"
      )
    case .lockHeld:
      return (
        "{path} is held by another process {holder} (waited {millis} ms); try again, or raise "
          + "RELIEF_LOCK_TIMEOUT_MS",
        "{path} 正被另一个进程占用（{holder}），已等待 {millis} 毫秒；请稍后重试，或调大 "
          + "RELIEF_LOCK_TIMEOUT_MS"
      )
    default: return ("", "")
    }
  }

  /// What `relief keys` and the key files say.
  static func commandsKeys(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .keyFileReadable:
      return (
        "key file {path} can be read by others (mode {mode}); run 'chmod 600 {path}' and keep "
          + "it private",
        "私钥文件 {path} 别人也能读取（权限 {mode}）；请运行 chmod 600 {path}，并妥善保管"
      )
    case .keyFileNoKey:
      return (
        "key file {path} does not hold a private key: {error}", "私钥文件 {path} 里没有私钥：{error}"
      )
    case .keyFileExists:
      return ("{path} exists; relief never overwrites a key file", "{path} 已存在；relief 从不覆盖密钥文件")
    case .keyCannotGenerate: return ("cannot generate a key: {error}", "无法生成密钥：{error}")
    default: return ("", "")
    }
  }

  /// The progress meter's words (`verify: 1,234 lines, 40.1% of 3.2 MiB, …`).
  static func commandsProgress(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .progressLine:
      return (
        "{label}: {items} {unit}, {percent} of {total}",
        "{label}：{items} {unit}，已完成 {percent}（共 {total}）"
      )
    case .progressRate: return (", {rate} {unit}/s", "，每秒 {rate} {unit}")
    case .progressETA: return (", ETA {time}", "，预计还需 {time}")
    case .progressUnitLines: return ("lines", "行")
    case .progressUnitRows: return ("rows", "行")
    case .progressRows: return ("{count} rows", "{count} 行")
    case .progressVerify: return ("verify", "核对账本")
    case .progressImport: return ("import", "导入")
    case .progressChecking: return ("checking the ledger", "核对账本")
    case .progressPublish: return ("publish", "发布")
    case .progressCheckpoint: return ("checkpoint: hashing", "检查点：计算哈希")
    case .progressDisclosePages: return ("disclose: pages", "披露：生成网页")
    case .progressDiscloseTiles: return ("disclose: log tiles", "披露：写日志分片")
    case .progressExport: return ("export", "导出")
    default: return ("", "")
    }
  }
}
