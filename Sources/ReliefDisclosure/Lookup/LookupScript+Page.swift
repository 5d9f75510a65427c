extension LookupScript {
  /// The lookup page's script: the page's behaviour.
  static let page = #"""
    // The lookup page: find a business by credit code or name, show every entry naming it as
    // read from the entry bundles, and prove each against the site's signed checkpoint.
    const config = JSON.parse(document.getElementById("lookup-config").textContent);
    const $ = (id) => document.getElementById(id);
    function element(tag, className, text) {
      const node = document.createElement(tag);
      if (className) node.className = className;
      if (text !== undefined) node.textContent = text;
      return node;
    }
    function yuanText(fen) {
      const magnitude = Math.abs(fen);
      const whole = String(Math.floor(magnitude / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
      return (fen < 0 ? "-" : "") + whole + "." + String(magnitude % 100).padStart(2, "0") + " 元";
    }
    function verdict(ok, reason) {
      const node = element("span", ok ? "verdict ok" : "verdict bad", ok ? "已验证" : "未通过验证");
      if (!ok) node.append(element("span", "reason", "：" + reason));
      return node;
    }
    function normalizedCode(text) {
      return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0))
        .replace(/\s+/g, "").toUpperCase();
    }
    const CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
    async function fetchJSON(path) {
      const response = await fetch(path);
      if (!response.ok) throw new Error("无法读取 " + path + "（HTTP " + response.status + "）");
      return response.json();
    }
    function trustedKeys() {
      const given = new URLSearchParams(location.search).getAll("key");
      return (given.length > 0 ? given : config.keys).map(parseVerifierKey);
    }
    // The site's checkpoint, once a trusted key's signature on it verifies.
    async function verifiedCheckpoint() {
      const response = await fetch("checkpoint");
      if (!response.ok) throw new Error("无法读取检查点 checkpoint（HTTP " + response.status + "）");
      return checkedNote(await response.text());
    }
    function checkedNote(text) {
      const note = parseCheckpoint(text);
      if (note.origin !== config.origin) throw new Error("检查点属于另一个日志（" + note.origin + "）");
      const signer = trustedKeys().find((key) => noteSignedBy(note, key));
      if (signer === undefined) throw new Error("检查点的签名不能用公布的公钥验证");
      note.signer = signer;
      note.cosigners = config.witnesses.map(parseVerifierKey)
        .map((key) => ({ key: key, time: cosignedAt(note, key) })).filter((c) => c.time !== null);
      return note;
    }
    function checkpointLine(note) {
      let text = "对照第 " + note.size.toLocaleString("en-US") + " 号检查点（日志 " + note.origin + "），签名者 " +
        note.signer.name + "+" + hexOf(note.signer.id);
      if (note.cosigners.length > 0) text += "；见证：" + note.cosigners.map((c) => c.key.name).join("、");
      return text;
    }
    // An entry read from the bundles and proven: its line, its fields and its proof path.
    async function provenEntry(log, note, seq) {
      const line = await log.entry(seq);
      const proof = await log.rootFrom(seq, leafHash(line));
      if (!sameBytes(proof.root, note.root)) throw new Error("第 " + seq + " 条记录的包含证明与检查点的根哈希不符");
      const fields = JSON.parse(bytesText(line));
      if (fields.seq !== seq) throw new Error("日志第 " + seq + " 项的序号是 " + fields.seq);
      return { line: line, fields: fields, path: proof.path };
    }
    // The name a union or program registered with, read and proven like the entries; its id
    // when the registration cannot be proven.
    async function registeredName(log, note, seqs, kind, id) {
      const seq = seqs[id];
      if (seq === undefined) return id;
      try {
        const entry = await provenEntry(log, note, seq);
        return entry.fields.kind === kind && entry.fields.id === id ? entry.fields.name : id;
      } catch (error) {
        return id;
      }
    }
    function periodText(period) {
      const match = /^(\d{4})-(\d{2})(?:\.\.(\d{4})-(\d{2}))?$/.exec(period || "");
      if (!match) return period || "";
      const month = (y, m) => y + "年" + Number(m) + "月";
      return match[3] ? month(match[1], match[2]) + "至" + month(match[3], match[4]) : month(match[1], match[2]);
    }
    function entryRow(entry, payer, program, code, note) {
      const f = entry.fields;
      const own = f.kind === "reversal" ? f.original : f;
      const row = element("tr");
      const kind = (config.kinds[f.kind] || f.kind) + (f.kind === "reversal" ? "（冲销第 " + f.reverses + " 条）" : "");
      const amount = f.kind === "reversal" ? -own.amount_fen : own.amount_fen;
      for (const [label, text] of [["序号", String(f.seq)], ["日期", f.date], ["类型", kind], ["支付单位", payer],
        ["资金", program], ["所属期", periodText(own.period)], ["金额", yuanText(amount)]]) {
        const cell = element("td", label === "金额" ? "n" : "", text);
        cell.dataset.label = label;
        row.append(cell);
      }
      // The sample's convention (seeds/README.md): a memo saying SYNTHETIC marks an entry made
      // up to break a reported total into rows.
      if (/^seeds:\S+ \S+\.txt SYNTHETIC/.test(own.memo || f.memo || "")) {
        const mark = element("span", "mark", "合成");
        mark.title = "按报道中的总数推算构造的明细，不是真实账目";
        row.cells[2].append(mark);
      }
      const status = element("td");
      status.dataset.label = "核验";
      if (own.counterparty_id !== code) {
        status.append(verdict(false, "该记录没有提到这个代码"));
      } else {
        status.append(verdict(true));
        const link = element("a", "receipt", "下载收据");
        link.download = "receipt-" + f.seq + ".txt";
        link.href = "data:text/plain;charset=utf-8," + encodeURIComponent(receiptText(entry.line, f.seq, entry.path, note.text));
        status.append(" ", link);
      }
      row.append(status);
      return row;
    }
    async function showBusiness(code) {
      const results = $("results");
      const index = await fetchJSON("lookup/index.json");
      const shard = hexOf(sha256(textBytes(code))).slice(0, index.shard_hex_digits);
      const business = (await fetchJSON("lookup/code/" + shard + ".json"))[code];
      if (business === undefined) {
        results.append(element("p", "empty", "没有找到统一社会信用代码为 " + code + " 的记录。"));
        return;
      }
      let note;
      try {
        note = await verifiedCheckpoint();
      } catch (error) {
        results.append(element("h2", "", business.name + "（" + code + "）"), verdict(false, error.message));
        return;
      }
      const log = new TiledLog("", note.size);
      results.append(element("h2", "", business.name + "（" + code + "）"));
      results.append(element("p", "checkpoint", checkpointLine(note)));
      const table = element("table", "entries stack");
      const head = element("tr");
      for (const label of ["序号", "日期", "类型", "支付单位", "资金", "所属期", "金额", "核验"]) head.append(element("th", "", label));
      table.append(element("thead"), element("tbody"));
      table.tHead.append(head);
      results.append(table);
      let total = 0;
      for (const seq of business.seqs) {
        try {
          const entry = await provenEntry(log, note, seq);
          const own = entry.fields.kind === "reversal" ? entry.fields.original : entry.fields;
          const payer = await registeredName(log, note, index.unions, "union", own.union);
          const program = await registeredName(log, note, index.programs, "program", own.program);
          table.tBodies[0].append(entryRow(entry, payer, program, code, note));
          if (own.counterparty_id === code) total += entry.fields.kind === "reversal" ? -own.amount_fen : own.amount_fen;
        } catch (error) {
          const row = element("tr");
          const cell = element("td", "", String(seq));
          const status = element("td");
          status.colSpan = 7;
          status.append(verdict(false, error.message));
          row.append(cell, status);
          table.tBodies[0].append(row);
        }
      }
      results.append(element("p", "total", "已验证记录合计：" + yuanText(total)));
    }
    async function showNames(text) {
      const results = $("results");
      if (Array.from(text).length < 2) {
        results.append(element("p", "empty", "请输入 18 位统一社会信用代码，或名称的前两个字以上。"));
        return;
      }
      const index = await fetchJSON("lookup/index.json");
      const key = Array.from(text).slice(0, 2).join("");
      const rows = await fetchJSON("lookup/name/" + hexOf(sha256(textBytes(key))).slice(0, index.shard_hex_digits) + ".json");
      const found = rows.filter((row) => row[0].startsWith(text)).slice(0, 100);
      if (found.length === 0) {
        results.append(element("p", "empty", "没有名称以“" + text + "”开头的单位。"));
        return;
      }
      const list = element("ul", "names");
      for (const [name, code] of found) {
        const item = element("li");
        const link = element("a", "", name + "（" + code + "）");
        link.href = "lookup.html?code=" + encodeURIComponent(code);
        item.append(link);
        list.append(item);
      }
      results.append(list);
    }
    async function checkReceipt(text) {
      const out = $("receipt-result");
      out.replaceChildren();
      try {
        const receipt = parseReceipt(text);
        const note = checkedNote(receipt.note);
        const root = rootFromProof(receipt.index, note.size, leafHash(receipt.line), receipt.path);
        if (root === null || !sameBytes(root, note.root)) throw new Error("包含证明与检查点的根哈希不符");
        const fields = JSON.parse(bytesText(receipt.line));
        if (fields.seq !== receipt.index) throw new Error("记录的序号 " + fields.seq + " 与证明的 index " + receipt.index + " 不符");
        const own = fields.kind === "reversal" ? fields.original : fields;
        out.append(verdict(true), element("span", "", "：第 " + fields.seq + " 条，" + fields.date + "，" +
          (config.kinds[fields.kind] || fields.kind) + "，" + (own.counterparty || "") + "，" + yuanText(own.amount_fen || 0) + "；" + checkpointLine(note)));
      } catch (error) {
        out.append(verdict(false, error.message));
      }
    }
    async function main() {
      const params = new URLSearchParams(location.search);
      if (!config.log) {
        $("results").append(element("p", "empty", config.why));
        return;
      }
      const code = params.get("code");
      const query = params.get("q");
      const receipt = params.get("receipt");
      if (code !== null) {
        $("q").value = code;
        const normal = normalizedCode(code);
        if (CODE_PATTERN.test(normal)) await showBusiness(normal);
        else $("results").append(element("p", "empty", "“" + code + "”不是 18 位统一社会信用代码。"));
      } else if (query !== null && query.trim() !== "") {
        $("q").value = query;
        const normal = normalizedCode(query);
        if (CODE_PATTERN.test(normal)) await showBusiness(normal);
        else await showNames(query.trim());
      }
      if (receipt !== null) {
        const response = await fetch(receipt);
        await checkReceipt(response.ok ? await response.text() : "");
      }
    }
    $("receipt-file").addEventListener("change", async (event) => {
      const file = event.target.files[0];
      if (file) await checkReceipt(await file.text());
    });
    main().catch((error) => $("results").append(verdict(false, error.message)))
      .finally(() => { document.body.dataset.state = "done"; });
    """#
}
