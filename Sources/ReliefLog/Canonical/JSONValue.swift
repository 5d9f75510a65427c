/// A value in the journal's canonical JSON subset: integers, strings and objects only.
///
/// The subset has no floats, booleans, nulls or arrays, so that each value has exactly one
/// encoding (see docs/FORMAT.md, "Canonical encoding").
public enum JSONValue: Equatable, Sendable {
  case integer(Int64)
  case string(String)
  case object(JSONObject)
}

/// An ordered list of members.
///
/// Order is part of the encoding: the schema of each line kind fixes it, and the decoder
/// preserves it so that callers can check it.
public struct JSONObject: Equatable, Sendable {
  /// The object's key–value pairs, in encoding order.
  public var members: [(key: String, value: JSONValue)]

  /// Creates an object holding `members` in the order given.
  public init(_ members: [(key: String, value: JSONValue)] = []) {
    self.members = members
  }

  /// Appends a member at the end.
  public mutating func append(_ key: String, _ value: JSONValue) {
    members.append((key, value))
  }

  /// The value of the first member named `key`, if any.
  public subscript(key: String) -> JSONValue? {
    members.first { $0.key == key }?.value
  }

  /// Returns whether both objects have the same members with the same values in the same
  /// order.
  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    guard lhs.members.count == rhs.members.count else { return false }
    for (left, right) in zip(lhs.members, rhs.members)
    where left.key != right.key || left.value != right.value {
      return false
    }
    return true
  }
}
