import Foundation
import ReliefLedger
import ReliefLog

/// Writes the disclosure site into a directory.
public enum SiteWriter {
  /// Folds `journal` and writes the site into `directory` (created if needed); returns the
  /// relative paths written.
  ///
  /// `checkpointNote`, the ledger's latest signed checkpoint if it has one, is shown on the
  /// overview page and published as `checkpoint.txt`.
  @discardableResult
  public static func write(
    _ journal: Journal, to directory: String, policy: RedactionPolicy,
    checkpointNote: [UInt8]? = nil
  ) throws -> [String] {
    let model = try SiteFolder.model(journal, policy: policy)
    return try write(model, to: directory, checkpointNote: checkpointNote)
  }

  /// Writes the pages and data files of `model` into `directory`.
  public static func write(
    _ model: SiteModel, to directory: String, checkpointNote: [UInt8]? = nil
  ) throws -> [String] {
    var files: [(String, String)] = [
      ("index.html", IndexPage.html(model, checkpoint: checkpointNote.map(CheckpointSection.html))),
      ("data/balances.csv", SiteData.balancesCSV(model)),
      ("data/balances.json", SiteData.balancesJSON(model)),
      ("data/summary.json", SiteData.summaryJSON(model)),
      ("data/categories.csv", SiteData.categoriesCSV(model)),
    ]
    var children: [String: [String]] = [:]
    for id in model.state.unionOrder {
      if let parent = model.state.unions[id]?.parent { children[parent, default: []].append(id) }
    }
    if let checkpointNote {
      files.append(("checkpoint.txt", String(decoding: checkpointNote, as: UTF8.self)))
    }
    for id in model.state.unionOrder {
      files.append(
        ("unions/\(id).html", UnionPage.html(model, union: id, children: children[id] ?? [])))
      files.append(("data/unions/\(id).json", SiteData.unionJSON(model, union: id)))
    }
    let manager = FileManager.default
    for folder in ["", "/unions", "/data", "/data/unions"] {
      try manager.createDirectory(atPath: directory + folder, withIntermediateDirectories: true)
    }
    for (path, text) in files {
      try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + path))
    }
    return files.map(\.0)
  }
}
