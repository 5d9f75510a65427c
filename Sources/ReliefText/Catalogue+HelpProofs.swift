extension Catalogue {
  /// The help of `relief check-proof` and the options that name the keys that must sign.
  static func helpCheckProof(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .aboutCheckProof:
      return (
        """
        Checks a receipt made by 'relief prove' without the ledger: that its checkpoint is
        signed by every given verifier key (<name>+<hash>+<base64>, or a file holding one),
        and that the entry line's leaf hash, SHA-256(0x00 || line), is at the index under
        the checkpoint's root. Prints what the receipt proves: which entry, which line of
        which ledger, and which key signed the checkpoint of which size and root.
        A cosigner key (type 4, from 'relief keys show --cosigner') checks that cosigner's
        line (c2sp.org/tlog-cosignature) and prints its time; a bad one is rejected.
        A given key with no valid line on the checkpoint fails the receipt, naming the key;
        --quorum N (1 to the number of keys given) accepts N of the given keys instead of
        all of them and names the keys that did not sign.

        Exit status: 0 the receipt is valid, 1 it is not or a given key did not sign it
        (the reason is on stderr), 2 usage error, 5 a file cannot be read.
        """,
        """
        不需要账本即可核对 relief prove 生成的回执：其检查点须由所给的每个验证公钥签名
        （<name>+<hash>+<base64>，或存有公钥的文件），且该记录行的叶子哈希
        SHA-256(0x00 || 行) 须位于检查点的根之下的相应位置。输出回执所证明的内容：哪条
        记录、哪个账本的哪一行，以及哪个公钥签署了哪个大小和根的检查点。联署公钥（类型 4，
        由 relief keys show --cosigner 得到）核对该联署人的联署行
        （c2sp.org/tlog-cosignature）并输出其时间；无效的联署会被拒绝。所给公钥在检查点
        上没有有效签名行时，回执判为不通过，并指出该公钥；--quorum N（1 到所给公钥个数）
        表示其中 N 个签名即可，不必全部，并指出未签名的公钥。

        退出状态：0 回执有效；1 回执无效，或有所给公钥未签名（原因写在标准错误）；
        2 用法错误；5 文件无法读取。
        """
      )
    case .optionProofKey:
      return (
        "a verifier key that must have signed the checkpoint\n(its text, or a file holding one; at least one)",
        "须已签署检查点的验证公钥\n（公钥文本，或存有公钥的文件；至少给出一个）"
      )
    case .optionKeyQuorum:
      return (
        "N of the given keys suffice (1 to their number;\ndefault: all)",
        "所给公钥中有 N 个签名即可（1 到所给个数；\n默认：全部）"
      )
    default: return ("", "")
    }
  }

  /// The help of `relief note`.
  static func helpNote(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .aboutNote:
      return (
        """
        sign    signs the text in TEXTFILE (UTF-8, no control characters but newlines,
                ending in a newline) with the private key in FILE (--key, or $RELIEF_KEY)
                and prints the signed note (c2sp.org/signed-note).
        verify  checks the signed note in FILE with the given verifier keys
                (<name>+<hash>+<base64>, or files holding one) and prints the names of the
                keys whose signatures verified. Every given key must have signed it, unless
                --quorum N (1 to the number of keys given) says N of them suffice; the keys
                that did not sign are named. Signatures by other keys are ignored. A
                cosigner key (type 4) checks a tlog cosignature and prints its time.

        Exit status: 0 verified, 1 a given key did not sign it (beyond what --quorum
        allows) or a given key's signature is bad, 2 usage error, 5 a file cannot be read.
        """,
        """
        sign    用私钥文件（--key，或 $RELIEF_KEY）签署文本文件中的文字（UTF-8，除换行外
                不含控制字符，以换行结尾），输出签名文本（c2sp.org/signed-note）。
        verify  用所给的验证公钥（<name>+<hash>+<base64>，或存有公钥的文件）核对文件中的
                签名文本，输出签名验证通过的公钥名称。所给的每个公钥都须已签名，除非
                --quorum N（1 到所给公钥个数）表示其中 N 个即可；未签名的公钥会被指出。
                其他公钥的签名不予理会。联署公钥（类型 4）核对 tlog 联署并输出其时间。

        退出状态：0 验证通过；1 有所给公钥未签名（超出 --quorum 允许的范围），或所给
        公钥的签名无效；2 用法错误；5 文件无法读取。
        """
      )
    case .optionNoteKey:
      return (
        "sign: your private key file (default: $RELIEF_KEY);\n"
          + "verify: a verifier key that must have signed (its\ntext, or a file holding one)",
        "sign：您的私钥文件（默认：$RELIEF_KEY）；\nverify：须已签名的验证公钥（公钥文本，\n或存有公钥的文件）"
      )
    default: return ("", "")
    }
  }

  /// The help of `relief publish`.
  static func helpPublish(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .aboutPublish:
      return (
        """
        Writes the ledger up to its latest signed checkpoint (LEDGER/checkpoints/latest,
        made by 'relief checkpoint') into DIR as a tiled log: DIR/checkpoint, the hash tiles
        DIR/tile/<L>/<N>[.p/<W>] and the entry bundles DIR/tile/entries/<N>[.p/<W>], whose
        entries are the journal's lines (without newlines) exactly as the Merkle leaves hash
        them. Serve DIR with any static web server: it is the log's public read API.

        Run it again after each checkpoint: only new and grown tiles are written, a full tile
        is never rewritten (one that differs stops the run, nothing changed), each file
        appears whole, and the checkpoint is written last. The ledger must verify and the
        checkpoint must be signed by an administrator key and match the journal.

        Published lines are public forever, so a ledger with a line that would expose a
        person is refused (exit 4), naming the line and why: an ID, phone or bank-card
        number, or what may be a person's name, in a memo or a purpose; or a counterparty the
        disclosure rules would not show as written (docs/DISCLOSURE.md).
        """,
        """
        把账本截至最新已签名检查点（账本目录/checkpoints/latest，由 relief checkpoint
        生成）的内容写入目录，形成分片日志：目录/checkpoint、哈希分片
        目录/tile/<L>/<N>[.p/<W>] 和记录包 目录/tile/entries/<N>[.p/<W>]；记录包中的
        记录就是账本的各行（不含换行符），与 Merkle 叶子所哈希的内容完全相同。用任何
        静态网站服务器发布该目录，它就是日志的公开读取接口。

        每次生成检查点后再运行一次：只写出新的和增长了的分片，已满的分片绝不改写（若有
        不同，立即停止，不作任何改动），每个文件都完整出现，检查点最后写出。账本须核对
        通过，检查点须由管理员公钥签名且与账本一致。

        公开的行将永久公开，因此账本中有会暴露个人信息的行时拒绝执行（状态 4），并指出
        该行及原因：备注或用途中有身份证号、电话号码或银行卡号，或可能是人名；或对方按
        公示规则不能按原文显示（docs/DISCLOSURE.md）。
        """
      )
    case .optionPublishOut: return ("write the tiled log into DIR (required)", "把分片日志写入该目录（必填）")
    default: return ("", "")
    }
  }
}
