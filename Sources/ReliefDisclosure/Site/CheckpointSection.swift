import ReliefCrypto
import ReliefLedger

/// The part of the overview page that shows the latest signed checkpoint: what it
/// commits to, who signed and cosigned it, the note itself, and how to check a receipt.
enum CheckpointSection {
  /// The section for the signed checkpoint `note`, or a line saying it cannot be read.
  static func html(_ note: [UInt8]) -> String {
    guard let signed = try? SignedNote(parsing: note),
      let checkpoint = try? Checkpoint(parsing: signed.text)
    else {
      return "<h2>已签名的检查点</h2>\n<p class=\"note\">检查点文件无法解析，未予展示。</p>\n"
    }
    var out = "<h2>已签名的检查点（checkpoint）</h2>\n"
    out += "<p>账本来源 <code>\(HTML.escape(checkpoint.origin))</code> 的前 "
    out += "<b>\(checkpoint.treeSize)</b> 行的默克尔树根（RFC 6962，base64）：</p>\n"
    out += "<p><code>\(Base64.encode(checkpoint.rootHash.bytes))</code></p>\n"
    out += "<ul>\n"
    for signature in signed.signatures {
      out += "<li><code>\(HTML.escape(signature.keyID))</code> " + role(signature) + "</li>\n"
    }
    out += "</ul>\n"
    out += "<pre>\(HTML.escape(String(decoding: note, as: UTF8.self)))</pre>\n"
    out += "<p><a href=\"checkpoint.txt\">下载检查点（checkpoint.txt）</a></p>\n"
    out += "<p class=\"note\">核对收据：向记账工会索取某一笔记录的收据（<code>relief prove SEQ</code>"
    out += " 的输出，含该行原文、包含证明和本检查点），再运行 "
    out += "<code>relief check-proof 收据文件 --key 账本公钥</code>。通过即证明该行在此检查点所覆盖的账本中，"
    out += "且未被改动；新的检查点必须与旧的一致（<code>relief verify --since</code>），账本不能被悄悄改写。</p>\n"
    return out
  }

  /// What a signature line is: the ledger's signature or a timestamped cosignature.
  private static func role(_ signature: NoteSignature) -> String {
    guard let cosignature = try? Cosignature(signature) else { return "签名" }
    return "副署（cosignature），时间 " + utcTime(cosignature.timestamp)
  }

  /// `seconds` since 1970 as `YYYY-MM-DD HH:MM:SS UTC`.
  static func utcTime(_ seconds: UInt64) -> String {
    guard seconds < UInt64(Int64.max / 1000),
      let date = BusinessDate(unixMillis: Int64(seconds) * 1000, utcOffsetSeconds: 0)
    else { return "\(seconds)" }
    let time = seconds % 86_400
    func two(_ value: UInt64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(date) \(two(time / 3600)):\(two(time / 60 % 60)):\(two(time % 60)) UTC"
  }
}
