/// What kind of JSON value a key had, with the text of the kinds that can become a field.
enum InputJSONValue {
  /// A string, or nil when it was too long (already reported).
  case string(String?)
  case integer(String)
  case numberWithFractionOrExponent(String)
  /// A malformed number (already reported).
  case invalidNumber
  case boolean
  case null
  case array
  case object
}
