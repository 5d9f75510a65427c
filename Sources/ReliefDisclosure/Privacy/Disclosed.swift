/// How one piece of ledger text (a memo, a counterparty) is published, and why.
public struct Disclosed: Equatable, Sendable {
  /// What was done to the text.
  public enum Treatment: String, Sendable {
    /// Published as written (invisible characters removed, full-width digits and letters
    /// made ASCII).
    case asWritten = "published"
    /// Published with parts masked or replaced.
    case masked
    /// Not published.
    case withheld
  }

  /// The text in the journal.
  public let original: String
  /// What is published, nil when withheld.
  public let published: String?
  /// What was done.
  public let treatment: Treatment
  /// Why it was masked or withheld (for `relief disclose --preview`), nil when published as
  /// written.
  public let reason: String?

  static func asWritten(_ original: String, _ published: String) -> Disclosed {
    Disclosed(original: original, published: published, treatment: .asWritten, reason: nil)
  }

  static func masked(_ original: String, _ published: String, _ reason: String) -> Disclosed {
    Disclosed(original: original, published: published, treatment: .masked, reason: reason)
  }

  static func withheld(_ original: String, _ reason: String) -> Disclosed {
    Disclosed(original: original, published: nil, treatment: .withheld, reason: reason)
  }
}
