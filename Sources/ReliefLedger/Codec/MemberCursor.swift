import ReliefLog
import ReliefText

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
      throw EntryDecodeError(member: key, reason: Text.current(.decodeMustBeString))
    }
    return text
  }

  mutating func optionalString(_ key: String) throws(EntryDecodeError) -> String? {
    guard let value = take(key) else { return nil }
    guard case .string(let text) = value else {
      throw EntryDecodeError(member: key, reason: Text.current(.decodeMustBeString))
    }
    return text
  }

  mutating func integer(_ key: String) throws(EntryDecodeError) -> Int64 {
    guard let value = take(key) else { throw missing(key) }
    guard case .integer(let number) = value else {
      throw EntryDecodeError(member: key, reason: Text.current(.decodeMustBeInteger))
    }
    return number
  }

  mutating func optionalInteger(_ key: String) throws(EntryDecodeError) -> Int64? {
    guard let value = take(key) else { return nil }
    guard case .integer(let number) = value else {
      throw EntryDecodeError(member: key, reason: Text.current(.decodeMustBeInteger))
    }
    return number
  }

  mutating func object(_ key: String) throws(EntryDecodeError) -> JSONObject {
    guard let value = take(key) else { throw missing(key) }
    guard case .object(let object) = value else {
      throw EntryDecodeError(member: key, reason: Text.current(.decodeMustBeObject))
    }
    return object
  }

  /// Fails if members remain: they are unknown or out of canonical order.
  func finish() throws(EntryDecodeError) {
    guard index < members.count else { return }
    throw EntryDecodeError(
      member: members[index].key, reason: Text.current(.decodeMemberUnknown))
  }

  private func missing(_ key: String) -> EntryDecodeError {
    let reason =
      index < members.count
      ? Text.current(.decodeMemberMissingFound, ["found": members[index].key])
      : Text.current(.decodeMemberMissingAtEnd)
    return EntryDecodeError(member: key, reason: reason)
  }
}
