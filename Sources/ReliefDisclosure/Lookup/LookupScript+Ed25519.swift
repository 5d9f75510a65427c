extension LookupScript {
  /// The lookup page's script: Ed25519 signature verification (RFC 8032).
  static let ed25519 = #"""
    // Ed25519 signature verification (RFC 8032, section 5.1.7) on BigInt field arithmetic:
    // slow next to native code, but one checkpoint signature takes milliseconds.
    const FIELD_P = (1n << 255n) - 19n;
    const GROUP_L = (1n << 252n) + 0x14def9dea2f79cd65812631a5cf5d3edn;
    function fieldMod(a) { const r = a % FIELD_P; return r >= 0n ? r : r + FIELD_P; }
    function fieldPow(base, exponent) {
      let result = 1n;
      let b = fieldMod(base);
      for (let e = exponent; e > 0n; e >>= 1n) {
        if (e & 1n) result = (result * b) % FIELD_P;
        b = (b * b) % FIELD_P;
      }
      return result;
    }
    const fieldInverse = (x) => fieldPow(x, FIELD_P - 2n);
    const CURVE_D = fieldMod(-121665n * fieldInverse(121666n));
    const SQRT_M1 = fieldPow(2n, (FIELD_P - 1n) / 4n);
    function littleEndian(bytes) {
      let n = 0n;
      for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]);
      return n;
    }
    // Points in extended coordinates (X, Y, Z, T), x = X/Z, y = Y/Z, xy = T/Z.
    function pointAdd(p, q) {
      const a = fieldMod((p[1] - p[0]) * (q[1] - q[0]));
      const b = fieldMod((p[1] + p[0]) * (q[1] + q[0]));
      const c = fieldMod(2n * p[3] * q[3] * CURVE_D);
      const d = fieldMod(2n * p[2] * q[2]);
      const e = b - a, f = d - c, g = d + c, h = b + a;
      return [fieldMod(e * f), fieldMod(g * h), fieldMod(f * g), fieldMod(e * h)];
    }
    function pointMultiply(scalar, point) {
      let result = [0n, 1n, 1n, 0n];
      let addend = point;
      for (let s = scalar; s > 0n; s >>= 1n) {
        if (s & 1n) result = pointAdd(result, addend);
        addend = pointAdd(addend, addend);
      }
      return result;
    }
    function pointEncode(p) {
      const zInverse = fieldInverse(p[2]);
      const x = fieldMod(p[0] * zInverse);
      let y = fieldMod(p[1] * zInverse) | ((x & 1n) << 255n);
      const out = new Uint8Array(32);
      for (let i = 0; i < 32; i++, y >>= 8n) out[i] = Number(y & 0xffn);
      return out;
    }
    // Decodes a point, refusing a y that is not reduced and the encoding of -0.
    function pointDecode(bytes) {
      if (bytes.length !== 32) return null;
      const sign = bytes[31] >> 7;
      const y = littleEndian(bytes) & ((1n << 255n) - 1n);
      if (y >= FIELD_P) return null;
      const u = fieldMod(y * y - 1n);
      const v = fieldMod(CURVE_D * y * y + 1n);
      const xx = fieldMod(u * fieldInverse(v));
      let x = fieldPow(xx, (FIELD_P + 3n) / 8n);
      if (fieldMod(x * x - xx) !== 0n) x = fieldMod(x * SQRT_M1);
      if (fieldMod(x * x - xx) !== 0n) return null;
      if (x === 0n && sign === 1) return null;
      if (Number(x & 1n) !== sign) x = FIELD_P - x;
      return [x, y, 1n, fieldMod(x * y)];
    }
    const BASE_POINT = (() => {
      const y = fieldMod(4n * fieldInverse(5n));
      const bytes = new Uint8Array(32);
      for (let i = 0, v = y; i < 32; i++, v >>= 8n) bytes[i] = Number(v & 0xffn);
      return pointDecode(bytes);
    })();
    // Whether `signature` (64 bytes) is `publicKey`'s (32 bytes) over `message`: the
    // cofactorless check [S]B = R + [k]A, comparing encodings, with S below the group order.
    function ed25519Verify(publicKey, message, signature) {
      if (publicKey.length !== 32 || signature.length !== 64) return false;
      const a = pointDecode(publicKey);
      if (a === null) return false;
      const r = signature.slice(0, 32);
      const s = littleEndian(signature.slice(32));
      if (s >= GROUP_L) return false;
      const k = littleEndian(sha512(concatBytes(r, publicKey, message))) % GROUP_L;
      const minusA = [fieldMod(-a[0]), a[1], a[2], fieldMod(-a[3])];
      const check = pointAdd(pointMultiply(s, BASE_POINT), pointMultiply(k, minusA));
      return sameBytes(pointEncode(check), r);
    }
    """#
}
