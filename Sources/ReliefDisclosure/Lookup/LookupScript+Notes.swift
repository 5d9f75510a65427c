extension LookupScript {
  /// The lookup page's script: signed notes, verifier keys, checkpoints and cosignatures.
  static let notes = #"""
    // Signed notes (c2sp.org/signed-note) and checkpoints (c2sp.org/tlog-checkpoint).
    // A verifier key is `name+hash+base64(type ‖ key)`; the hash is the first four bytes of
    // SHA-256(name ‖ "\n" ‖ type ‖ key): 0x01 an Ed25519 signer, 0x04 a cosigner.
    function parseVerifierKey(text) {
      const parts = /^([^+\s]+)\+([0-9a-f]{8})\+(\S+)$/.exec(text.trim())?.slice(1);
      if (parts === undefined) throw new Error("不是验证公钥：" + text);
      const raw = base64Decode(parts[2]);
      if (raw.length !== 33 || (raw[0] !== 0x01 && raw[0] !== 0x04)) throw new Error("不支持的公钥类型：" + text);
      const id = sha256(concatBytes(textBytes(parts[0] + "\n"), raw)).slice(0, 4);
      if (hexOf(id) !== parts[1]) throw new Error("公钥的哈希与名称不符：" + text);
      return { name: parts[0], id: id, type: raw[0], key: raw.slice(1), text: text.trim() };
    }
    function parseNote(text) {
      const split = text.lastIndexOf("\n\n");
      if (split < 0 || !text.endsWith("\n")) throw new Error("签名检查点格式不对：缺少签名部分");
      const body = text.slice(0, split + 1);
      const signatures = text.slice(split + 2, -1).split("\n").map((line) => {
        const match = /^\u2014 (\S+) (\S+)$/.exec(line);
        if (!match) throw new Error("签名行格式不对：" + line);
        return { name: match[1], raw: base64Decode(match[2]) };
      });
      return { text: text, body: body, signatures: signatures };
    }
    // A signed checkpoint: its origin, tree size and root hash, and its signatures.
    function parseCheckpoint(text) {
      const note = parseNote(text);
      const lines = note.body.slice(0, -1).split("\n");
      if (lines.length < 3 || !/^(0|[1-9][0-9]*)$/.test(lines[1])) throw new Error("检查点正文格式不对");
      const root = base64Decode(lines[2]);
      if (root.length !== 32) throw new Error("检查点的根哈希不是 32 字节");
      return Object.assign(note, { origin: lines[0], size: Number(lines[1]), root: root });
    }
    function signatureBy(note, key) {
      return note.signatures.find((s) => s.name === key.name && sameBytes(s.raw.slice(0, 4), key.id));
    }
    // Whether the log key `key` signed the note.
    function noteSignedBy(note, key) {
      const line = signatureBy(note, key);
      return line !== undefined && key.type === 0x01 && line.raw.length === 68 &&
        ed25519Verify(key.key, textBytes(note.body), line.raw.slice(4));
    }
    // The time a cosigner (tlog-cosignature) signed the note, or null if it did not.
    function cosignedAt(note, key) {
      const line = signatureBy(note, key);
      if (line === undefined || key.type !== 0x04 || line.raw.length !== 76) return null;
      const time = new DataView(line.raw.buffer, line.raw.byteOffset).getBigUint64(4);
      const message = textBytes("cosignature/v1\ntime " + time + "\n" + note.body);
      return ed25519Verify(key.key, message, line.raw.slice(12)) ? Number(time) : null;
    }
    """#
}
