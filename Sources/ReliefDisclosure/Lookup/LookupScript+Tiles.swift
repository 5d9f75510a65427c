extension LookupScript {
  /// The lookup page's script: proofs from the tiled log, and receipts.
  static let tiles = #"""
    // Proofs from the site's own tiled log (c2sp.org/tlog-tiles, RFC 6962 hashing): the page
    // hashes the entry itself and takes only the other nodes of the path from the hash tiles.
    const TILE_WIDTH = 256;
    function tileIndexPath(index) {
      const groups = [];
      let rest = index;
      do { groups.unshift(String(rest % 1000).padStart(3, "0")); rest = Math.floor(rest / 1000); } while (rest > 0);
      return groups.map((group, i) => (i < groups.length - 1 ? "x" : "") + group).join("/");
    }
    function tileFileName(prefix, index, width) {
      return prefix + tileIndexPath(index) + (width === TILE_WIDTH ? "" : ".p/" + width);
    }
    const leafHash = (entry) => sha256(concatBytes(Uint8Array.of(0), entry));
    const nodeHash = (left, right) => sha256(concatBytes(Uint8Array.of(1), left, right));

    class TiledLog {
      constructor(base, size) { this.base = base; this.size = size; this.files = new Map(); }
      async file(path) {
        if (!this.files.has(path)) {
          this.files.set(path, fetch(this.base + path).then(async (response) => {
            if (!response.ok) throw new Error("无法读取 " + path + "（HTTP " + response.status + "）");
            return new Uint8Array(await response.arrayBuffer());
          }));
        }
        return this.files.get(path);
      }
      // The width of tile `index` at `level` for this tree size.
      width(level, index) { return Math.min(TILE_WIDTH, Math.floor(this.size / TILE_WIDTH ** level) - index * TILE_WIDTH); }
      // The entry at `index`, read from its entry bundle.
      async entry(index) {
        const bundleIndex = Math.floor(index / TILE_WIDTH);
        const width = Math.min(TILE_WIDTH, this.size - bundleIndex * TILE_WIDTH);
        const path = tileFileName("tile/entries/", bundleIndex, width);
        const bytes = await this.file(path);
        let at = 0;
        for (let i = 0; i < width; i++) {
          if (at + 2 > bytes.length) break;
          const length = (bytes[at] << 8) | bytes[at + 1];
          if (i === index % TILE_WIDTH) {
            if (at + 2 + length > bytes.length) break;
            return bytes.slice(at + 2, at + 2 + length);
          }
          at += 2 + length;
        }
        throw new Error(path + " 内容不完整");
      }
      // The hash of the complete subtree of height `height` whose leftmost leaf is
      // `index` · 2^height, from the hash tile holding its nodes at the tile's level.
      async subtree(height, index) {
        const level = Math.floor(height / 8);
        const span = 2 ** (height % 8);
        const first = index * span;
        const tile = Math.floor(first / TILE_WIDTH);
        const width = this.width(level, tile);
        const path = tileFileName("tile/" + level + "/", tile, width);
        const bytes = await this.file(path);
        if (bytes.length !== 32 * width) throw new Error(path + " 的长度不对");
        let hashes = [];
        for (let i = first % TILE_WIDTH; i < first % TILE_WIDTH + span; i++) hashes.push(bytes.slice(32 * i, 32 * i + 32));
        while (hashes.length > 1) {
          const next = [];
          for (let i = 0; i < hashes.length; i += 2) next.push(nodeHash(hashes[i], hashes[i + 1]));
          hashes = next;
        }
        return hashes[0];
      }
      // The hash of leaves [start, end) as RFC 6962 defines it (MTH).
      async range(start, end) {
        const count = end - start;
        if ((count & (count - 1)) === 0 && start % count === 0) return this.subtree(Math.log2(count), start / count);
        const split = 2 ** Math.floor(Math.log2(count - 1));
        return nodeHash(await this.range(start, start + split), await this.range(start + split, end));
      }
      // The root of the tree with `ownLeaf` at `index`, and the proof path (leaf end first).
      async rootFrom(index, ownLeaf, start = 0, end = this.size, path = []) {
        if (end - start === 1) return { root: ownLeaf, path: path };
        const split = 2 ** Math.floor(Math.log2(end - start - 1));
        if (index < start + split) {
          const right = await this.range(start + split, end);
          const inner = await this.rootFrom(index, ownLeaf, start, start + split, path);
          inner.path.push(right);
          return { root: nodeHash(inner.root, right), path: inner.path };
        }
        const left = await this.range(start, start + split);
        const inner = await this.rootFrom(index, ownLeaf, start + split, end, path);
        inner.path.push(left);
        return { root: nodeHash(left, inner.root), path: inner.path };
      }
    }

    // The root an inclusion proof leads to from `leaf` at `index` in a tree of `size`
    // (RFC 9162, section 2.1.3.2), or null if the proof has the wrong length.
    function rootFromProof(index, size, leaf, proof) {
      if (index >= size) return null;
      let fn = index, sn = size - 1, root = leaf, used = 0;
      for (const hash of proof) {
        if (sn === 0) return null;
        if (fn % 2 === 1 || fn === sn) {
          root = nodeHash(hash, root);
          if (fn % 2 === 0) { while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); } }
        } else {
          root = nodeHash(root, hash);
        }
        fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); used++;
      }
      return sn === 0 && used === proof.length ? root : null;
    }

    // A receipt as 'relief prove' writes it: the entry line, then a c2sp.org/tlog-proof@v1.
    function receiptText(line, index, path, noteText) {
      return bytesText(line) + "\nc2sp.org/tlog-proof@v1\nindex " + index + "\n" +
        path.map((hash) => base64Encode(hash) + "\n").join("") + "\n" + noteText;
    }
    function parseReceipt(text) {
      const first = text.indexOf("\n");
      if (first < 0) throw new Error("收据里没有记录行");
      const lines = text.slice(first + 1).split("\n");
      if (lines[0] !== "c2sp.org/tlog-proof@v1") throw new Error("收据第二行应为 c2sp.org/tlog-proof@v1");
      let at = 1;
      if (lines[at].startsWith("extra ")) at++;
      const index = /^index (0|[1-9][0-9]*)$/.exec(lines[at] || "");
      if (!index) throw new Error("收据缺少 index 行");
      const path = [];
      for (at++; at < lines.length && lines[at] !== ""; at++) {
        const hash = base64Decode(lines[at]);
        if (hash.length !== 32) throw new Error("证明的第 " + (path.length + 1) + " 个哈希不是 32 字节");
        path.push(hash);
      }
      if (at >= lines.length) throw new Error("收据缺少检查点");
      return { line: textBytes(text.slice(0, first)), index: Number(index[1]), path: path, note: lines.slice(at + 1).join("\n") };
    }
    """#
}
