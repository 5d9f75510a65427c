/// Every message the catalogue holds (`Catalogue.template`), named for what it says.
///
/// Messages move here from the code that prints them, area by area; the catalogue test
/// checks that each has both languages with the same placeholders.
public enum MessageID: String, CaseIterable, Sendable {
  // The command line: the overview and each command's line in it.
  case unknownCommand, overviewHead, overviewTail
  case summaryAppend, summaryApprove, summaryBalances, summaryCheckProof, summaryCheckpoint,
    summaryClose, summaryDisclose, summaryExport
  case summaryImport, summaryInit, summaryKeys, summaryLog, summaryMonitor, summaryNote,
    summaryProve, summaryPublish
  case summaryRecover, summaryReview, summaryRoster, summaryTemplate, summaryVerify, summaryWitness
  // Appending and importing.
  case seqOne, seqRange
  case appendedOne, appendedMany, appendedNothing, skippedDuplicateLine
  case importNothingNewOne, importNothingNewAll, importSkippedOne, importSkippedMany
  case nothingWrittenOneProblem, nothingWrittenProblems
  // Input rows: the frame and the reasons a row is refused.
  case issueField, fieldRequired, fieldRequiredForKind, fieldNotForKind, notMoreThanZero
  case notWholeNumber, notOneOf
  case dateMalformed, dateYearOutOfRange, dateMonthOutOfRange, dateNotInCalendar
  case periodMalformedMonth, periodMalformed, periodYearOutOfRange, periodMonthOutOfRange
  case periodEndBeforeStart
  case creditCodeLength, creditCodeCharacter, creditCodeCheck
  case creditHintConfusable, creditHintUppercase, creditHintSpace, creditHintAlphabet
  // Rules.
  case ruleUnknownUnion, ruleUnknownProgram, ruleBalanceNegative, ruleRefundExceedsDues
  case ruleRefundOverlap, ruleDateInFuture
  // Verifying.
  case verifySummary, verifyHead, verifyHeadNone, verifyValid, verifyTorn, verifyTornDefault
  case verifyTornCommittedValid, verifyTornRecover, verifyInvalid, verifyInvalidSeq
  case verifyInvalidDetails, verifyInvalidHint, verifySelfConsistency, verifyNothingCommitted
  case ledgerMissing, unionNotRegistered, programNotRegistered
  // The log and publishing.
  case logSeq, logDate, logKind, logUnion, logProgram, logAmount, logDetails
  case logFrom, logTo, logReverses, logPaysCommitment, publishDone
  // Disclosing.
  case discloseWrote, discloseLogCarried, discloseNoCheckpoint, discloseNoLogRedact
  case discloseNoLogPerson
  // Balances.
  case columnUnion, columnUnionWithBelow, columnProgram, columnReceived, columnAllocatedIn
  case columnAllocatedNet, columnAllocatedOut, columnRefunded, columnSubsidized
  case columnDisbursed, columnBalance, columnCommitted, columnCommittedPaid
  case columnCommittedRemaining
  case balancesFooter, balancesTreeFooter
  // Help: the frame of every command's --help and the placeholders of values.
  case helpUsage, helpOptions, helpExamples, helpCommonOptions
  case placeholderFile, placeholderDirectory, placeholderName, placeholderSeq, placeholderNumber
  case placeholderID, placeholderText, placeholderURL, placeholderKey
  // Help: what each command does and what its options mean (Catalogue+Help*.swift).
  case aboutInit, aboutImport
  case optionOrigin, optionSigningKey, optionSigner, optionFormat, optionEncoding, optionStage
  case optionJSON

  // ---- Help of the other commands (Catalogue+Help*.swift): add cases below this line.
  // The placeholders of values and what follows a command's name.
  case placeholderKind, placeholderYuan, placeholderCode, placeholderDigits, placeholderUnit
  case placeholderMark, placeholderRole, placeholderPeriod, placeholderPolicy, placeholderSource
  case placeholderHostPort, placeholderOriginKey, placeholderWitness, placeholderVerifierKey
  case placeholderAnyKey
  case synopsisAppend, synopsisKeys, synopsisNote
  // What each command does.
  case aboutAppend, aboutClose, aboutTemplate, aboutReview, aboutApprove, aboutBalances
  case aboutLog, aboutVerify, aboutRecover, aboutKeys, aboutExport, aboutDisclose
  case aboutCheckpoint, aboutProve, aboutCheckProof, aboutNote, aboutRoster, aboutPublish
  case aboutWitness, aboutMonitor
  // The entry fields, which are append's options, and the line of their Chinese columns.
  case optionFieldKind, optionFieldDate, optionFieldUnion, optionFieldTo, optionFieldProgram
  case optionFieldAmount, optionFieldItem, optionFieldQuantity, optionFieldUnit
  case optionFieldValue, optionFieldCounterparty, optionFieldCounterpartyId
  case optionFieldPersonName, optionFieldPersonId, optionFieldBankCard, optionFieldCategory
  case optionFieldBeneficiaries, optionFieldBeneficiaryUnit, optionFieldHeadcount
  case optionFieldPeriod, optionFieldDuesPaid, optionFieldPurpose, optionFieldCommitment
  case optionFieldCommitmentRequest, optionFieldReverses, optionFieldReversesRequest
  case optionFieldAmountApprox, optionFieldBeneficiariesApprox, optionFieldQuantityApprox
  case optionFieldDateBasis, optionFieldMemo, optionFieldRequestId, optionFieldId
  case optionFieldName, optionFieldParent, optionFieldKey, optionFieldRole
  case helpCSVColumns
  // The options of the other commands.
  case optionAdminKey, optionCloseDate, optionTemplateOut, optionTemplateEncoding
  case optionReviewJSON, optionReviewerKey, optionTree, optionUnionFilter, optionProgramFilter
  case optionBalancesJSON, optionBalancesCSV, optionLogUnion, optionLogKind, optionLogFrom
  case optionLogTo, optionLogJSON, optionPinKey, optionTrust, optionSince, optionVerifyJSON
  case optionKeyName, optionKeyOut, optionCosigner, optionExportFormat, optionExportOut
  case optionDiscloseOut, optionPreview, optionRedact, optionSources, optionCheckpointKey
  case optionWitness, optionWitnessQuorum, optionProveCheckpoint, optionProofKey
  case optionKeyQuorum, optionNoteKey, optionRoster, optionPublishOut, optionWitnessKey
  case optionWitnessLog, optionListen, optionMaxRequests, optionMonitorKey
  case optionMonitorWitnessKey, optionMonitorQuorum, optionWatch

  // ---- Messages of the commands (Catalogue+Commands*.swift): add cases below this line.
  // The command line: options and usage errors (Catalogue+CommandsUsage.swift).
  case usageHint, usageHintOverview, usageUnknownOption, usageTakesNoValue, usageNeedsValue
  case usageGivenTwice, usageNoArguments, usageNeedsProposalID, usageNeedsSigningKey
  case usageNeedsKeyFile, usageLockTimeout, usageNow, usageProposalID, usageAppendKind
  case usageImportFile, usageImportFormatFromName, usageImportFormat, usageImportEncoding
  case usageClosePeriod, usageTemplateKind, usageTemplateUnknownKind, usageTemplateOut
  case usageTemplateEncoding, usageJSONOrCSV, usageLogKind, usageKeysGenerate, usageKeysShow
  case usageKeys, usageCheckpoint, usageCosignState, usageProveSeq, usageCheckProofFile
  case usageVerifierKeyMissing, usageNotVerifierKey, usageNoteSignFile, usageNoteSignKey
  case usageNoteVerifyFile, usageNote, usageRoster, usageExportFormatMissing, usageExportFormat
  case usageDisclosePreviewOut, usageDiscloseOut, usagePublishOut, usageMonitorSource
  case usageMonitorKey, usageMonitorState, usageWitnessServe, usageWitnessKey, usageWitnessState
  case usageWitnessMaxRequests, usageWitnessLogForm, usageWitnessLogMissing, usageWitnessListen
  // Creating, repairing and reading the ledger; keys; progress (Catalogue+CommandsLedger.swift).
  case initCreated, recoverNothing, recoverRefused, recoverDone, importUnreadable
  case commandJournalUnreadable, journalNoCommit, lockHeld, keyFileReadable, keyFileNoKey,
    keyFileExists
  case keyCannotGenerate, progressLine, progressRate, progressETA, progressUnitLines
  case progressUnitRows, progressRows, progressVerify, progressImport, progressChecking
  case progressPublish, progressCheckpoint, progressDisclosePages, progressDiscloseTiles
  case progressExport
  // Checkpoints, receipts and notes (Catalogue+CommandsCheckpoint.swift).
  case checkpointNotAdmin, checkpointNotGrown, checkpointCannotSign, checkpointLatest
  case checkpointGiven, checkpointOtherOrigin, checkpointLinesRemoved, checkpointInconsistent
  case proveNoCheckpoint, proveSeqOutside, proveLineUnreadable, receiptNoEntryLine
  case cosignKeyInvalid, cosignNoCheckpoint, cosignLatestInvalid, cosignBadLine, cosignAlready
  case cosignCannot, receiptInvalid, receiptEntryLineInvalid, receiptSeqMismatch, receiptValid
  case receiptSignedBy, receiptCosignedOnly, receiptCosignedBy, receiptOtherSignatures
  case receiptCommitLine, receiptOtherLine, receiptEntry, receiptYuan, receiptUnion
  case receiptProgram, noteCannotSign, noteInvalid, noteVerified, noteVerifiedCosignature
  // Proposals, review and the roster (Catalogue+CommandsReview.swift).
  case proposalMissing, proposalUnreadable, proposalBusy, proposalJustApproved, stagedOne
  case stagedMany, reviewRefused, rosterInvalid, rosterValid, reviewProposal, reviewOrigin
  case reviewMaker, reviewSource, reviewDigest, reviewEntries, reviewLedgerOriginMatches
  case reviewLedgerOriginDiffers, reviewMakerKey, reviewMakerKeyUnknown, reviewMakerKeyRegistered
  case reviewMakerKeyScope, reviewMakerKeyRevoked, reviewMakerKeyNotRevoked, reviewSignature
  case reviewSignatureVerifies, reviewSignatureFails, reviewSignatureUnknownKey, reviewPeople
  case reviewPaymentOne, reviewPaymentMany, reviewRecordOne, reviewRecordMany, reviewVerified
  case reviewNotVerified, reviewProblem, reviewPays
  // The site, publishing, templates, monitor and witness (Catalogue+CommandsSite.swift).
  case siteNotWritten, nothingPublished, siteCheckpointUnverified, siteTornTail
  case siteSourcesUnreadable, sitePolicyUnreadable, siteNotFolder, siteForeignFiles
  case siteCannotCreate, siteCannotMoveOld, siteCannotMoveNew, publishNoCheckpoint
  case publishLineTooLong, publishExposure, publishJournalUnreadable, publishRootMismatch
  case templateWrote, templateExists, templateCannotWrite, templateNoGB18030, monitorNotExtending
  case witnessListening
  // `relief verify --since` and trust (Catalogue+CommandsVerify.swift).
  case sinceNotChecked, sinceUnverified, sinceOtherOrigin, sinceConsistent, sinceNotConsistent
  case sinceOnlyLines, sinceDifferentRoot, verifyCannotRead, verifyInvalidUnplaced
  case verifyUntrusted, verifyNotSince, divergenceLine, divergenceLineMissing
  case divergenceFoundWith, divergenceBetween, divergenceUnknown, divergenceCacheUnreadable
  case divergenceCacheShort, divergenceCacheMismatch, divergenceNoCache
  // The words of listed entries (Catalogue+CommandsLog.swift).
  case entryOrigin, entryUnder, entryKey, entryRevokesKey, entryClosed, entryThreshold
  case entryCommitted, entryFor, entryToReach, goodsReceived, goodsDistributed, goodsAllocated
  case goodsValued, goodsColumnItem, goodsColumnUnit, goodsColumnReceived, goodsColumnDistributed
  case goodsColumnInStock, goodsColumnValued, goodsFooter
  case roleAdmin, roleAccountant, roleAuditor, roleReviewer

  // ---- Trust, transparency, monitor, witness and stored-file errors
  // (Catalogue+Trust*.swift, Catalogue+Errors*.swift): add cases below this line.
  case policyNotUTF8, policyInvalid, policyUnknownSetting, policyOneValue, policySecondOrigin
  case policyOrigin, policyNotAKey, policyLedgerKeyAsCosigner, policyCosignerKeyAsAdmin
  case policyKeyRepeated, policySecondCosignatures, policyCosignaturesRange, policyNoOrigin
  case policyNoAdmin, policyNeverMet, pinKeyOrTrust, pinCosignerKey, pinNotAKey
  case pinPolicyUnreadable
  case trustOriginMismatch, trustGenesisKeyNotPinned, trustCheckpointMissing
  case trustCheckpointMalformed, trustCheckpointBadSignature, trustTooFewCosignatures
  case trustNotSignedByPinnedKey, trustCheckpointOtherLedger, trustJournalUnreadable
  case trustLinesRemoved, trustRootDiffers, trustCheckpointMet, trustSigners
  case trustGenesisMissing, trustRefused
  case memoryDamaged, memoryUnwritable, cosignSmaller, cosignSplitView, cosignNotExtending
  case cosignRefused, quorumRange, quorumNoSignatureOne, quorumNoSignatureMany, quorumExplicit
  case quorumEveryKey, quorumMissingAll, quorumMetWithout
  case systemFailed, operationRename, operationRead, operationReadTooLarge, operationCreate
  case operationCreateDirectory, operationWrite, operationLock, operationFsync, operationVerify
  case operationTruncate, operationStat, operationRemove, operationReadKeyFile, operationOpen
  case operationLink, operationChmod, reasonNotFound, reasonPermission, reasonNoSpace
  case reasonReadOnly, reasonExists, reasonNotDirectory, reasonIsDirectory, reasonTooLarge
  case reasonOther
  case tileCannotWrite, tileCannotRename, tileForeign, tileBytesDiffer, treeLineNotVerified
  case treeUnreadable, journalUnreadable, treeNoGenesis, nodeCacheUnwritable, nodeCacheUnreadable
  case ledgerChanged
  case monitorQuorumRange, monitorCheckpointUnverified, monitorTooFewCosignatures
  case monitorRolledBack, monitorForked, monitorBadBundle, monitorKeyNotAdmin
  case monitorNothingAccepted, monitorMirrorUnwritable, monitorStateDamaged, monitorCannotRead
  case monitorTooLarge, monitorNotURL, monitorNoAnswer, monitorCannotDownload, monitorSiteFormat
  case monitorSiteOtherSeq, monitorSiteDiffers, monitorSiteNothing, monitorSiteAgrees
  case witnessStateUnreadable, witnessStateDamaged, witnessStateUnwritable, witnessQuorumRange
  case witnessNoConsistency, witnessQuorumNotMet, witnessArgument, witnessKeyInvalid
  case witnessBadCosignature, witnessSplitView, witnessUnreachable, witnessAnswered
  case witnessCannotAdd, witnessNotIPv4, witnessCannotListen, witnessCannotCosign
  case ruleGenesisMissing, ruleGenesisNotFirst, ruleUnionRegistered, ruleProgramRegistered
  case ruleAllocationToItself, ruleAmountOverflow, ruleAppendTimeOutOfRange, ruleRequestIDUsed
  case ruleReversalOfUnknown, ruleReversalOfNonReversible, ruleAlreadyReversed
  case ruleReversalDiffers, ruleInvalidKey, ruleKeyRegistered, ruleUnknownKey, ruleKeyRevoked
  case ruleLastAdministrator, ruleAccountantNeedsUnion, ruleRoleTakesNoUnion, rulePeriodClosed
  case rulePeriodAlreadyClosed, ruleCloseBeforePeriod, ruleUnknownCommitment
  case ruleCommitmentReversed, ruleCommitmentAccount, ruleCommitmentOverpaid
  case ruleCommitmentHasPayments, ruleStockNegative
  case journalExists, journalLocked, journalTornTail, journalLineTooLong, journalSomeLineTooLong
  case journalTailChanged, ledgerDoesNotVerify, ledgerDoesNotVerifySeq, lineCommitRejected
  case lineEntryNotCanonical, lineRuleBroken
  case chainNotCanonical, chainSeqOutOfOrder, chainBroken, chainTimeBackwards, chainTimeInBatch
  case chainCommitCount
  case batchRequestIDUsedOtherwise, batchProposalApproved, batchRequestIDRepeated
  case batchNoSuchRequestID, batchRefundOverlapInFile, batchReversedInFile, sheetRepeatsContent
  case sheetRepeatsRequestID
  case verifyLineOverlong, verifySinceUncheckable, verifySinceNotExtending
  case verifyNoGenesisToCompare, verifyPinnedByPolicy, verifyPinnedByKeys
  case holderWitnessing, holderCosigning, holderCheckpoints, receiptInvalidPrefix
  case noteInvalidPrefix
  case discloseLineUnreadable, discloseLineCutShort, discloseLineChanged, discloseCannotCreate
  case discloseCannotOpen, discloseCannotWrite, discloseRenameFailed, redactionLine
  case redactionUnknownDirective, redactionOneTarget, sourcesLine, sourcesHeader, sourcesFields
  case noteNotUTF8, noteControlCharacter, noteNoFinalNewline, noteNoSignatureBlock
  case noteNoSignatures, noteMalformedSignature, noteTooManySignatures, noteAmbiguousKey
  case noteBadSignature, noteNoVerifiableSignature, checkpointTooFewLines, checkpointEmptyOrigin
  case checkpointBadSize, checkpointBadRoot, checkpointEmptyExtension, checkpointUnexpectedOrigin
  case checkpointBadNote, cosignatureMalformed, cosignatureTimeTooLarge, cosignatureBad
  case proofMalformed, proofInclusionFails, keyNoPrivatePrefix, keyPrivateNotVerifier
  case keyMissingFields, keyBadName, keyBadHash, keyBadBase64, keyUnknownAlgorithm
  case keyCosignerNotAccepted, keyPrivateNotEd25519, keyWrongLength, keyHashMismatch
  case merkleIndexOutOfRange, merkleSizesOutOfOrder, merkleEmptyFirst, merkleWrongLength
  case merkleRootMismatch, merkleFirstRootMismatch, base64Length, base64Character, base64Padding
  case base64TrailingBits
  case previewHead, previewCounterparties, previewTexts, previewSection, previewTreatmentCount
  case previewMore, previewAlsoIn, previewNotPublished, previewCode, treatmentWithheld
  case treatmentMasked, treatmentAsWritten, privacyRedactOption, privacyIndividualBusiness
  case privacyLongNumber, privacyNotAGroup, privacyMayNamePerson, privacyMemoDigits
  case privacyOutsideVocabulary, privacyPinyin, privacyLooksLike, privacyIDNumber, privacyMobile
  case privacyBankCard, privacyNotAsWritten, monitorFolded, monitorWatched, versionLine
  case previewItem
  // The ledger module's own messages (Catalogue+Ledger*.swift).
  case readFileTooLarge, readTooManyRows, readValueTooLong, readNotText, issuesOmittedOne
  case issuesOmittedMany, textGB18030NotForJSONLines, textAdviceJSONLinesUTF8
  case textAdviceTryGB18030, textAdviceNotGB18030Either, textNulByte, textInvalidUTF8
  case textGB18030ConversionInvalid, textInvalidGB18030, textTruncatedGB18030
  case textNoGB18030Converter
  case csvQuoteInUnquotedCell, csvTextAfterClosingQuote, csvUnclosedQuote, csvBareCarriageReturn
  case csvFileEmpty, csvHeaderTooWide, csvColumnNameTooLong, csvColumnWithoutName
  case csvDuplicateColumn, csvDuplicateColumnAlias, csvUnknownColumn, csvMissingColumn
  case csvCellCountOne, csvCellCountMany, csvUnknownColumnOrChinese
  case jsonLineTooLong, jsonFoundEndOfLine, jsonFoundOther, jsonNothing, jsonExpectedValue
  case jsonExpectedObject, jsonExpectedKey, jsonExpectedColon, jsonExpectedCommaOr
  case jsonStringNotClosed, jsonControlCharacter, jsonKeyTooLong, jsonBadEscape
  case jsonBadUnicodeEscape, jsonNulEscape, jsonLoneSurrogate, jsonBadNumber, jsonTooDeep
  case jsonTrailingComma, jsonTextAfterObject, jsonMissingKey, jsonDuplicateKey, jsonUnknownKey
  case jsonAString, jsonAStringOrInteger, jsonNotBoolean, jsonNotArray, jsonNotObject
  case jsonFractionOrExponent, jsonMustBeInteger, jsonStringNotNumber, jsonStringLikeNotNumber
  case moneyEmpty, moneyNegative, moneyUnexpectedCharacter, moneyNoDigitsBeforePoint
  case moneyNoDigits, moneyBadGrouping, moneyNoFractionDigits, moneyTooPreciseWan
  case moneyTooPrecise, moneyOverflow, moneyHintPlus, moneyHintMinus, moneyHintExponent
  case moneyHintPoint, moneyHintComma, moneyHintWan, moneyHintCurrency, moneyHintFullWidth
  case moneyHintOther, characterSpace, characterControl
  case fieldEmpty, fieldTooManyCharacters, fieldTooManyBytes, fieldNotAnID, fieldCountRange
  case fieldNotPrintableASCII, fieldNotVerifierKey, fieldControlCharacter, fieldOuterSpaces
  case marksNeedAmount, marksNeedBeneficiaries, marksGoodsOnly
  case rowHeadcountAndBeneficiaries, rowUnitNeedsBeneficiaries, rowBeneficiariesNeedUnit
  case rowCommitmentBoth, rowReversesRequired, rowReversesBoth, peopleIdentifierInPublicField
  case peopleRequiredToPay, peopleNotForPersonPayment, peopleNoSalt, peopleNotIDNumber
  case peopleIDWrongCheck, peopleNotBankCard
  case keyUnsigned, keyPartlySigned, keyUnknownSigner, keyRevokedSigner, keyBadSignature
  case keyNotEntitled, keyNotEntitledOfUnion, scopeAuditorAppendsNothing
  case scopeReviewerAppendsNothing, scopeAdminOnly, scopeNoUnion, scopeOutsideSubtree
  case scopeCheckerNotReviewer, scopeReviewerKind
  case reviewRequiredAbove, reviewMalformedMaker, reviewMakerIsChecker, reviewCheckerRefused
  case reviewUnknownMaker, reviewRevokedMaker, reviewBadMakerSignature, reviewMakerNotEntitled
  case reviewMakerSignatureReused
  case proposalOtherLedger, proposalMakerRevoked, proposalSignatureFails, proposalPeopleAltered
  case proposalPeopleAlteredBy, proposalMakerUnknown, proposalAlreadyCommitted
  case proposalApprovedAlready, proposalNothingToStage, makerEmpty, makerSignatureMalformed
  case proposalLine, proposalNoFinalNewline, proposalFileEmpty, proposalLineCount
  case proposalBadEntry, proposalBadPeopleLine, proposalPeopleOrder, proposalHeaderMembers
  case peopleNoSuchEntry, peoplePersonForNoPayee, peopleMissingRecord, peopleCommitmentDiffers
  case peopleNameDiffers, peopleLineEntry, peopleLineMembers, peopleLineIDNumber
  case peopleLineBankCard
  case rosterNotCanonical, rosterMembers, rosterFields, rosterIO, rosterLine, rosterSeqRepeated
  case rosterRecordMissing, rosterNameDiffers, rosterCommitmentDiffers, rosterNotAPayment
  case stateLineUnreadable, stateLineCutShort, verifyJournalEmpty, verifyLastLineCut
  case verifyBatchUncommitted
  case decodeMember, decodeMustBeString, decodeMustBeInteger, decodeMustBeObject
  case decodeMemberUnknown, decodeMemberMissingFound, decodeMemberMissingAtEnd
  case decodePayeeOrCounterparty, decodeFormat, decodeNotKeyRole, decodePositiveFen
  case decodeNotSubsidyCategory, decodeNotDisbursementCategory, decodeNotReceiptCategory
  case decodeNotAssumed, decodeMustBeSeq, decodePeriodNotCanonical, decodeNotEntryKind
  case payeeNotMasked, payeeCommitmentNotHex, stateJournalChanged, clockOutOfRange, rowNotAssumed
  // Canonical JSON and line headers (Catalogue+Canonical.swift).
  case canonAtByte, canonExpected, canonEndsBeforeExpected, canonOpeningBrace
  case canonColonAfterName, publishFieldExposes, publishCounterpartyExposes
  case canonTrailingBytes, canonTooDeep, canonExpectedName, canonEndsInObject
  case canonExpectedCommaOrBrace, canonEndsBeforeValue, canonExpectedValue, canonExpectedDigit
  case canonOnlyIntegers, canonControlEscape, canonDelete, canonControlNotAllowed
  case canonEndsInEscape, canonNegativeZero, canonLeadingZero, canonTooBig, canonStringOpen
  case canonStringUTF8, canonEscapeRange, canonEscapeNotCanonical, headerAfterKind
  case headerExpected, headerPrev, headerKind, headerTooBig, headerNotInteger, headerLeadingZero
  case commitEntriesZero, commitStrings, commitMembers
}
