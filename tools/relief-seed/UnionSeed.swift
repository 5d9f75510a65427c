/// One union of `unions.csv`: a node of the hierarchy the reports name.
struct UnionSeed {
  /// The columns of `unions.csv`.
  static let columns = ["id", "name", "parent", "source_report", "source_quote", "notes"]
  /// The `source_report` of a union no report names, included to complete the hierarchy.
  static let structureSource = "structure"

  let id: String
  let name: String
  let parent: String?
  /// The report file that names the union, or `structure`.
  let sourceReport: String
  /// Whether the union is a synthetic aggregate (its notes begin with `SYNTHETIC`).
  let isSynthetic: Bool

  /// The unions of `table` in file order; a parent must come before its children.
  static func read(_ table: SeedTable, issues: inout SeedIssues) -> [UnionSeed] {
    var unions: [UnionSeed] = []
    var known: Set<String> = []
    for row in table.rows {
      let id = table.required("id", in: row, issues: &issues)
      let source = table.required("source_report", in: row, issues: &issues)
      let union = UnionSeed(
        id: id, name: table.required("name", in: row, issues: &issues),
        parent: row.fields["parent"], sourceReport: source,
        isSynthetic: row.fields["notes"]?.hasPrefix("SYNTHETIC") ?? false)
      if source != structureSource && row.fields["source_quote"] == nil {
        issues.add(
          file: table.fileName, line: row.line, field: "source_quote",
          "is required when source_report names a report")
      }
      if let parent = union.parent, !known.contains(parent) {
        issues.add(
          file: table.fileName, line: row.line, field: "parent",
          "'\(parent)' is not a union listed above this row")
      }
      if !known.insert(id).inserted {
        issues.add(file: table.fileName, line: row.line, field: "id", "'\(id)' is repeated")
      }
      unions.append(union)
    }
    return unions
  }
}
