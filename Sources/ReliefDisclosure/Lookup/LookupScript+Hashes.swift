extension LookupScript {
  /// The lookup page's script: bytes, text, SHA-256 and SHA-512.
  static let hashes = #"""
    // Bytes, text and the two SHA-2 functions, written out so that the page needs nothing
    // from the browser beyond JavaScript itself (WebCrypto is missing on plain http sites).
    const utf8 = new TextEncoder();
    function textBytes(text) { return utf8.encode(text); }
    function bytesText(bytes) { return new TextDecoder("utf-8", { fatal: true }).decode(bytes); }
    function concatBytes(...parts) {
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) { out.set(p, at); at += p.length; }
      return out;
    }
    function sameBytes(a, b) {
      if (a.length !== b.length) return false;
      let diff = 0;
      for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
      return diff === 0;
    }
    function hexOf(bytes) { return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(""); }
    function base64Decode(text) {
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new Error("不是 base64：" + text.slice(0, 20));
      const raw = atob(text);
      return Uint8Array.from(raw, (c) => c.charCodeAt(0));
    }
    function base64Encode(bytes) { return btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join("")); }

    // The round constants and initial values are the fractional parts of the cube and square
    // roots of the first primes, computed here with integer roots rather than copied in.
    const MASK64 = (1n << 64n) - 1n;
    function integerRoot(n, k) {
      const K = BigInt(k);
      let x = 1n << BigInt(Math.ceil(n.toString(2).length / k) + 1);
      for (;;) {
        const y = ((K - 1n) * x + n / x ** (K - 1n)) / K;
        if (y >= x) return x;
        x = y;
      }
    }
    const PRIMES = (() => {
      const found = [];
      for (let n = 2; found.length < 80; n++) if (found.every((p) => n % p !== 0)) found.push(n);
      return found;
    })();
    const K512 = PRIMES.map((p) => integerRoot(BigInt(p) << 192n, 3) & MASK64);
    const H512 = PRIMES.slice(0, 8).map((p) => integerRoot(BigInt(p) << 128n, 2) & MASK64);
    const K256 = Uint32Array.from(K512.slice(0, 64), (k) => Number(k >> 32n));
    const H256 = Uint32Array.from(H512, (h) => Number(h >> 32n));

    function paddedMessage(message, blockBytes, lengthBytes) {
      const total = Math.ceil((message.length + 1 + lengthBytes) / blockBytes) * blockBytes;
      const padded = new Uint8Array(total);
      padded.set(message);
      padded[message.length] = 0x80;
      let bits = BigInt(message.length) * 8n;
      for (let i = total - 1; bits > 0n; i--, bits >>= 8n) padded[i] = Number(bits & 0xffn);
      return padded;
    }

    function sha256(message) {
      const rotr = (x, n) => (x >>> n) | (x << (32 - n));
      const h = Uint32Array.from(H256);
      const w = new Uint32Array(64);
      const padded = paddedMessage(message, 64, 8);
      const view = new DataView(padded.buffer);
      for (let block = 0; block < padded.length; block += 64) {
        for (let i = 0; i < 16; i++) w[i] = view.getUint32(block + 4 * i);
        for (let i = 16; i < 64; i++) {
          const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
          const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
          w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        let [a, b, c, d, e, f, g, hh] = h;
        for (let i = 0; i < 64; i++) {
          const s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
          const t1 = (hh + s1 + ((e & f) ^ (~e & g)) + K256[i] + w[i]) >>> 0;
          const s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
          const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
          hh = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
        }
        h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
      }
      const out = new Uint8Array(32);
      const outView = new DataView(out.buffer);
      h.forEach((v, i) => outView.setUint32(4 * i, v));
      return out;
    }

    function sha512(message) {
      const rotr = (x, n) => ((x >> n) | (x << (64n - n))) & MASK64;
      const h = H512.slice();
      const w = new Array(80);
      const padded = paddedMessage(message, 128, 16);
      const view = new DataView(padded.buffer);
      for (let block = 0; block < padded.length; block += 128) {
        for (let i = 0; i < 16; i++) w[i] = view.getBigUint64(block + 8 * i);
        for (let i = 16; i < 80; i++) {
          const s0 = rotr(w[i - 15], 1n) ^ rotr(w[i - 15], 8n) ^ (w[i - 15] >> 7n);
          const s1 = rotr(w[i - 2], 19n) ^ rotr(w[i - 2], 61n) ^ (w[i - 2] >> 6n);
          w[i] = (w[i - 16] + s0 + w[i - 7] + s1) & MASK64;
        }
        let [a, b, c, d, e, f, g, hh] = h;
        for (let i = 0; i < 80; i++) {
          const s1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
          const ch = (e & f) ^ (~e & MASK64 & g);
          const t1 = (hh + s1 + ch + K512[i] + w[i]) & MASK64;
          const s0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
          const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) & MASK64;
          hh = g; g = f; f = e; e = (d + t1) & MASK64; d = c; c = b; b = a; a = (t1 + t2) & MASK64;
        }
        [a, b, c, d, e, f, g, hh].forEach((v, i) => { h[i] = (h[i] + v) & MASK64; });
      }
      const out = new Uint8Array(64);
      const outView = new DataView(out.buffer);
      h.forEach((v, i) => outView.setBigUint64(8 * i, v));
      return out;
    }
    """#
}
