import ReliefLedger

/// The union hierarchy as a table: each union with the totals of its whole subtree (itself
/// and every union below it), so a parent shows what its branch received and spent.
enum HierarchyTable {
  /// One union's subtree totals over all programs, in fen.
  struct Subtree: Equatable {
    /// Receipts from outside plus allocations in, less allocations out, over the subtree:
    /// allocations between its own unions cancel.
    var netInFen: Int64 = 0
    /// Refunds, subsidies and disbursements.
    var spentFen: Int64 = 0
    /// The sum of the balances.
    var balanceFen: Int64 = 0
    /// Unions in the subtree, itself included.
    var unions = 0
  }

  /// Every union's subtree totals.
  static func subtrees(
    _ model: SiteModel, tree: [(id: String, depth: Int)]
  ) -> [String: Subtree] {
    var result: [String: Subtree] = [:]
    // Children come after their parents in tree order: adding in reverse order folds each
    // subtree into its parent once the subtree is complete.
    for node in tree.reversed() {
      let totals = model.totals(union: node.id, program: nil)
      var own = result[node.id] ?? Subtree()
      own.netInFen &+= totals.received.fen &+ totals.allocatedIn.fen &- totals.allocatedOut.fen
      own.spentFen &+= FlowSection.spent(totals)
      own.balanceFen &+= totals.balance.fen
      own.unions += 1
      result[node.id] = own
      if let parent = model.state.unions[node.id]?.parent {
        var up = result[parent] ?? Subtree()
        up.netInFen &+= own.netInFen
        up.spentFen &+= own.spentFen
        up.balanceFen &+= own.balanceFen
        up.unions += own.unions
        result[parent] = up
      }
    }
    return result
  }

  static func html(_ model: SiteModel, root: String) -> String {
    let tree = model.tree
    let subtrees = subtrees(model, tree: tree)
    let largest = subtrees.values.map(\.netInFen).max() ?? 0
    var rows: [[HTML.Cell]] = []
    for node in tree {
      let subtree = subtrees[node.id] ?? Subtree()
      let indent = "<span style=\"padding-left:\(min(node.depth, 6))em\"></span>"
      let name =
        indent + "<a href=\"\(root)unions/\(HTML.escape(node.id)).html\">"
        + HTML.escape(model.name(of: node.id)) + "</a>"
      let width = largest > 0 ? 100 * Double(max(subtree.netInFen, 0)) / Double(largest) : 0
      let parts = [
        Bars.Part(label: "支出", fen: subtree.spentFen, color: Bars.color(1)),
        Bars.Part(label: "结余", fen: subtree.balanceFen, color: "#a0aec0"),
      ]
      // The bar alone (not its legend): the row's cells already give the amounts.
      let bar =
        subtree.netInFen <= 0
        ? ""
        : Bars.stacked(parts, widthPercent: width).split(separator: "\n").first.map(String.init)
          ?? ""
      rows.append([
        .raw(name, sortKey: nil), .money(subtree.netInFen), .money(subtree.spentFen),
        .money(subtree.balanceFen), .count(Int64(subtree.unions)), .raw(bar),
      ])
    }
    return HTML.table(
      caption: "各工会含下级合计（元）：收到为外部收入与上级拨入之和，扣除拨给本系统以外的；"
        + "条长与收到成比例，红色为支出，灰色为结余",
      headers: ["工会", "收到（含上级拨入）", "支出", "结余", "含工会数", "支出与结余"], rows: rows)
  }
}
