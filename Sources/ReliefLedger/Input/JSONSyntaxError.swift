/// A breach of JSON syntax after which the rest of the line cannot be understood.
struct JSONSyntaxError: Error {
  /// The key whose value was being read, if any.
  var field: String?
  var reason: String
}
