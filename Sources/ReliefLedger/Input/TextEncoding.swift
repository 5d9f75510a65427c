/// The character encoding an input file was written in.
public enum TextEncoding: Sendable, Equatable {
  /// UTF-8, with or without a byte order mark.
  case utf8
  /// GB18030, the encoding Chinese spreadsheet programs often use for "CSV" files.
  case gb18030
}
