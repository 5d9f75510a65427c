import ReliefLedger
import ReliefText

extension KeyRole {
  /// The role as a message names it: 管理员, 会计, 审计, 复核人 in Chinese, else its name.
  var shownName: String {
    let id: MessageID
    switch self {
    case .admin: id = .roleAdmin
    case .accountant: id = .roleAccountant
    case .auditor: id = .roleAuditor
    case .reviewer: id = .roleReviewer
    }
    return Text.current(id)
  }
}
