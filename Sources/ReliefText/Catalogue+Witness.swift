extension Catalogue {
  /// Asking witnesses to cosign, and serving as one.
  static func witnessing(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .witnessStateUnreadable: return ("cannot read {path}: {reason}", "无法读取 {path}：{reason}")
    case .witnessStateDamaged:
      return ("{path} is not a witness state file; move it away", "{path} 不是见证方的状态文件；请把它移走")
    case .witnessStateUnwritable: return ("cannot record {path}: {reason}", "无法记录 {path}：{reason}")
    case .witnessQuorumRange:
      return (
        "--quorum must be a whole number from 1 to the number of --witness ({count})",
        "--quorum 须为 1 到 --witness 个数（{count}）之间的整数"
      )
    case .witnessNoConsistency:
      return ("cannot prove size {old} consistent with {size}", "无法证明 {old} 行与 {size} 行前后一致")
    case .witnessQuorumNotMet:
      return (
        "only {count} of {witnesses} witnesses cosigned checkpoint {size} (the quorum is "
          + "{quorum}); nothing was stored",
        "{witnesses} 个见证方中只有 {count} 个联署了检查点 {size}（要求 {quorum} 个）；未保存任何内容"
      )
    case .witnessArgument:
      return (
        "--witness must be URL=VERIFIER_KEY, not '{value}'", "--witness 应为 网址=公钥，而不是“{value}”"
      )
    case .witnessKeyInvalid:
      return ("--witness {url}: {reason}", "见证方 --witness {url} 的公钥有误：{reason}")
    case .witnessBadCosignature:
      return ("witness {url}: its cosignature does not verify", "见证方 {url}：其联署签名验证不通过")
    case .witnessSplitView:
      return ("witness {url}: 409 {answer} (a split view?)", "见证方 {url}：409 {answer}（可能是分叉视图）")
    case .witnessUnreachable: return ("unreachable", "无法连接")
    case .witnessAnswered:
      return ("witness {url}: {status} {answer}", "见证方 {url}：{status} {answer}")
    case .witnessCannotAdd:
      return ("cannot add the cosignatures: {reason}", "无法添加联署签名：{reason}")
    case .witnessNotIPv4:
      return ("--listen: '{host}' is not an IPv4 address", "--listen：“{host}”不是 IPv4 地址")
    case .witnessCannotListen:
      return ("cannot listen on {address} ({call}: {reason})", "无法在 {address} 上监听（{call}：{reason}）")
    case .witnessCannotCosign: return ("cannot cosign: {reason}", "无法联署：{reason}")
    default: return ("", "")
    }
  }
}
