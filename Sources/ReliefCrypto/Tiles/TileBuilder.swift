/// One hash tile: its level, its index at that level and its hashes (a full tile has
/// `TilePath.fullWidth`).
public struct HashTile: Equatable, Sendable {
  /// The tile level: level L holds the hashes of the tree's nodes at height 8·L.
  public let level: Int
  /// The tile's index within its level.
  public let index: UInt64
  /// The hashes, left to right.
  public let hashes: [SHA256Digest]

  /// The tile's bytes: its hashes concatenated.
  public var bytes: [UInt8] { hashes.flatMap(\.bytes) }

  /// The tile's path under the log's prefix.
  public var path: String {
    TilePath.hashTile(level: level, index: index, width: hashes.count)
  }
}

/// Builds a log's hash tiles (c2sp.org/tlog-tiles) from its leaf hashes in order, keeping
/// only the unfinished tile of each level: memory grows with the tree's height, not its
/// size.
public struct TileBuilder: Sendable {
  /// The hashes of each level's unfinished tile.
  private var pending: [[SHA256Digest]] = [[]]
  /// The full tiles finished so far at each level.
  private var finished: [UInt64] = [0]

  /// Starts an empty tree.
  public init() {}

  /// Adds the next leaf hash; returns the tiles it finished, lowest level first.
  public mutating func append(leafHash: SHA256Digest) -> [HashTile] {
    var done: [HashTile] = []
    var hash = leafHash
    var level = 0
    while true {
      pending[level].append(hash)
      guard pending[level].count == TilePath.fullWidth else { break }
      let tile = HashTile(level: level, index: finished[level], hashes: pending[level])
      done.append(tile)
      finished[level] += 1
      pending[level].removeAll(keepingCapacity: true)
      hash = Self.root(of: tile.hashes)
      level += 1
      if pending.count == level {
        pending.append([])
        finished.append(0)
      }
    }
    return done
  }

  /// The partial tiles of the tree so far, lowest level first: each level's unfinished
  /// tile, if it holds any hash.
  public var partialTiles: [HashTile] {
    pending.enumerated().compactMap { level, hashes in
      hashes.isEmpty ? nil : HashTile(level: level, index: finished[level], hashes: hashes)
    }
  }

  /// The root of a full tile's 256 hashes: the subtree of height 8 they are the leaves of.
  static func root(of hashes: [SHA256Digest]) -> SHA256Digest {
    var level = hashes
    while level.count > 1 {
      var next: [SHA256Digest] = []
      next.reserveCapacity(level.count / 2)
      var index = 0
      while index + 1 < level.count {
        next.append(MerkleHash.node(level[index], level[index + 1]))
        index += 2
      }
      level = next
    }
    return level[0]
  }
}
