import ReliefCrypto
import ReliefText

/// The formats of entry fields, checked both when input becomes an entry and when the
/// verifier decodes a journal line, so that the two can never disagree.
public enum FieldRules {
  /// The longest union or program id, in bytes.
  public static let identifierSizeBytesMax = 64
  /// The longest display name, counterparty name or origin name, in bytes.
  public static let nameSizeBytesMax = 200
  /// The longest memo, in bytes.
  public static let memoSizeBytesMax = 1000
  /// The longest purpose of a commitment, in bytes.
  public static let purposeSizeBytesMax = 1000
  /// The longest request id, in bytes.
  public static let requestIDSizeBytesMax = 128
  /// The longest counterparty id, in bytes.
  public static let counterpartyIDSizeBytesMax = 64
  /// The longest goods item, in bytes.
  public static let itemSizeBytesMax = 200
  /// The largest quantity of goods one entry may move (10^12: beyond any relief report,
  /// and small enough that a ledger's sums cannot overflow Int64 before its size limits).
  public static let quantityMax: Int64 = 1_000_000_000_000
  /// The largest headcount accepted.
  public static let headcountMax: Int64 = 100_000_000

  /// A union or program id: lowercase ASCII letters and digits, then also `.`, `_`, `-`.
  public static func checkIdentifier(_ text: String) -> String? {
    // The UTF-8 view, not an array of it: this runs for several fields of every row.
    let bytes = text.utf8
    guard !bytes.isEmpty else { return Text.current(.fieldEmpty) }
    guard bytes.count <= identifierSizeBytesMax else {
      return Text.current(.fieldTooManyCharacters, ["max": String(identifierSizeBytesMax)])
    }
    for (index, byte) in bytes.enumerated() {
      let alphanumeric = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
      let punctuation = byte == 0x2E || byte == 0x5F || byte == 0x2D
      if !(alphanumeric || (index > 0 && punctuation)) {
        return Text.current(.fieldNotAnID, ["text": text])
      }
    }
    return nil
  }

  /// Whether `scalar` is a control character (Unicode category Cc).
  ///
  /// They are U+0000 to U+001F, U+007F (DEL) and U+0080 to U+009F (C1); no journal string
  /// may hold one.
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
  }

  /// A display name or counterparty name: 1 to 200 bytes of UTF-8 text with no control
  /// characters and no surrounding spaces.
  public static func checkName(_ text: String) -> String? {
    checkText(text, sizeBytesMax: nameSizeBytesMax, allowEmpty: false)
  }

  /// A memo: at most 1000 bytes, no control characters.
  public static func checkMemo(_ text: String) -> String? {
    checkText(text, sizeBytesMax: memoSizeBytesMax, allowEmpty: false)
  }

  /// A commitment's purpose: 1 to 1000 bytes, no control characters, no surrounding spaces.
  public static func checkPurpose(_ text: String) -> String? {
    checkText(text, sizeBytesMax: purposeSizeBytesMax, allowEmpty: false)
  }

  /// A goods item: 1 to 200 bytes, no control characters, no surrounding spaces.
  public static func checkItem(_ text: String) -> String? {
    checkText(text, sizeBytesMax: itemSizeBytesMax, allowEmpty: false)
  }

  /// A quantity of goods: a whole number from 1 to `quantityMax`.
  public static func checkQuantity(_ value: Int64) -> String? {
    guard value >= 1, value <= quantityMax else {
      return Text.current(
        .fieldCountRange, ["minimum": "1", "max": String(quantityMax), "value": String(value)])
    }
    return nil
  }

  /// A request id or counterparty id: printable ASCII without spaces.
  public static func checkToken(_ text: String, sizeBytesMax: Int) -> String? {
    let bytes = text.utf8
    guard !bytes.isEmpty else { return Text.current(.fieldEmpty) }
    guard bytes.count <= sizeBytesMax else {
      return Text.current(.fieldTooManyCharacters, ["max": String(sizeBytesMax)])
    }
    guard bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
      return Text.current(.fieldNotPrintableASCII, ["text": text])
    }
    return nil
  }

  /// A C2SP signed-note Ed25519 verifier key, `<name>+<hash>+<base64>`, whose hash matches.
  public static func checkVerifierKey(_ text: String) -> String? {
    do {
      _ = try NoteVerifierKey(parsing: text)
      return nil
    } catch {
      return Text.current(.fieldNotVerifierKey, ["error": "\(error)"])
    }
  }

  /// A ledger's origin name: printable ASCII without spaces, at most 200 bytes.
  public static func checkOrigin(_ text: String) -> String? {
    checkToken(text, sizeBytesMax: nameSizeBytesMax)
  }

  /// A headcount: a whole number from `minimum` to `headcountMax`.
  public static func checkHeadcount(_ value: Int64, minimum: Int64) -> String? {
    guard value >= minimum, value <= headcountMax else {
      return Text.current(
        .fieldCountRange,
        ["minimum": String(minimum), "max": String(headcountMax), "value": String(value)])
    }
    return nil
  }

  /// `U+XXXX` for messages.
  static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  private static func checkText(_ text: String, sizeBytesMax: Int, allowEmpty: Bool) -> String? {
    let bytes = text.utf8
    if bytes.isEmpty { return allowEmpty ? nil : Text.current(.fieldEmpty) }
    guard bytes.count <= sizeBytesMax else {
      return Text.current(
        .fieldTooManyBytes, ["max": String(sizeBytesMax), "size": String(bytes.count)])
    }
    if let control = text.unicodeScalars.first(where: isControl) {
      return Text.current(.fieldControlCharacter, ["code": codePoint(control)])
    }
    if bytes.first == 0x20 || bytes.last == 0x20 {
      return Text.current(.fieldOuterSpaces)
    }
    return nil
  }
}
