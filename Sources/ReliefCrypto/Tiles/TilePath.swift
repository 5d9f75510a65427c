/// The paths of a tiled log's files (c2sp.org/tlog-tiles), relative to the log's prefix.
public enum TilePath {
  /// Hashes in a full tile, and entries in a full entry bundle.
  public static let fullWidth = 256

  /// The tile index `index` as path elements: zero-padded groups of three digits, all but
  /// the last prefixed with `x` (1234067 → `x001/x234/067`, 5 → `005`).
  public static func index(_ index: UInt64) -> String {
    var groups: [String] = []
    var rest = index
    repeat {
      let group = String(rest % 1000)
      groups.append(String(repeating: "0", count: 3 - group.count) + group)
      rest /= 1000
    } while rest > 0
    return groups.reversed().enumerated().map { position, group in
      position < groups.count - 1 ? "x" + group : group
    }.joined(separator: "/")
  }

  /// `tile/<L>/<N>`, or `tile/<L>/<N>.p/<W>` for a partial tile of `width` hashes.
  public static func hashTile(level: Int, index: UInt64, width: Int) -> String {
    "tile/\(level)/" + Self.index(index) + suffix(width)
  }

  /// `tile/entries/<N>`, or `tile/entries/<N>.p/<W>` for a partial bundle of `width` entries.
  public static func entryBundle(index: UInt64, width: Int) -> String {
    "tile/entries/" + Self.index(index) + suffix(width)
  }

  private static func suffix(_ width: Int) -> String {
    width == fullWidth ? "" : ".p/\(width)"
  }
}
