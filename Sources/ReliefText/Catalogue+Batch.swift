extension Catalogue {
  /// Why a row of a batch is refused because of other rows, or of entries it names.
  static func batch(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .batchRequestIDUsedOtherwise:
      return (
        "'{id}' is already used by seq {seq} for a different entry",
        "请求号“{id}”已被序号 {seq} 用于另一笔不同的记录"
      )
    case .batchProposalApproved:
      return (
        "'{id}' is already committed by seq {seq}: the proposal was approved before",
        "请求号“{id}”已由序号 {seq} 提交：这个提案此前已经审批过"
      )
    case .batchRequestIDRepeated:
      return ("'{id}' repeats the request id of line {line}", "请求号“{id}”与第 {line} 行重复")
    case .batchNoSuchRequestID:
      return ("no entry has request_id '{id}'", "没有请求号为“{id}”的记录")
    case .batchRefundOverlapInFile:
      return (
        "business {code} already has a refund for {existing} on line {line} of this file, "
          + "which overlaps {period}",
        "企业 {code} 在本文件第 {line} 行已有 {existing} 的返还，与 {period} 重叠"
      )
    case .batchReversedInFile:
      return (
        "seq {seq} is already reversed by line {line} of this file", "序号 {seq} 已由本文件第 {line} 行冲销"
      )
    case .sheetRepeatsContent:
      return (
        "repeats line {line} (same content); give each row a request_id if both are meant",
        "与第 {line} 行内容相同；如果两行都要记入，请给每行填写请求号"
      )
    case .sheetRepeatsRequestID:
      return ("repeats line {line} (same request_id '{id}')", "与第 {line} 行重复（请求号同为“{id}”）")
    default: return ("", "")
    }
  }
}
