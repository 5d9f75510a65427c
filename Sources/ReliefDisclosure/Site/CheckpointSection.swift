/// The index page's section on the latest signed checkpoint, and how to check a receipt
/// against it.
enum CheckpointSection {
  /// The file the site holds the checkpoint note in.
  static let fileName = "checkpoint.txt"

  static func html(_ published: SiteCheckpoint) -> String {
    let checkpoint = published.checkpoint
    let size = checkpoint.treeSize
    var html = "<h2>已签名的检查点（checkpoint）</h2>\n"
    html += "<p>账本已提交的各行构成一棵 Merkle 树（RFC 6962），管理员对其树根签名，"
    html += "得到下面的检查点（C2SP tlog-checkpoint 格式），审计方等可再加副署。</p>\n"
    html += "<dl>\n<dt>账本来源（origin）</dt><dd><code>\(HTML.escape(checkpoint.origin))</code></dd>\n"
    html += "<dt>树大小</dt><dd>\(size) 行"
    html += size > 0 ? "（seq 0 至 \(size - 1)）</dd>\n" : "</dd>\n"
    html += "<dt>根哈希（base64）</dt><dd><code>\(HTML.escape(published.rootBase64))</code></dd>\n"
    let signers = published.signers.map { "<code>\(HTML.escape($0))</code>" }
    html += "<dt>签名密钥</dt><dd>\(signers.joined(separator: "、"))</dd>\n</dl>\n"
    html += "<p>检查点全文如下，也可下载 <a href=\"\(fileName)\">\(fileName)</a>：</p>\n"
    html += "<pre>\(HTML.escape(published.note))</pre>\n"
    html += "<h3>副署</h3>\n"
    if published.cosigners.isEmpty {
      html += "<p>尚无副署。</p>\n"
    } else {
      html += "<ul>\n"
      for cosigner in published.cosigners {
        html += "<li><code>\(HTML.escape(cosigner.keyID))</code>，副署时间 "
        html += "\(Labels.utcTime(seconds: cosigner.timestamp))（UTC）</li>\n"
      }
      html += "</ul>\n<p class=\"note\">本页未核验副署；请用副署方公布的副署公钥核对。</p>\n"
    }
    return html + howToCheck
  }

  static let howToCheck = """
    <h3>企业如何核对回执</h3>
    <p class="note">收到退费的企业可向工会索取回执（由 <code>relief prove 行号</code> 生成，
    含该笔退费的账本行、包含证明和上面的检查点），然后在自己的电脑上离线运行：
    <code>relief check-proof 回执文件 --key 管理员公钥</code>（可再加
    <code>--key 副署公钥</code> 核对副署）。结果为 valid，且所列检查点的大小与根哈希
    与本页一致，即证明这笔退费确实记在本页公开的账本中，无需取得整个账本；
    回执或账本有任何改动，核对都会失败。</p>

    """
}
