extension Catalogue {
  /// The help of `relief verify`.
  static func helpVerify(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .aboutVerify:
      return (
        """
        Reads every line of the journal and checks: canonical encoding, contiguous seq,
        each prev hash, append times that never decrease, every batch closed by its commit
        line signed (Ed25519) by a registered, unrevoked key entitled to every entry of its
        batch, and every business rule replayed in order (no overdraft, valid reversals,
        refunds within dues paid and not overlapping, valid credit codes). Reports the first
        failure exactly: line, seq, byte offset, what was expected and what was found.

        Without --key or --trust this checks self-consistency only: the administrator key
        is the one the journal's own genesis names, so a history rewritten and re-signed
        under another key is valid too. The output names that key; pin it with --key or
        --trust (below).

        --since FILE also checks that the journal extends the signed checkpoint in FILE: its
        first n lines (n the checkpoint's size) must have the checkpoint's Merkle root. If
        not, it names the first diverging line exactly when the node cache (merkle.cache, or
        merkle.cache.old kept at its last rebuild) still holds nodes that reproduce the
        signed root; otherwise it says why and gives the range that the signed checkpoints
        in DIR/checkpoints allow. Lines count from 1, as above; seq = line - 1.

        --json prints one object: "verdict" (valid, torn-tail or invalid, always matching the
        exit status), "failure" with its "code" (docs/FORMAT.md lists them all), "origin",
        "genesis_key", "pinned", "pinned_by", "trust" and "since" (null without --since).

        Exit status: 0 valid, 1 invalid (damage or tampering in committed lines, or not
        the ledger pinned, or not consistent with the --since checkpoint), 2 usage error
        (a malformed --key or trust policy), 3 torn tail (an append was cut off by a crash;
        'relief recover' removes it), 5 the ledger or a given file cannot be read.
        """,
        """
        逐行读取账本并核对：编码是否规范、序号是否连续、每行的前序哈希、追加时间是否从不
        倒退；每一批是否都以提交行结束，提交行是否由已登记、未撤销且有权记录该批每一条的
        公钥签名（Ed25519）；并按顺序重演全部业务规则（不透支、冲销有效、返还经费不超过
        实缴经费且期间不重叠、统一社会信用代码有效）。发现问题时准确报告第一处：行号、
        序号、字节偏移、应为何值、实为何值。

        不加 --key 或 --trust 时只核对自洽性：管理员公钥取账本创始记录自己所写的那一个，
        因此整段历史被改写、再用另一把私钥重新签名，也会判为有效。输出中会写出该公钥；
        请用 --key 或 --trust 把它固定下来（见下）。

        --since 文件 另外核对账本是否延续了该文件中已签名的检查点：账本前 n 行（n 为检查点
        的大小）须得出检查点的 Merkle 根。若不符，当节点缓存（merkle.cache，或上次重建时
        保留的 merkle.cache.old）仍存有能重现已签名根的节点时，准确指出第一处分叉的行；
        否则说明原因，并给出 账本目录/checkpoints 中各已签名检查点所能限定的范围。行号
        从 1 算起，与上文相同；序号 = 行号 - 1。

        --json 输出一个对象："verdict"（valid、torn-tail 或 invalid，始终与退出状态一致）、
        "failure" 及其 "code"（全部代码见 docs/FORMAT.md）、"origin"、"genesis_key"、
        "pinned"、"pinned_by"、"trust" 和 "since"（不加 --since 时为 null）。

        退出状态：0 有效；1 无效（已提交的行有损坏或被篡改，或不是所固定的账本，或与
        --since 的检查点不一致）；2 用法错误（--key 或信任规则格式有误）；3 末尾残缺
        （追加时因崩溃而中断，可用 relief recover 去除）；5 账本或所给文件无法读取。
        """
      )
    default: return ("", "")
    }
  }

  /// The options of `relief verify`, and those that pin the ledger a command reads
  /// (`TrustPin`), which `export` and `disclose` take too.
  static func helpVerifyOptions(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .optionSince:
      return (
        "also check that the journal extends the signed\ncheckpoint in FILE (above)",
        "另外核对账本是否延续了该文件中\n已签名的检查点（见上）"
      )
    case .optionVerifyJSON: return ("print one object (above)", "输出一个 JSON 对象（见上）")
    case .optionPinKey:
      return (
        """
        pin the ledger's genesis administrator key: fail (exit 1,
        genesis-key-not-pinned) unless the genesis entry's
        admin_key is one of the keys given (<name>+<hash>+<base64>
        as 'relief keys show' prints it, or a file holding one)
        """,
        """
        固定账本创始记录的管理员公钥：创始记录的 admin_key
        不是所给公钥之一时判为失败（状态 1，
        genesis-key-not-pinned）。公钥写作 relief keys show
        输出的 <name>+<hash>+<base64>，也可给出存有公钥的文件
        """
      )
    case .optionTrust:
      return (
        """
        a trust policy: lines 'origin ORIGIN',
        'admin VERIFIER_KEY', 'cosigner COSIGNER_KEY',
        'cosignatures N' and '# comments' (docs/FORMAT.md,
        "Trust policies"); checks the origin, the genesis key
        and, if N > 0, that checkpoints/latest is signed by an
        admin key, cosigned by N of the cosigners and matches
        the journal; not together with --key
        """,
        """
        信任规则文件，各行为“origin 来源名”“admin 验证公钥”
        “cosigner 联署公钥”“cosignatures N”和“# 注释”
        （docs/FORMAT.md，“Trust policies”）；核对来源名和创始
        公钥，N > 0 时还核对 checkpoints/latest 由管理员公钥
        签名、有其中 N 个联署人联署，且与账本一致；
        不能与 --key 同时使用
        """
      )
    default: return ("", "")
    }
  }
}
