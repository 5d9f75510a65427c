extension Catalogue {
  /// A failed system call, as people read it: the operation, the path and the reason.
  static func system(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .systemFailed:
      return ("cannot {operation} {path}: {reason}", "无法{operation} {path}：{reason}")
    case .operationRename: return ("rename", "重命名")
    case .operationRead: return ("read", "读取")
    case .operationReadTooLarge: return ("read (file too large)", "读取（文件过大）")
    case .operationCreate: return ("create", "创建")
    case .operationCreateDirectory: return ("create directory", "创建目录")
    case .operationWrite: return ("write", "写入")
    case .operationLock: return ("lock", "锁定")
    case .operationFsync: return ("fsync", "同步写入磁盘")
    case .operationVerify: return ("verify", "核验")
    case .operationTruncate: return ("truncate", "截断")
    case .operationStat: return ("stat", "查看")
    case .operationRemove: return ("remove", "删除")
    case .operationReadKeyFile: return ("read key file", "读取私钥文件")
    case .operationOpen: return ("open", "打开")
    case .operationLink: return ("link", "链接")
    case .operationChmod: return ("chmod", "修改权限")
    case .reasonNotFound: return ("No such file or directory", "文件或目录不存在")
    case .reasonPermission: return ("Permission denied", "没有权限")
    case .reasonNoSpace: return ("No space left on device", "磁盘空间已满")
    case .reasonReadOnly: return ("Read-only file system", "文件系统为只读")
    case .reasonExists: return ("File exists", "文件已存在")
    case .reasonNotDirectory: return ("Not a directory", "不是目录")
    case .reasonIsDirectory: return ("Is a directory", "是一个目录")
    case .reasonTooLarge: return ("File too large", "文件过大")
    case .reasonOther: return ("{reason} (errno {code})", "{reason}（错误码 {code}）")
    default: return ("", "")
    }
  }
}
