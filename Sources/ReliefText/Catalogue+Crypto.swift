extension Catalogue {
  /// Why a signed note or a checkpoint does not parse or verify.
  static func cryptoNotes(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .noteNotUTF8: return ("the note is not valid UTF-8", "签名文件不是有效的 UTF-8 文本")
    case .noteControlCharacter:
      return (
        "the note has a control character at byte {offset} (only newline is allowed)",
        "签名文件第 {offset} 字节是控制字符（只允许换行符）"
      )
    case .noteNoFinalNewline:
      return ("the note text must end with a newline", "签名文件的正文必须以换行符结尾")
    case .noteNoSignatureBlock:
      return ("no blank line separates the note text from its signatures", "正文与签名之间没有空行分隔")
    case .noteNoSignatures:
      return ("the note has no signature lines after the blank line", "空行之后没有签名行")
    case .noteMalformedSignature:
      return (
        "signature line {line} is not of the form '— <key name> <base64 signature>'",
        "第 {line} 个签名行的格式不是“— 公钥名称 base64签名”"
      )
    case .noteTooManySignatures:
      return ("the note has more than {limit} signature lines", "签名行超过 {limit} 个")
    case .noteAmbiguousKey:
      return ("more than one verifier key is named {key}", "有不止一把公钥名为 {key}")
    case .noteBadSignature:
      return ("the signature by known key {key} does not verify", "已知公钥 {key} 的签名验证不通过")
    case .noteNoVerifiableSignature:
      return ("the note has no signature by any of the given keys", "没有任何所给公钥的签名")
    case .checkpointTooFewLines:
      return ("a checkpoint needs origin, tree size and root hash lines", "检查点须有来源名、行数和根哈希三行")
    case .checkpointEmptyOrigin: return ("the checkpoint origin line is empty", "检查点的来源名一行为空")
    case .checkpointBadSize:
      return (
        "the tree size line is not a decimal number without leading zeroes",
        "行数一行不是不带前导零的十进制数"
      )
    case .checkpointBadRoot:
      return ("the root hash line is not base64 of 32 bytes", "根哈希一行不是 32 字节的 base64")
    case .checkpointEmptyExtension:
      return ("a checkpoint extension line is empty", "检查点有一行扩展内容为空")
    case .checkpointUnexpectedOrigin:
      return ("unexpected checkpoint origin {origin}", "检查点的来源名 {origin} 不是预期的")
    case .checkpointBadNote:
      return ("the checkpoint note is invalid: {reason}", "检查点的签名文件无效：{reason}")
    case .cosignatureMalformed:
      return (
        "the cosignature is not key hash, 8-byte timestamp and 64-byte signature",
        "联署签名的格式不是“公钥哈希、8 字节时间戳、64 字节签名”"
      )
    case .cosignatureTimeTooLarge:
      return ("the cosignature timestamp exceeds 2^63 - 1", "联署时间戳超过 2^63 - 1")
    case .cosignatureBad: return ("the cosignature by {key} does not verify", "{key} 的联署签名验证不通过")
    case .proofMalformed: return ("malformed tlog-proof: {detail}", "包含证明（tlog-proof）格式有误：{detail}")
    case .proofInclusionFails: return ("the inclusion proof fails: {reason}", "包含证明不成立：{reason}")
    default: return ("", "")
    }
  }

  /// Why a key is refused.
  static func cryptoKeys(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .keyNoPrivatePrefix:
      return ("a signer key must start with PRIVATE+KEY+", "私钥必须以 PRIVATE+KEY+ 开头")
    case .keyPrivateNotVerifier:
      return (
        "this is a private signer key; a public verifier key was expected",
        "这是私钥；此处需要的是公钥（请勿泄露私钥）"
      )
    case .keyMissingFields:
      return ("a key must have the form <name>+<hash>+<key>", "公钥的格式应为 名称+哈希+密钥")
    case .keyBadName:
      return (
        "the key name is empty or contains '+', a space or a control character",
        "公钥名称为空，或含有“+”、空格或控制字符"
      )
    case .keyBadHash:
      return ("the key hash must be 8 lowercase hexadecimal digits", "公钥哈希必须是 8 位小写十六进制数")
    case .keyBadBase64: return ("the key is not valid base64: {reason}", "密钥不是有效的 base64：{reason}")
    case .keyUnknownAlgorithm:
      return (
        "unknown key algorithm {byte} (1, Ed25519, and 4, Ed25519 cosigner, are supported)",
        "未知的密钥算法 {byte}（支持 1：Ed25519，4：Ed25519 联署人）"
      )
    case .keyCosignerNotAccepted:
      return (
        "this is a cosigner key (type 4), which only checks cosignatures; an Ed25519 note key "
          + "(type 1) is needed here",
        "这是联署人公钥（类型 4），只能用来核验联署；此处需要 Ed25519 签名公钥（类型 1）"
      )
    case .keyPrivateNotEd25519:
      return (
        "a private key must have type 1 (Ed25519), not {byte}", "私钥类型必须是 1（Ed25519），而不是 {byte}"
      )
    case .keyWrongLength:
      return (
        "the key has {count} bytes; an Ed25519 key has 32", "密钥有 {count} 字节；Ed25519 密钥应为 32 字节"
      )
    case .keyHashMismatch:
      return (
        "the key hash {listed} does not match the name and key (expected {computed})",
        "公钥哈希 {listed} 与名称和密钥不符（应为 {computed}）"
      )
    default: return ("", "")
    }
  }

  /// Why a Merkle proof or base64 text is refused.
  static func cryptoProofs(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .merkleIndexOutOfRange:
      return ("leaf index {index} is not below the tree size {size}", "叶子序号 {index} 不小于树的行数 {size}")
    case .merkleSizesOutOfOrder:
      return (
        "the first tree size {first} is larger than the second {second}",
        "前一个行数 {first} 大于后一个行数 {second}"
      )
    case .merkleEmptyFirst:
      return ("a consistency proof from the empty tree is not defined", "从空树出发的一致性证明没有定义")
    case .merkleWrongLength:
      return (
        "the proof has {actual} hashes; {expected} were expected",
        "证明含 {actual} 个哈希，应为 {expected} 个"
      )
    case .merkleRootMismatch:
      return ("the proof does not lead to the expected root hash", "证明推算出的根哈希与预期不符")
    case .merkleFirstRootMismatch:
      return ("the proof does not lead to the expected first root hash", "证明推算出的前一个根哈希与预期不符")
    case .base64Length:
      return (
        "base64 text of {count} bytes: the length must be a multiple of 4",
        "base64 文本有 {count} 字节：长度必须是 4 的倍数"
      )
    case .base64Character:
      return ("byte {offset} is not a base64 character", "第 {offset} 字节不是 base64 字符")
    case .base64Padding:
      return ("misplaced '=' padding at byte {offset}", "第 {offset} 字节的“=”填充位置不对")
    case .base64TrailingBits:
      return (
        "the last base64 character has non-zero unused bits (not the canonical encoding)",
        "最后一个 base64 字符的未用位不为零（不是规范编码）"
      )
    default: return ("", "")
    }
  }
}
