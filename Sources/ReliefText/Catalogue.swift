/// The one catalogue: each message in English and in Simplified Chinese.
///
/// Templates hold `{name}` placeholders. The Chinese is written as union accountants say
/// it (上级拨入, 下拨, 返还, 冲销, 结余), not word for word.
public enum Catalogue {
  /// The two templates of `id`.
  public static func template(_ id: MessageID) -> (en: String, zh: String) {
    for area in areas {
      let found = area(id)
      if !found.en.isEmpty { return found }
    }
    return ("", "")
  }

  /// How many areas hold `id`: the catalogue test requires exactly one.
  static func holders(of id: MessageID) -> Int {
    areas.count { !$0(id).en.isEmpty }
  }

  /// Each area holds the messages of one part of `relief` and returns empty templates for
  /// an id it does not hold; the catalogue test refuses an id that no area, or two, hold.
  private static let areas: [@Sendable (MessageID) -> (en: String, zh: String)] = [
    command, summaries, input, values, rules, verifying, disclosing, listing, appending,
    balances, helpFrame, helpShared, helpSetup,
    // The help of the other commands:
    helpWords, helpFieldsMoney, helpFieldsGoods, helpFieldsLinks, helpAppend, helpCloseTemplate,
    helpReview, helpApprove, helpBalances, helpLogRecover,
    helpVerify, helpVerifyOptions, helpExport, helpDisclose, helpDiscloseOptions,
    helpCheckpoint, helpCheckpointOptions, helpCheckProof, helpNote, helpPublish,
    helpKeysRoster, helpWitness, helpWitnessOptions, helpMonitor,

    // The messages of the commands:
    commandsUsage, commandsUsageLedger, commandsUsageKeys, commandsUsagePublish,
    commandsUsageWitness, commandsLedger, commandsKeys, commandsProgress, commandsCheckpoint,
    commandsCosign, commandsProof, commandsNote, commandsReview, commandsReviewOutput,
    commandsReviewStatus, commandsSite, commandsPublish, commandsLog, commandsSince,
    commandsDivergence, commandsGoods,

    // Trust, transparency, monitor, witness and stored-file errors:
    trustPolicy, trustPins, trustCheckpoint, trustOutcome, cosigning, system, transparency,
    monitoring, monitoringSite, witnessing, rulesLedger, rulesPeriods,
    journal, chain, batch, verifyTrust, lockHolders,
    disclosureFiles, cryptoNotes, cryptoKeys, cryptoProofs,
    disclosurePreview, privacyReasons,
    // The ledger module's own messages:
    ledgerReading, ledgerJSON, ledgerAmounts, ledgerFields, ledgerKeys, ledgerProposals,
    ledgerRoster, ledgerDecoding, canonicalDecoding, lineHeaders,

  ]
}
