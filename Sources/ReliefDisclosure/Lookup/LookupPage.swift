import ReliefLedger

/// `lookup.html`: a business finds the entries naming its credit code and checks each in
/// the browser against the site's signed checkpoint.
public enum LookupPage {
  /// What the page checks against: the log's origin and keys, or why the site carries no
  /// log to check.
  public struct Log: Equatable, Sendable {
    /// The log's origin (the checkpoint's first line).
    public let origin: String
    /// The verifier keys whose signature on the checkpoint is accepted (the ledger's
    /// administrator keys).
    public let keys: [String]
    /// Cosigners' verifier keys (type 0x04) whose cosignatures the page checks and names.
    public let witnesses: [String]

    /// The log published as `origin`, signed by one of `keys`.
    public init(origin: String, keys: [String], witnesses: [String] = []) {
      self.origin = origin
      self.keys = keys
      self.witnesses = witnesses
    }
  }

  /// Why a site has no log when the ledger has no signed checkpoint.
  public static let noCheckpoint =
    "本站尚未附带经签名的日志（账本还没有检查点），暂时无法查询和核验。"

  /// The page; `log` nil means the site carries no log, for the reason `why` (shown).
  public static func html(log: Log?, why: String) -> String {
    let body = """
      <h1>企业查询：经费返还与补贴</h1>
      <p class="lead">输入统一社会信用代码（18 位），或单位名称的前两个字以上，查看账本中提到该单位的每一笔记录。\
      每一笔都在您的浏览器里核验：从本站发布的日志读出记录原文，计算其 SHA-256 哈希，沿默克尔树核对到经签名的检查点，\
      并用 Ed25519 验证检查点的签名。核验通过显示“已验证”，否则显示“未通过验证”及原因。</p>
      <form class="search" method="get" action="lookup.html">
      <label for="q">统一社会信用代码或单位名称</label>
      <input id="q" name="q" autocomplete="off" placeholder="例如 91320602MA1XXXXXX0">
      <button type="submit">查询</button>
      </form>
      <div id="results" aria-live="polite"></div>
      <section>
      <h2>核验收据</h2>
      <p>每笔已验证的记录都可下载收据（与 <code>relief prove</code> 的格式相同）。选择收据文件，本页不联网即可核验；\
      也可用 <code>relief check-proof 收据 --key 公钥</code> 核验。</p>
      <label class="file">选择收据文件<input type="file" id="receipt-file" accept=".txt,text/plain"></label>
      <p id="receipt-result" aria-live="polite"></p>
      </section>
      <section>
      <h2>本站用来核验的公钥</h2>
      <p>核验只证明记录在该公钥签名的检查点之内。请与工会另行公布的公钥核对；\
      也可在地址后加 <code>&amp;key=公钥</code> 改用您自己得到的公钥。</p>
      \(keyList(log))
      </section>
      <script type="application/json" id="lookup-config">\(configJSON(log: log, why: why))</script>
      <script>\(LookupScript.source)</script>
      """
    return HTML.page(title: "企业查询与核验", root: "", body: body)
  }

  private static func keyList(_ log: Log?) -> String {
    guard let log else { return "<p>（本站未附带日志。）</p>" }
    let items = (log.keys + log.witnesses).map { "<li><code>\(HTML.escape($0))</code></li>" }
    return "<ul class=\"keys\">" + items.joined() + "</ul>"
  }

  /// The page's settings as JSON, safe inside a script element (no `<`).
  static func configJSON(log: Log?, why: String) -> String {
    // The kinds' names from the one table input reads and the site shows.
    let kinds = ChineseValues.kinds.compactMap { entry in
      entry.names.first.map { "\(SiteData.string(entry.kind.rawValue)):\(SiteData.string($0))" }
    }
    let strings = { (list: [String]) in "[" + list.map(SiteData.string).joined(separator: ",") + "]"
    }
    let json =
      "{\"log\":\(log != nil),\"why\":\(SiteData.string(why)),"
      + "\"origin\":\(SiteData.string(log?.origin ?? "")),\"keys\":\(strings(log?.keys ?? [])),"
      + "\"witnesses\":\(strings(log?.witnesses ?? [])),\"kinds\":{\(kinds.joined(separator: ","))}}"
    return json.split(separator: "<", omittingEmptySubsequences: false).joined(
      separator: "\\u003c")
  }
}
