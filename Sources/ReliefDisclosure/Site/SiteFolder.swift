import ReliefLedger
import ReliefLog

/// Folds the journal into a `SiteModel` in two streaming passes: the ledger state first
/// (which entries were reversed), then per-union months, top outflows and businesses.
public struct SiteFolder {
  /// How many outflows each union page lists.
  public static let topCount = 10

  private let policy: DisclosurePolicy
  private let reversed: [Int64: Int64]
  private var unions: [String: UnionStats] = [:]
  private var categories: [String: Int64] = [:]
  private var lookup = LookupIndex()
  private var flows: [String: ProgramFlows] = [:]
  private var unionFlows: [String: ProgramFlows] = [:]
  private var allocations: [String: [String: Int64]] = [:]
  private var synthetic = SyntheticShare()

  private init(policy: DisclosurePolicy, reversed: [Int64: Int64]) {
    self.policy = policy
    self.reversed = reversed
  }

  /// Builds the model of the committed part of `journal` that `view` verified.
  public static func model(
    _ journal: Journal, verified view: LedgerView, policy: RedactionPolicy,
    progress: ((_ lines: Int64, _ bytes: Int64, _ totalBytes: Int64) -> Void)? = nil
  ) throws -> SiteModel {
    let state = view.state
    var folder = SiteFolder(
      policy: DisclosurePolicy(redaction: policy, state: state), reversed: state.reversedBy)
    var lines = VerifiedLines(try journal.openSnapshot(), view: view)
    lines.progress = progress
    try JournalStream.forEachEntry(lines) { item in
      guard case .money(let movement, let reverses) = item.event else {
        folder.lookup.add(item.event, seq: item.seq, shown: nil)
        return
      }
      folder.lookup.add(item.event, seq: item.seq, shown: folder.policy.counterparty(movement))
      folder.add(movement, item: item, isReversal: reverses != nil)
    }
    var model = SiteModel(
      state: state, head: view.head, unions: folder.unions,
      categories: folder.categories, businessesRefunded: state.businessesRefunded)
    model.lookup = folder.lookup
    model.flows = folder.flows
    model.unionFlows = folder.unionFlows
    model.allocations = folder.allocations
    model.synthetic = folder.synthetic
    return model
  }

  /// The label an outflow is counted under in the category chart.
  public static func categoryLabel(_ movement: Movement) -> String {
    movement.category.map { movement.flow.rawValue + ":" + $0 } ?? movement.flow.rawValue
  }

  private mutating func add(_ movement: Movement, item: StreamedEntry, isReversal: Bool) {
    let month = item.entry.date.yearMonth
    let fen = movement.signedFen
    if movement.flow == .receipt {
      addMonth(movement.union, month, inflow: fen, outflow: 0)
    } else {
      addMonth(movement.union, month, inflow: 0, outflow: fen)
    }
    if let to = movement.to { addMonth(to, month, inflow: fen, outflow: 0) }
    if movement.flow != .receipt && movement.flow != .allocation {
      categories[Self.categoryLabel(movement), default: 0] &+= fen
      let use = Labels.categoryKey(Self.categoryLabel(movement))
      flows[movement.program, default: ProgramFlows()].uses[use, default: 0] &+= fen
      unionFlows[movement.union, default: ProgramFlows()].uses[use, default: 0] &+= fen
    }
    if movement.flow == .allocation, let to = movement.to {
      allocations[to, default: [:]][movement.union, default: 0] &+= fen
    }
    if movement.flow == .receipt {
      let shown = policy.counterparty(movement).name
      let label = shown.map { $0.published ?? "（不公开）" } ?? "（未写明）"
      flows[movement.program, default: ProgramFlows()].sources[label, default: 0] &+= fen
      unionFlows[movement.union, default: ProgramFlows()].sources[label, default: 0] &+= fen
    }
    if SourceNote(memo: item.entry.memo)?.isSynthetic == true {
      synthetic.entries += 1
      switch movement.flow {
      case .receipt: synthetic.receivedFen &+= fen
      case .refund, .subsidy, .disbursement: synthetic.spentFen &+= fen
      case .allocation: break
      }
    }
    guard !isReversal, reversed[item.seq] == nil, movement.flow != .receipt else { return }
    if movement.flow == .refund, let code = movement.counterpartyID {
      unions[movement.union, default: UnionStats()].businessCodes.insert(code)
    }
    let top = unions[movement.union]?.topOutflows ?? []
    if top.count < Self.topCount || movement.amount > (top.last?.amount ?? .zero) {
      var list = top
      list.append(outflow(movement, item: item))
      list.sort { $0.amount == $1.amount ? $0.seq < $1.seq : $0.amount > $1.amount }
      if list.count > Self.topCount { list.removeLast() }
      unions[movement.union, default: UnionStats()].topOutflows = list
    }
  }

  private mutating func addMonth(_ union: String, _ month: YearMonth, inflow: Int64, outflow: Int64)
  {
    var flow = unions[union]?.months[month] ?? MonthFlow(month: month)
    flow.inflowFen &+= inflow
    flow.outflowFen &+= outflow
    flow.entries += 1
    unions[union, default: UnionStats()].months[month] = flow
  }

  private func outflow(_ movement: Movement, item: StreamedEntry) -> OutflowItem {
    let shown = policy.counterparty(movement)
    let memo = policy.freeText(item.entry.memo, union: movement.union)
    var outflow = OutflowItem(
      seq: item.seq, date: item.entry.date, flow: movement.flow, category: movement.category,
      program: movement.program, amount: movement.amount, to: movement.to,
      counterparty: shown.name?.published, code: shown.code,
      beneficiaries: movement.beneficiaries, memo: memo?.published,
      memoWithheld: memo?.treatment == .withheld,
      counterpartyWithheld: shown.name?.treatment == .withheld)
    outflow.marks = item.entry.marks
    outflow.source = SourceNote(memo: item.entry.memo)
    return outflow
  }
}
