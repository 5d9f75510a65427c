import ReliefLedger

/// The synthetic small businesses: unified social credit codes `91` + region `000000` (no
/// real region) + a 9-digit serial + the GB 32100 check character, and names 合成小微企业N.
struct Businesses {
  let count: Int
  /// The check character of each business's code.
  private let checks: [UInt8]

  init(count: Int) {
    self.count = count
    checks = (0..<count).map { index in
      var first17: [UInt8] = Array("91000000".utf8)
      ByteFormat.appendUnsigned(UInt64(index + 1), width: 9, to: &first17)
      let text = String(decoding: first17, as: UTF8.self)
      let check = UnifiedSocialCreditCode.checkCharacter(forFirst17: text)
      return check?.asciiValue ?? UInt8(ascii: "?")
    }
  }

  /// Appends the 18-character code of business `index`.
  func appendCode(_ index: Int, to out: inout [UInt8]) {
    ByteFormat.appendText("91000000", to: &out)
    ByteFormat.appendUnsigned(UInt64(index + 1), width: 9, to: &out)
    out.append(checks[index])
  }

  /// Appends the name of business `index`.
  func appendName(_ index: Int, to out: inout [UInt8]) {
    ByteFormat.appendText("合成小微企业", to: &out)
    ByteFormat.appendUnsigned(UInt64(index + 1), width: 1, to: &out)
  }
}
