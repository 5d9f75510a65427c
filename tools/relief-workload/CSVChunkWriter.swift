/// Writes the rows as CSV chunks `workload-0001.csv`, `workload-0002.csv`, … in `directory`,
/// each with the header row and at most `chunkRows` data rows.
///
/// No field is quoted and no value contains a comma, a quote or a newline.
struct CSVChunkWriter {
  private let directory: String
  private let chunkRows: Int
  private let rows: CSVRows
  private var sink: ByteSink?
  private var rowsInChunk = 0
  private(set) var chunkCount = 0

  init(directory: String, chunkRows: Int, workload: Workload) {
    self.directory = directory
    self.chunkRows = chunkRows
    self.rows = CSVRows(workload: workload)
  }

  /// Writes `step` as one row, starting a new chunk when the current one is full.
  mutating func write(_ step: Step) throws(WorkloadError) {
    let sink = try currentSink()
    var line = CSVLine(sink: sink)
    rows.write(step, to: &line)
    rowsInChunk += 1
    try sink.flushIfFull()
  }

  /// Writes out the last chunk.
  mutating func finish() throws(WorkloadError) {
    try sink?.flush()
    sink = nil
  }

  /// The chunk the next row goes to, starting a new one if there is none or it is full.
  private mutating func currentSink() throws(WorkloadError) -> ByteSink {
    if let sink, rowsInChunk < chunkRows { return sink }
    try sink?.flush()
    chunkCount += 1
    var number: [UInt8] = []
    ByteFormat.appendUnsigned(UInt64(chunkCount), width: 4, to: &number)
    let name = "workload-\(String(decoding: number, as: UTF8.self)).csv"
    let next = try ByteSink(creating: "\(directory)/\(name)")
    next.buffer += CSVColumn.header
    sink = next
    rowsInChunk = 0
    return next
  }
}
