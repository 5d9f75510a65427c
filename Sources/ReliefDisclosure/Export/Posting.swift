import ReliefLedger

/// An account of the exported books: a root (`Assets`, `Income`, `Expenses`), a branch
/// saying what it holds, then the union and program ids.
public struct BookAccount: Hashable, Sendable {
  /// The top-level account type.
  public let root: String
  /// The second component, such as `Union` or `Refunds`.
  public let branch: String
  /// The union id.
  public let union: String
  /// The program id.
  public let program: String

  /// The name in ledger-cli and hledger syntax, for example `Assets:Union:nantong:covid`.
  public var ledgerName: String { [root, branch, union, program].joined(separator: ":") }

  /// The name in beancount syntax (see `BeancountName`).
  public var beancountName: String {
    [root, branch, BeancountName.component(union), BeancountName.component(program)]
      .joined(separator: ":")
  }

  /// The account that holds `union`'s balance in `program`.
  public static func balance(_ union: String, _ program: String) -> BookAccount {
    BookAccount(root: "Assets", branch: "Union", union: union, program: program)
  }
}

/// One leg of an exported transaction.
public struct Posting: Equatable, Sendable {
  /// The account posted to.
  public let account: BookAccount
  /// The signed amount, in fen.
  public let fen: Int64

  /// The postings of `movement`: they sum to zero, and a reversal's are its original's with
  /// the signs flipped.
  public static func of(_ movement: Movement) -> [Posting] {
    let union = movement.union
    let program = movement.program
    let own = BookAccount.balance(union, program)
    let amount = movement.signedFen
    let other: BookAccount
    switch movement.flow {
    case .receipt:
      // Donations received have their own income account.
      let branch = movement.category == ReceiptCategory.donation.rawValue ? "Donations" : "Receipts"
      let income = BookAccount(root: "Income", branch: branch, union: union, program: program)
      return [Posting(account: own, fen: amount), Posting(account: income, fen: -amount)]
    case .allocation:
      other = BookAccount.balance(movement.to ?? union, program)
      return [Posting(account: other, fen: amount), Posting(account: own, fen: -amount)]
    case .refund: other = expense("Refunds", union, program)
    case .subsidy: other = expense("Subsidies", union, program)
    case .disbursement:
      // Donations given have their own expense account.
      let isDonation = movement.category == DisbursementCategory.donation.rawValue
      other = expense(isDonation ? "Donations" : "Disbursements", union, program)
    }
    return [Posting(account: other, fen: amount), Posting(account: own, fen: -amount)]
  }

  private static func expense(_ branch: String, _ union: String, _ program: String)
    -> BookAccount
  {
    BookAccount(root: "Expenses", branch: branch, union: union, program: program)
  }
}

/// Maps ledger ids to beancount account-name components, one to one.
///
/// Beancount components start with a capital letter or digit and continue with letters,
/// digits and `-`. Ids are lowercase letters, digits, `.`, `_` and `-`. The first character
/// is upper-cased; `.` becomes `-D` and `_` becomes `-U`. Ids hold no capitals, so `-D` and
/// `-U` can only come from the escapes, and the mapping can be undone:
/// `covid-2022` → `Covid-2022`, `a.b_c` → `A-Db-Uc`.
public enum BeancountName {
  /// The component for `id`.
  public static func component(_ id: String) -> String {
    var result = ""
    for (index, character) in id.enumerated() {
      switch character {
      case "." where index > 0: result += "-D"
      case "_" where index > 0: result += "-U"
      default: result += index == 0 ? character.uppercased() : String(character)
      }
    }
    return result
  }
}
