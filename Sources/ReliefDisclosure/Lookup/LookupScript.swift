/// The lookup page's script, inline so the page works from any static server with no
/// external resources; each part is in its own file.
enum LookupScript {
  /// The whole script, in dependency order.
  static var source: String {
    ["\"use strict\";", hashes, ed25519, notes, tiles, page].joined(separator: "\n")
  }
}
