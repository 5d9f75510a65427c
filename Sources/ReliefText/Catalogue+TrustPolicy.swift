extension Catalogue {
  /// Reading a trust policy file (`--trust FILE`) and pinned keys (`--key`).
  static func trustPolicy(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .policyNotUTF8: return ("the trust policy is not UTF-8 text", "信任策略文件不是 UTF-8 文本")
    case .policyInvalid:
      return (
        "the trust policy is not valid:\n{problems}\nlines are 'origin ORIGIN', 'admin "
          + "VERIFIER_KEY', 'cosigner COSIGNER_KEY', 'cosignatures N' and '# comments' "
          + "(docs/FORMAT.md, \"Trust policies\")",
        "信任策略文件有误：\n{problems}\n每行是 origin 来源名、admin 管理员公钥、cosigner 联署人公钥、"
          + "cosignatures 联署数，或以 # 开头的注释（见 docs/FORMAT.md“Trust policies”）"
      )
    case .policyUnknownSetting:
      return ("unknown setting '{setting}'", "没有“{setting}”这一设置")
    case .policyOneValue:
      return (
        "'{setting}' takes exactly one value (no spaces inside it)",
        "{setting} 后面只能有一个值（值中不能有空格）"
      )
    case .policySecondOrigin:
      return ("a second origin (the first is on line {line})", "又一个 origin（第一个在第 {line} 行）")
    case .policyOrigin: return ("origin {reason}", "来源名（origin）{reason}")
    case .policyNotAKey:
      return ("'{value}' is not a verifier key: {reason}", "“{value}”不是公钥：{reason}")
    case .policyLedgerKeyAsCosigner:
      return (
        "'{key}' is a ledger key; a cosigner's key is the one 'relief keys show --cosigner' "
          + "prints (type 4)",
        "“{key}”是账本签名公钥；联署人公钥是 relief keys show --cosigner 输出的那个（类型 4）"
      )
    case .policyCosignerKeyAsAdmin:
      return (
        "'{key}' is a cosigner key (type 4); put it on a 'cosigner' line",
        "“{key}”是联署人公钥（类型 4），请写在 cosigner 行"
      )
    case .policyKeyRepeated: return ("{key} is repeated", "{key} 重复出现")
    case .policySecondCosignatures:
      return (
        "a second cosignatures line (the first is on line {line})",
        "又一个 cosignatures 行（第一个在第 {line} 行）"
      )
    case .policyCosignaturesRange:
      return (
        "cosignatures takes a whole number from 0 to {max}", "cosignatures 须为 0 到 {max} 的整数"
      )
    case .policyNoOrigin:
      return ("no 'origin' line: name the ledger's origin", "没有 origin 行：请写明账本的来源名")
    case .policyNoAdmin:
      return (
        "no 'admin' line: give the genesis administrator's verifier key",
        "没有 admin 行：请给出创始管理员的公钥"
      )
    case .policyNeverMet:
      return (
        "cosignatures {count} but only {cosigners} cosigner lines: the policy could never be met",
        "要求 {count} 个联署，但只有 {cosigners} 个 cosigner 行：这个策略永远无法满足"
      )
    default: return ("", "")
    }
  }

  /// Administrator keys pinned with `--key`, and a policy file that cannot be read.
  static func trustPins(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .pinKeyOrTrust:
      return (
        "give --key or --trust, not both (put the keys on the policy's 'admin' lines)",
        "--key 和 --trust 只能给一个（公钥请写在策略文件的 admin 行）"
      )
    case .pinCosignerKey:
      return (
        "--key {value} is a cosigner key; cosigners go on the 'cosigner' lines of a --trust "
          + "policy",
        "--key {value} 是联署人公钥；联署人请写在 --trust 策略文件的 cosigner 行"
      )
    case .pinNotAKey:
      return (
        "--key {value} is not a verifier key (<name>+<hash>+<base64>): {reason}",
        "--key {value} 不是公钥（应为 名称+哈希+base64）：{reason}"
      )
    case .pinPolicyUnreadable: return ("trust policy: {reason}", "信任策略文件：{reason}")
    default: return ("", "")
    }
  }
}
