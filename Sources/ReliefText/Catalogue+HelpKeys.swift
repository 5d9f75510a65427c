extension Catalogue {
  /// The help of `relief keys` and `relief roster`.
  static func helpKeysRoster(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .aboutKeys:
      return (
        """
          relief keys generate --name NAME --out FILE
          relief keys show [--cosigner] FILE

        generate  creates an Ed25519 key from the system's secure random source, writes the
                  private key to FILE (mode 0600, never overwriting) as a C2SP signed note
                  key, PRIVATE+KEY+<name>+<hash>+<base64>, and prints the verifier key,
                  <name>+<hash>+<base64>, which is what the ledger registers.
        show      prints the verifier key of the private key in FILE; with --cosigner, the
                  key that checks its tlog cosignatures ('relief checkpoint cosign'):
                  <name>+<hash>+<base64(0x04 || public key)>, for check-proof and note verify.

        NAME: letters, digits and punctuation, no spaces or '+', e.g. nantong-accountant.
        The private key never appears in the ledger, in output or in error messages.
        """,
        """
          relief keys generate --name 名称 --out 文件
          relief keys show [--cosigner] 文件

        generate  用系统的安全随机源生成一把 Ed25519 密钥，把私钥按 C2SP 签名文本的密钥
                  格式 PRIVATE+KEY+<name>+<hash>+<base64> 写入文件（权限 0600，绝不覆盖
                  已有文件），并输出验证公钥 <name>+<hash>+<base64>，账本登记的就是它。
        show      输出文件中私钥对应的验证公钥；加 --cosigner 时输出核对其 tlog 联署
                  （relief checkpoint cosign）所用的公钥：
                  <name>+<hash>+<base64(0x04 || 公钥)>，供 check-proof 和 note verify 使用。

        名称：字母、数字和标点，不含空格和“+”，如 nantong-accountant。
        私钥绝不会出现在账本、输出或错误信息中。
        """
      )
    case .optionKeyName:
      return ("generate: the key's name (required; above)", "generate：密钥名称（必填，见上）")
    case .optionKeyOut:
      return (
        "generate: the private key file to write (required;\nmust not exist)",
        "generate：私钥写入的文件（必填；不得已经存在）"
      )
    case .optionCosigner:
      return ("show: the cosigner key (above)", "show：输出联署公钥（见上）")
    case .aboutRoster:
      return (
        """
        Recomputes the commitment of every record of the roster (default LEDGER/roster.jsonl:
        who each payment to a person paid, never published) from its salt, name and ID
        number, and checks it against the payee_commitment of the verified journal line at
        its seq. Reports payments with no record, records with no payment and records that do
        not match; exits 1 on any.
        """,
        """
        按内部名册（默认为 账本目录/roster.jsonl：记载每笔付给个人的款项付给了谁，从不
        公开）中每条记录的盐值、姓名和身份证号，重新计算其承诺值，并与已验证账本中对应
        序号那一行的 payee_commitment 核对。报告没有名册记录的付款、没有对应付款的名册
        记录，以及不相符的记录；有任何一项即以状态 1 退出。
        """
      )
    case .optionRoster:
      return (
        "the roster to check (default: LEDGER/roster.jsonl)",
        "要核对的名册（默认：账本目录/roster.jsonl）"
      )
    default: return ("", "")
    }
  }
}
