import ReliefLog

/// Consumes an object's members in the one order the schema allows, so that a line with
/// members missing, unknown, repeated or out of order is rejected.
struct MemberCursor {
  private let members: [(key: String, value: JSONValue)]
  private var index: Int

  init(_ object: JSONObject, from index: Int) {
    self.members = object.members
    self.index = index
  }

  private mutating func take(_ key: String) -> JSONValue? {
    guard index < members.count, members[index].key == key else { return nil }
    defer { index += 1 }
    return members[index].value
  }

  mutating func string(_ key: String) throws(EntryDecodeError) -> String {
    guard let value = take(key) else { throw missing(key) }
    guard case .string(let text) = value else {
      throw EntryDecodeError(member: key, reason: "must be a string")
    }
    return text
  }

  mutating func optionalString(_ key: String) throws(EntryDecodeError) -> String? {
    guard let value = take(key) else { return nil }
    guard case .string(let text) = value else {
      throw EntryDecodeError(member: key, reason: "must be a string")
    }
    return text
  }

  mutating func integer(_ key: String) throws(EntryDecodeError) -> Int64 {
    guard let value = take(key) else { throw missing(key) }
    guard case .integer(let number) = value else {
      throw EntryDecodeError(member: key, reason: "must be an integer")
    }
    return number
  }

  mutating func optionalInteger(_ key: String) throws(EntryDecodeError) -> Int64? {
    guard let value = take(key) else { return nil }
    guard case .integer(let number) = value else {
      throw EntryDecodeError(member: key, reason: "must be an integer")
    }
    return number
  }

  mutating func object(_ key: String) throws(EntryDecodeError) -> JSONObject {
    guard let value = take(key) else { throw missing(key) }
    guard case .object(let object) = value else {
      throw EntryDecodeError(member: key, reason: "must be an object")
    }
    return object
  }

  /// Fails if members remain: they are unknown or out of canonical order.
  func finish() throws(EntryDecodeError) {
    guard index < members.count else { return }
    throw EntryDecodeError(
      member: members[index].key, reason: "is unknown here or out of canonical order")
  }

  private func missing(_ key: String) -> EntryDecodeError {
    let found = index < members.count ? "found '\(members[index].key)'" : "the line ends"
    return EntryDecodeError(member: key, reason: "is missing or out of order (\(found))")
  }
}
