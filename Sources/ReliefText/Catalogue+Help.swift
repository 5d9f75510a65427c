extension Catalogue {
  /// The frame of every `--help` and the placeholders of values in it.
  static func helpFrame(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .helpUsage: return ("Usage: {command}", "用法：{command}")
    case .helpOptions: return ("Options:", "选项：")
    case .helpExamples: return ("Examples:", "示例：")
    case .helpCommonOptions:
      return (
        "  --ledger DIR, --state DIR, --lang zh|en, --help: as for every command ('relief --help')",
        "  --ledger 目录、--state 目录、--lang zh|en、--help：所有命令通用（见 relief --help）"
      )
    case .placeholderFile: return ("FILE", "文件")
    case .placeholderDirectory: return ("DIR", "目录")
    case .placeholderName: return ("NAME", "名称")
    case .placeholderSeq: return ("SEQ", "序号")
    case .placeholderNumber: return ("N", "数量")
    case .placeholderID: return ("ID", "编号")
    case .placeholderText: return ("TEXT", "文字")
    case .placeholderURL: return ("URL", "网址")
    case .placeholderKey: return ("KEY", "公钥")
    default: return ("", "")
    }
  }
}
