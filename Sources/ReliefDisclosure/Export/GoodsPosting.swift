import ReliefCrypto
import ReliefLedger

/// The commodity symbol goods of one item in one unit carry in the exports.
///
/// `G` and ten capital letters `A`–`P`, one per four bits of the SHA-256 of the item's
/// UTF-8 bytes, a 0x00 byte and the unit's: letters only, so ledger-cli, hledger and
/// beancount all read it unquoted, and the same for the same item and unit in every export
/// (items are Chinese text, which beancount commodities cannot hold). Each export lists
/// what every symbol stands for.
public enum GoodsCommodity {
  /// The symbol of `item` counted in `unit`.
  public static func symbol(item: String, unit: GoodsUnit) -> String {
    let digest = SHA256.hash(Array(item.utf8) + [0] + Array(unit.rawValue.utf8)).bytes
    var symbol = "G"
    for byte in digest.prefix(5) {
      for nibble in [byte >> 4, byte & 0x0F] {
        symbol.unicodeScalars.append(Unicode.Scalar(UInt8(0x41) + nibble))
      }
    }
    return symbol
  }
}

/// One leg of an exported goods transaction: a whole quantity of one commodity.
public struct GoodsPosting: Equatable, Sendable {
  /// The account posted to.
  public let account: BookAccount
  /// The signed quantity, in the movement's unit.
  public let quantity: Int64
  /// The commodity symbol of the item and unit.
  public let commodity: String

  /// The postings of `movement`, in `Goods` accounts that no money posting uses: they sum
  /// to zero, and a reversal's are its original's with the signs flipped.
  ///
  /// `Assets:Goods:<union>:<program>` holds a stock, `Income:GoodsReceived:…` is the source
  /// of goods received and `Expenses:GoodsDistributed:…` the destination of goods handed out.
  public static func of(_ movement: GoodsMovement) -> [GoodsPosting] {
    let (union, program) = (movement.union, movement.program)
    let commodity = GoodsCommodity.symbol(item: movement.goods.item, unit: movement.goods.unit)
    let quantity = movement.signedQuantity
    let own = BookAccount(root: "Assets", branch: "Goods", union: union, program: program)
    let other: BookAccount
    switch movement.flow {
    case .receipt:
      other = BookAccount(root: "Income", branch: "GoodsReceived", union: union, program: program)
      return [
        GoodsPosting(account: own, quantity: quantity, commodity: commodity),
        GoodsPosting(account: other, quantity: -quantity, commodity: commodity),
      ]
    case .distribution:
      other = BookAccount(
        root: "Expenses", branch: "GoodsDistributed", union: union, program: program)
    case .allocation:
      other = BookAccount(
        root: "Assets", branch: "Goods", union: movement.to ?? union, program: program)
    }
    return [
      GoodsPosting(account: other, quantity: quantity, commodity: commodity),
      GoodsPosting(account: own, quantity: -quantity, commodity: commodity),
    ]
  }
}

extension ExportText {
  /// A short description of a goods entry: its flow, the goods, then its counterparty or
  /// unions.
  static func description(_ movement: GoodsMovement, reverses: Int64?) -> String {
    var text = "goods \(movement.flow.rawValue): \(movement.goods.item) "
    text += "\(movement.goods.quantity) \(movement.goods.unit.rawValue)"
    if let counterparty = movement.counterparty {
      text += ", " + counterparty
    } else if let to = movement.to {
      text += ", " + movement.union + " -> " + to
    }
    if let reverses { text = "reversal of seq \(reverses), " + text }
    return text
  }

  /// A comment naming what a goods commodity symbol stands for, written before its first
  /// use; ledger-cli, hledger and beancount all read `;` lines as comments.
  static func commodityComment(_ movement: GoodsMovement) -> String {
    let symbol = GoodsCommodity.symbol(item: movement.goods.item, unit: movement.goods.unit)
    return "; commodity \(symbol): "
      + ledgerLine("\(movement.goods.item) (\(movement.goods.unit.rawValue))") + "\n\n"
  }
}
