extension Catalogue {
  /// What `relief checkpoint` and `relief checkpoint cosign` do.
  static func helpCheckpoint(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .aboutCheckpoint:
      return (
        """
        Without a subcommand: computes the RFC 6962 Merkle root over the committed lines
        (leaf i is SHA-256(0x00 || line i without its newline); the tree size is the number
        of committed lines) from lines it verified as 'relief verify' does (only the lines
        added since this user's last run: see --state), signs a C2SP tlog-checkpoint (origin
        from the genesis entry, size, base64 root) with an administrator's key, stores it as
        DIR/checkpoints/<size>.note and DIR/checkpoints/latest, and prints it. Updates of
        DIR/checkpoints are serialized by a lock on DIR/checkpoints/.lock (waiting up to
        RELIEF_LOCK_TIMEOUT_MS) and each file is replaced whole (written, fsynced, renamed
        into place). It refuses if the journal is not consistent with the latest checkpoint
        (its first lines no longer have that checkpoint's root).

        With --witness (repeatable; URL of a 'relief witness serve' or any
        c2sp.org/tlog-witness, KEY its cosigner key from 'relief keys show --cosigner'), the
        new checkpoint is first sent to each witness with a consistency proof from the size
        that witness last cosigned (learnt from its 409), and stored only with at least N
        verified cosignatures (--quorum, default: all witnesses); otherwise nothing is
        stored (exit 4).

        cosign: verifies the latest checkpoint's signature by an administrator key of the
        ledger and that the journal's first lines have its root, then checks it against
        this cosigner's own memory: the size and root it last cosigned for this origin, kept
        outside the ledger in STATE/cosigned/ (STATE is --state DIR, else
        $XDG_STATE_HOME/relief, else ~/.local/state/relief; one file per cosigner key and
        origin, named by their SHA-256, under a lock beside it). It refuses (exit 1, nothing
        written) a checkpoint smaller than the remembered one, of the same size with another
        root, or larger but not extending it. Otherwise it records the checkpoint in the
        memory (written whole and fsynced) and only then appends a C2SP Ed25519 cosignature
        (cosignature/v1, time from the clock) to the stored checkpoint.
        """,
        """
        不带子命令时：对已提交的行计算 RFC 6962 Merkle 根（第 i 个叶子为
        SHA-256(0x00 || 第 i 行去掉换行符)；树的大小即已提交的行数），所用的行都已按
        relief verify 的方式核对（只核对本用户上次运行以来新增的行，见 --state）；再用
        管理员私钥签署一个 C2SP tlog 检查点（来源名取自创始记录，以及大小和 base64 编码的
        根），保存为 账本目录/checkpoints/<大小>.note 和 账本目录/checkpoints/latest，并
        输出。对 账本目录/checkpoints 的更新由 账本目录/checkpoints/.lock 上的锁保证依次
        进行（最多等待 RELIEF_LOCK_TIMEOUT_MS 毫秒），每个文件都整体替换（写入、fsync、
        改名就位）。账本与最新检查点不一致（账本前面的行已得不出该检查点的根）时拒绝执行。

        加 --witness 时（可多次给出；网址为 relief witness serve 或任何
        c2sp.org/tlog-witness 见证服务的地址，公钥为其联署公钥，由 relief keys show
        --cosigner 得到），新检查点先发给每个见证方，附上从该见证方上次联署的大小起算的
        一致性证明（该大小从其 409 应答得知）；取得至少 N 个经验证的联署（--quorum，默认：
        全部见证方）才保存，否则不保存任何内容（状态 4）。

        cosign（联署）：核对最新检查点由本账本的管理员公钥签名，且账本前面的行得出其根；
        再对照本联署人自己的记录核对：它上次为该来源名联署的大小和根，保存在账本之外的
        STATE/cosigned/ 中（STATE 为 --state 所给目录，否则为 $XDG_STATE_HOME/relief，
        否则为 ~/.local/state/relief；每个联署公钥与来源名一个文件，以二者的 SHA-256 命名，
        旁边有一个锁）。检查点比记录的小、大小相同而根不同，或更大却不是其延续时，一律
        拒绝（状态 1，不写入任何内容）。否则先把该检查点记入记录（整体写入并 fsync），
        然后才在保存的检查点上附加 C2SP Ed25519 联署（cosignature/v1，时间取自时钟）。
        """
      )
    default: return ("", "")
    }
  }

  /// The options of `relief checkpoint` and `relief prove`.
  static func helpCheckpointOptions(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .optionCheckpointKey:
      return (
        "a private key file made by 'relief keys generate': an\nadministrator's; for cosign, the cosigner's\n(default: $RELIEF_KEY)",
        "由 relief keys generate 生成的私钥文件：管理员的；\ncosign 时为联署人的（默认：$RELIEF_KEY）"
      )
    case .optionWitness:
      return (
        "send the checkpoint to this witness to cosign first\n(above)",
        "保存前先把检查点发给该见证方联署（见上）"
      )
    case .optionWitnessQuorum:
      return (
        "store with N verified cosignatures (default: all\nwitnesses)",
        "取得 N 个经验证的联署即保存（默认：全部见证方）"
      )
    case .aboutProve:
      return (
        """
        Prints a receipt for the line with seq SEQ: the line itself, then a C2SP tlog-proof
        (c2sp.org/tlog-proof@v1: 'index SEQ', the base64 inclusion-proof hashes one per
        line, a blank line, and the signed checkpoint with its cosignatures). The proof is
        against the latest stored checkpoint, or the signed checkpoint in FILE; the line
        must be below its size. Anyone can check a receipt offline with
        'relief check-proof' and the ledger's verifier key (docs/FORMAT.md, "Receipts").
        """,
        """
        为指定序号的那一行输出一份回执：先是该行本身，然后是 C2SP tlog 证明
        （c2sp.org/tlog-proof@v1：“index 序号”、base64 编码的包含证明哈希每行一个、一个
        空行，以及带联署的已签名检查点）。证明对照最新保存的检查点，或所给文件中已签名的
        检查点；该行须在检查点的大小之内。任何人都可以离线用 relief check-proof 和账本的
        验证公钥核对回执（docs/FORMAT.md，“Receipts”）。
        """
      )
    case .optionProveCheckpoint:
      return (
        "prove against the signed checkpoint in FILE\n(default: the latest stored one)",
        "对照该文件中已签名的检查点证明\n（默认：最新保存的检查点）"
      )
    default: return ("", "")
    }
  }
}
