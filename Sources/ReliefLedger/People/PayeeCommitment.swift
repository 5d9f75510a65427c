import ReliefCrypto

/// The commitment a payee line carries: SHA-256 over a canonical encoding of the salt,
/// the name and the ID number (docs/FORMAT.md, "People").
public enum PayeeCommitment {
  /// The salt's size: 16 random bytes per entry.
  public static let saltSizeBytes = 16

  /// The bytes hashed: `relief-payee/v1`, the salt in lowercase hex, the name (UTF-8) and
  /// the ID number, each followed by a newline (none of them can hold one).
  public static func message(salt: [UInt8], name: String, idNumber: String) -> [UInt8] {
    Array("relief-payee/v1\n\(hex(salt))\n\(name)\n\(idNumber)\n".utf8)
  }

  /// The lowercase hex SHA-256 of `message(salt:name:idNumber:)`.
  public static func hex(salt: [UInt8], name: String, idNumber: String) -> String {
    SHA256.hash(message(salt: salt, name: name, idNumber: idNumber)).hex
  }

  /// `saltSizeBytes` fresh random bytes from the kernel.
  public static func freshSalt() throws(SystemRandomError) -> [UInt8] {
    var salt = [UInt8](repeating: 0, count: saltSizeBytes)
    var failure: SystemRandomError?
    salt.withUnsafeMutableBytes { buffer in
      do throws(SystemRandomError) { try SystemRandom.fill(buffer) } catch { failure = error }
    }
    if let failure { throw failure }
    return salt
  }

  /// `bytes` in lowercase hex.
  public static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
