extension Catalogue {
  static func command(_ id: MessageID) -> (en: String, zh: String) {
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
