/// One row of the balances report: a union's totals in one program.
public struct BalanceRow: Equatable, Sendable {
  /// The union's id.
  public let union: String
  /// The program's id.
  public let program: String
  /// The union's totals in the program (summed over its subtree when asked for).
  public let totals: AccountTotals
}

/// Balances per union and program, in registration order.
public enum BalanceReport {
  /// One row per account that has seen any entry; with `subtree`, each union's row sums
  /// the accounts of the union and all unions below it.
  public static func rows(_ state: LedgerState, subtree: Bool) -> [BalanceRow] {
    let children = childrenByUnion(state)
    var rows: [BalanceRow] = []
    for union in state.unionOrder {
      let members = subtree ? subtreeMembers(of: union, children: children) : [union]
      for program in state.programOrder {
        var sum = AccountTotals()
        var seen = false
        for member in members {
          guard let totals = state.accounts[AccountKey(union: member, program: program)] else {
            continue
          }
          seen = true
          sum = sum.adding(totals)
        }
        if seen { rows.append(BalanceRow(union: union, program: program, totals: sum)) }
      }
    }
    return rows
  }

  /// Each union's direct children, in registration order.
  static func childrenByUnion(_ state: LedgerState) -> [String: [String]] {
    var children: [String: [String]] = [:]
    for union in state.unionOrder {
      if let parent = state.unions[union]?.parent { children[parent, default: []].append(union) }
    }
    return children
  }

  /// `union` and every union below it, without recursion.
  static func subtreeMembers(of union: String, children: [String: [String]]) -> [String] {
    var members: [String] = []
    var pending = [union]
    while let next = pending.popLast() {
      members.append(next)
      pending.append(contentsOf: children[next] ?? [])
    }
    return members
  }

  /// Union ids depth first, each parent before its children (in registration order), with
  /// their depth: the one tree order of `balances --tree` and the site.
  public static func tree(_ state: LedgerState) -> [(id: String, depth: Int)] {
    let children = childrenByUnion(state)
    let roots = state.unionOrder.filter { id in
      state.unions[id]?.parent.map { state.unions[$0] == nil } ?? true
    }
    var order: [(id: String, depth: Int)] = []
    var pending = roots.reversed().map { (id: $0, depth: 0) }
    while let next = pending.popLast() {
      order.append(next)
      for child in (children[next.id] ?? []).reversed() {
        pending.append((id: child, depth: next.depth + 1))
      }
    }
    return order
  }
}
