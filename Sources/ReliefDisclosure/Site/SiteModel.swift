import ReliefLedger
import ReliefLog

/// Money in and out of one union in one month, by business date (reversals count in the
/// month they were booked, negatively).
public struct MonthFlow: Equatable, Sendable {
  /// The month.
  public let month: YearMonth
  /// Receipts and allocations in, in fen.
  public var inflowFen: Int64 = 0
  /// Allocations out, refunds, subsidies and disbursements, in fen.
  public var outflowFen: Int64 = 0
  /// Money entries booked in the month.
  public var entries: Int = 0
}

/// One outflow as the site shows it, already masked.
public struct OutflowItem: Equatable, Sendable {
  /// The entry's seq.
  public let seq: Int64
  /// The business date.
  public let date: BusinessDate
  /// The flow (allocation, refund, subsidy or disbursement).
  public let flow: Flow
  /// The subsidy or disbursement category.
  public let category: String?
  /// The program.
  public let program: String
  /// The amount.
  public let amount: Money
  /// The receiving union of an allocation.
  public let to: String?
  /// The counterparty as shown (masked or hidden per `Privacy`).
  public let counterparty: String?
  /// The business's credit code, shown for refunds.
  public let code: String?
  /// Who was reached, if recorded.
  public let beneficiaries: Beneficiaries?
  /// The memo as shown (`DisclosurePolicy.freeText`), nil when there is none or it is
  /// withheld.
  public let memo: String?
  /// What the entry states only approximately, and whether its date is assumed.
  public var marks = EntryMarks()
  /// The report the entry was drawn from, when its memo follows the seeds convention
  /// (then the memo itself is not shown).
  public var source: SourceNote?
  /// Whether the entry has a memo that is not published.
  public var memoWithheld = false
  /// Whether the entry has a counterparty whose name is not published.
  public var counterpartyWithheld = false
}

/// Where one program's money came from and where it went, over the whole ledger
/// (allocations between unions cancel out and are left out), in fen.
public struct ProgramFlows: Equatable, Sendable {
  /// Receipts by source (the counterparty as published).
  public var sources: [String: Int64] = [:]
  /// Refunds, subsidies and disbursements by kind and category (`Labels.categoryKey`).
  public var uses: [String: Int64] = [:]
}

/// How much of the site's money is synthetic (`SourceNote.isSynthetic`), in fen.
public struct SyntheticShare: Equatable, Sendable {
  /// Synthetic receipts.
  public var receivedFen: Int64 = 0
  /// Synthetic refunds, subsidies and disbursements.
  public var spentFen: Int64 = 0
  /// Synthetic entries of any kind.
  public var entries = 0
}

/// What one union's page shows.
public struct UnionStats: Equatable, Sendable {
  /// Months with entries, in order.
  public var months: [YearMonth: MonthFlow] = [:]
  /// The largest outflows not reversed, largest first.
  public var topOutflows: [OutflowItem] = []
  /// Distinct businesses refunded (refunds not reversed).
  public var businessCodes: Set<String> = []
}

/// Everything the disclosure site shows, folded from the journal.
public struct SiteModel: Sendable {
  /// The folded ledger state (balances, unions, programs).
  public let state: LedgerState
  /// The chain head the site was built from.
  public let head: ChainHead
  /// Per-union statistics.
  public let unions: [String: UnionStats]
  /// Net outflows by label (such as `disbursement:consolation`), in fen.
  public let categories: [String: Int64]
  /// Distinct businesses refunded in the whole ledger.
  public let businessesRefunded: Int
  /// Each program's sources and uses.
  public var flows: [String: ProgramFlows] = [:]
  /// Each union's own sources and uses (over all programs).
  public var unionFlows: [String: ProgramFlows] = [:]
  /// Allocations between unions: the fen each union (`to`) received from each other.
  public var allocations: [String: [String: Int64]] = [:]
  /// How much is synthetic.
  public var synthetic = SyntheticShare()
  /// Report titles and quotes for source notes (`disclose --sources`).
  public var sources = SiteSources()
  /// The latest signed checkpoint, if the ledger has one.
  public var checkpoint: SiteCheckpoint?
  /// Where the lookup page finds each business's entries.
  public var lookup = LookupIndex()
  /// The log the site carries (its tiles and checkpoint) for the lookup page to check
  /// against, or nil when it carries none.
  public var log: LookupPage.Log?
  /// Why the site carries no log, shown on the lookup page when `log` is nil.
  public var logAbsence = LookupPage.noCheckpoint

  /// Union ids in tree order (each parent before its children), with their depth.
  public var tree: [(id: String, depth: Int)] { BalanceReport.tree(state) }

  /// The sum of `union`'s accounts over all programs (`nil`: over all unions).
  public func totals(union: String?, program: String?) -> AccountTotals {
    var sum = AccountTotals()
    for (key, totals) in state.accounts {
      if let union, key.union != union { continue }
      if let program, key.program != program { continue }
      sum = sum.adding(totals)
    }
    return sum
  }

  /// The union's display name, or its id.
  public func name(of union: String) -> String { state.unions[union]?.name ?? union }

  /// The program's display name, or its id.
  public func programName(_ program: String) -> String {
    state.programs[program]?.name ?? program
  }
}
