extension Catalogue {
  /// The help of `relief review`.
  static func helpReview(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .aboutReview:
      return (
        """
        Shows the proposal LEDGER/proposals/ID that 'relief append --stage' or 'relief
        import --stage' left: its maker, the digest the maker signed and every entry, one
        per line (seq, date, kind, union, program, amount, details, as 'relief log'; a
        payment to a person shows only the masked payee, never a name or ID number).

        It checks what can be checked before approving, against the verified ledger: that
        the proposal was staged for this ledger (origin), that the maker is a registered
        key (its role, and whether it was revoked), that the maker's signature verifies
        over these entries, that no committed batch carries it yet, and that the people it
        carries are as the maker signed them and give their payments' payee_commitment.
        If any check fails it says so, still lists the entries, and exits 4. The rules
        (balances, entitlement, the reviewer) are checked by 'relief approve', which
        believes nothing in the file.
        """,
        """
        显示 relief append --stage 或 relief import --stage 留下的提案（账本目录下的
        proposals/编号）：制单人、制单人所签的摘要，以及其中每条记录，一条一行（序号、
        日期、类型、工会、资金项目、金额、详情，与 relief log 相同；付给个人的款项只显示
        脱敏后的收款人，从不显示姓名或身份证号）。

        审批前能核对的，都在此对照已验证的账本核对：提案是否为本账本所制（来源名）；
        制单人是否为已登记的公钥（其角色，是否已撤销）；制单人的签名对这些记录是否有效；
        是否已有提交的批次包含该提案；提案所带的个人信息是否与制单人签名时一致，是否与
        各笔款项的 payee_commitment 相符。任何一项不通过都会指出，仍列出全部记录，并以
        状态 4 退出。业务规则（余额、权限、复核人）由 relief approve 核对，它不采信文件
        中的任何内容。
        """
      )
    case .optionReviewJSON:
      return (
        """
        one object: id, path, origin, ledger_origin, maker,
        maker_key (registered, role, union, seq, revoked_seq),
        source, digest, maker_signature ("verifies",
        "does-not-verify" or "unknown-key"), already_committed,
        people (count), people_signature (likewise, null
        without people), verified, problems, and entries (each
        as its canonical object, as the journal and a
        reversal's original hold it)
        """,
        """
        输出一个 JSON 对象：id、path、origin、ledger_origin、
        maker、maker_key（registered、role、union、seq、
        revoked_seq）、source、digest、maker_signature
        （"verifies"、"does-not-verify" 或 "unknown-key"）、
        already_committed、people（人数）、people_signature
        （取值同上，无个人信息时为 null）、verified、problems，
        以及 entries（每条为其规范 JSON 对象，与账本中及冲销
        记录所存的原记录相同）
        """
      )
    default: return ("", "")
    }
  }

  /// The help of `relief approve`.
  static func helpApprove(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .aboutApprove:
      return (
        """
        Commits the proposal LEDGER/proposals/ID as one batch whose commit line carries the
        maker's signature (maker, maker_sig) and yours (signer, sig). Nothing in the file is
        believed: every entry is checked again against the verified ledger as it is now, the
        maker's signature must verify with the maker's registered key over exactly the
        batch written, the maker must still be entitled to every entry, and your key must
        be a reviewer covering the batch's unions and not the maker's key. Payments to
        people are committed with the people the proposal carries, written to the private
        roster at their seqs; they must be as the maker signed them and each must give its
        entry's payee_commitment. If anything fails, nothing is written (exit 4).

        The proposal is claimed (locked) while it is approved, and its file removed once
        committed: a second approval at the same time, or of a proposal approved already,
        is refused (exit 4) with nothing written.
        """,
        """
        把提案（账本目录下的 proposals/编号）作为一批提交，其提交行同时带有制单人的签名
        （maker、maker_sig）和您的签名（signer、sig）。文件中的内容一概不采信：每条记录
        都按账本当前已验证的状态重新核对；制单人的签名须能用其已登记的公钥，对实际写入的
        这一批验证通过；制单人须仍有权记录其中每一条；您的公钥须是复核人，管辖这一批涉及
        的工会，且不是制单人的公钥。付给个人的款项，连同提案所带的个人信息一并提交，按
        序号写入内部名册；这些信息须与制单人签名时一致，且须与各笔款项的
        payee_commitment 相符。任何一项不通过，都不写入任何内容（状态 4）。

        审批期间提案被锁定，提交后即删除其文件：同时进行的另一次审批，或对已审批提案的
        再次审批，都会被拒绝（状态 4），不写入任何内容。
        """
      )
    case .optionReviewerKey:
      return (
        "your private key file as reviewer (复核人)\n(default: $RELIEF_KEY)",
        "您作为复核人的私钥文件\n（默认：$RELIEF_KEY）"
      )
    default: return ("", "")
    }
  }
}
