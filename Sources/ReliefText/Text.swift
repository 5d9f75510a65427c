/// Messages in one language, filled in from the catalogue (`MessageID`, `Catalogue`).
public struct Text: Sendable {
  /// The language written.
  public let language: Language

  /// Writes in `language`.
  public init(_ language: Language) {
    self.language = language
  }

  /// The message `id` with each `{name}` replaced by its value in `values`.
  public func callAsFunction(_ id: MessageID, _ values: [String: String] = [:]) -> String {
    let template = Catalogue.template(id)
    return Self.filled(language == .zh ? template.zh : template.en, values)
  }

  /// `template` with each `{name}` replaced by `values[name]` (left as is when absent).
  static func filled(_ template: String, _ values: [String: String]) -> String {
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      out += rest[..<open]
      let name = String(rest[rest.index(after: open)..<close])
      out += values[name] ?? "{\(name)}"
      rest = rest[rest.index(after: close)...]
    }
    return out + rest
  }

  /// The placeholder names in `template`, in order.
  public static func placeholders(_ template: String) -> [String] {
    var names: [String] = []
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      names.append(String(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return names
  }
}
