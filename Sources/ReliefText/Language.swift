/// The language messages are written in.
public enum Language: String, CaseIterable, Sendable {
  /// Simplified Chinese.
  case zh
  /// English.
  case en

  /// The language asked for: `--lang` (`flag`), else `RELIEF_LANG`, else the locale as
  /// gettext reads it (`LANGUAGE` unless the locale is C or POSIX, then `LC_ALL`,
  /// `LC_MESSAGES`, `LANG`; the first set and non-empty decides), Chinese for `zh…`,
  /// English otherwise and when nothing is set.
  ///
  /// - Throws: `LanguageError` for a `--lang` or `RELIEF_LANG` that is neither `zh` nor
  ///   `en`.
  public static func chosen(
    flag: String?, environment: [String: String]
  ) throws(LanguageError) -> Language {
    if let flag {
      guard let language = Language(rawValue: flag) else {
        throw LanguageError(source: "--lang", value: flag)
      }
      return language
    }
    if let named = environment["RELIEF_LANG"], !named.isEmpty {
      guard let language = Language(rawValue: named) else {
        throw LanguageError(source: "RELIEF_LANG", value: named)
      }
      return language
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }
      .first { !$0.isEmpty }
    guard let locale, locale != "C", !locale.hasPrefix("C."), locale != "POSIX" else {
      return .en
    }
    // gettext's LANGUAGE is a list of languages, tried in order.
    let preferred = environment["LANGUAGE"].flatMap { list in
      list.split(separator: ":").first { !$0.isEmpty }.map(String.init)
    }
    return (preferred ?? locale).hasPrefix("zh") ? .zh : .en
  }
}

/// A language named by `--lang` or `RELIEF_LANG` that is not one relief speaks.
public struct LanguageError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Where the name came from.
  public let source: String
  /// The name.
  public let value: String

  /// The message, in both languages: which one the user reads is what went wrong.
  public var description: String {
    "\(source) '\(value)' is not zh or en（\(source) 只能是 zh（中文）或 en（英文））"
  }
}
