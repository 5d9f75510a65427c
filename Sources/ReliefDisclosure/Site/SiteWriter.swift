import Foundation
import ReliefLedger
import ReliefLog

/// Writes the disclosure site into a directory.
public enum SiteWriter {
  /// Folds `journal` and writes the site into `directory` (created if needed), showing the
  /// signed checkpoint note `checkpoint` if given; returns the relative paths written.
  ///
  /// - Throws: `CheckpointError` if `checkpoint` is not a signed checkpoint note, or the
  ///   journal's or the file system's errors.
  @discardableResult
  public static func write(
    _ journal: Journal, verified view: LedgerView, to directory: String,
    policy: RedactionPolicy, checkpoint: [UInt8]? = nil, log: LookupPage.Log? = nil,
    logAbsence: String = LookupPage.noCheckpoint, sources: SiteSources = SiteSources(),
    progress: ((_ lines: Int64, _ bytes: Int64, _ totalBytes: Int64) -> Void)? = nil
  ) throws -> [String] {
    var model = try SiteFolder.model(journal, verified: view, policy: policy, progress: progress)
    model.sources = sources.published(by: DisclosurePolicy(redaction: policy, state: view.state))
    if let checkpoint { model.checkpoint = try SiteCheckpoint(parsing: checkpoint) }
    model.log = model.checkpoint == nil ? nil : log
    model.logAbsence = logAbsence
    return try write(model, to: directory)
  }

  /// Writes the pages and data files of `model` into `directory`.
  public static func write(_ model: SiteModel, to directory: String) throws -> [String] {
    var files: [(String, String)] = [
      ("index.html", IndexPage.html(model)),
      ("data/balances.csv", SiteCSV.balancesCSV(model)),
      ("data/balances.json", SiteData.balancesJSON(model)),
      ("data/summary.json", SiteData.summaryJSON(model)),
      ("data/categories.csv", SiteCSV.categoriesCSV(model)),
      ("data/goods.csv", SiteCSV.goodsCSV(model)),
      ("data/datapackage.json", DataPackage.json(model)),
    ]
    if let checkpoint = model.checkpoint {
      files.append((CheckpointSection.fileName, checkpoint.note))
    }
    files.append(("lookup.html", LookupPage.html(log: model.log, why: model.logAbsence)))
    if let log = model.log, let checkpoint = model.checkpoint {
      let size = Int64(clamping: checkpoint.checkpoint.treeSize)
      files += model.lookup.covering(size: size).files(origin: log.origin, treeSize: size)
    }
    var children: [String: [String]] = [:]
    for id in model.state.unionOrder {
      if let parent = model.state.unions[id]?.parent { children[parent, default: []].append(id) }
    }
    // Folded once for all union pages: each page shows its subtree's totals and flows.
    let hierarchy = UnionPage.Hierarchy(model)
    for id in model.state.unionOrder {
      files.append(
        (
          "unions/\(id).html",
          UnionPage.html(model, union: id, children: children[id] ?? [], hierarchy: hierarchy)
        ))
      files.append(("data/unions/\(id).json", SiteData.unionJSON(model, union: id)))
    }
    let manager = FileManager.default
    let folders = Set(files.map { path in path.0.split(separator: "/").dropLast() })
    for folder in folders.sorted(by: { $0.count < $1.count }) {
      let path = ([directory] + folder.map(String.init)).joined(separator: "/")
      try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    for (path, text) in files {
      try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + path))
    }
    return files.map(\.0)
  }
}
