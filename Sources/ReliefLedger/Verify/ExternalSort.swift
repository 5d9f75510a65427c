import ReliefLog

/// Records sorted out of core: gathered in memory up to a run's size, each full run sorted
/// and written to a `SpillFile`, and all runs merged at the end, so that memory stays
/// bounded however many records there are.
struct ExternalSort<Record: Comparable & BitwiseCopyable & Sendable> {
  /// The records of one run held in memory.
  let runCount: Int
  private var buffer: [Record] = []
  private var file: SpillFile<Record>?
  /// The records of each run written, as ranges of record indexes in `file`.
  private var runs: [Range<Int64>] = []

  /// A sort whose runs hold at most `runSizeBytes` of records (at least one record).
  init(runSizeBytes: Int) {
    runCount = max(1, runSizeBytes / MemoryLayout<Record>.stride)
  }

  /// A sort of `records`, held in memory whatever their number.
  init(inMemory records: [Record]) {
    runCount = Int.max
    buffer = records
  }

  /// Adds `record`, writing out a sorted run when the buffer is full.
  mutating func add(_ record: Record) throws(SystemError) {
    // Grows as an array would, but never past a run.
    if buffer.count == buffer.capacity {
      buffer.reserveCapacity(min(runCount, max(1_024, 2 * buffer.count)))
    }
    buffer.append(record)
    if buffer.count >= runCount { try writeRun() }
  }

  /// Sorts the buffer and writes it as a run; `onBothCores` when nothing else is running.
  private mutating func writeRun(onBothCores: Bool = false) throws(SystemError) {
    if onBothCores { TwoCoreSort.sort(&buffer) } else { buffer.sort() }
    let spill: SpillFile<Record>
    if let file {
      spill = file
    } else {
      spill = try SpillFile<Record>()
      file = spill
    }
    let start = spill.count
    try spill.append(buffer)
    runs.append(start..<spill.count)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Calls `body` with every record added, in ascending order, until it returns false;
  /// the records are gone afterwards.
  mutating func forEachSorted(_ body: (Record) throws -> Bool) throws {
    defer {
      buffer = []
      runs = []
      file = nil
    }
    // The line pass is over by now: both cores are free to sort.
    guard let spill = file else {
      TwoCoreSort.sort(&buffer)
      for record in buffer { guard try body(record) else { return } }
      return
    }
    if !buffer.isEmpty { try writeRun(onBothCores: true) }
    buffer = []
    var merge = try RunMerge<Record>(file: spill, runs: runs, runCount: runCount)
    while let record = try merge.next() {
      guard try body(record) else { return }
    }
  }
}

/// The k-way merge of sorted runs of a `SpillFile`, reading each run a block at a time and
/// keeping the runs in a binary heap by their next record.
private struct RunMerge<Record: Comparable & BitwiseCopyable> {
  private struct Cursor {
    var next: Int64
    let end: Int64
    var block: [Record]
    var index: Int
    var current: Record { block[index] }
  }

  private let file: SpillFile<Record>
  private let blockCount: Int
  private var cursors: [Cursor] = []
  /// Indexes of the cursors that still hold records, as a min-heap by current record.
  private var heap: [Int] = []

  init(file: SpillFile<Record>, runs: [Range<Int64>], runCount: Int) throws(SystemError) {
    self.file = file
    // Blocks of about 64 KiB per run, but never more than a run holds.
    blockCount = max(1, min(runCount, (1 << 16) / MemoryLayout<Record>.stride))
    for run in runs where !run.isEmpty {
      // A run is never empty, and `read` gives all it asks for from a run or throws.
      let block = try file.read(blockCount, at: run.lowerBound)
      cursors.append(
        Cursor(
          next: run.lowerBound + Int64(block.count), end: run.upperBound, block: block, index: 0)
      )
    }
    heap = Array(cursors.indices)
    var position = heap.count / 2
    while position > 0 {
      position -= 1
      siftDown(position)
    }
  }

  /// The smallest record not yet returned, or nil when every run is used up.
  mutating func next() throws(SystemError) -> Record? {
    guard let top = heap.first else { return nil }
    let record = cursors[top].current
    if try advance(top) {
      siftDown(0)
    } else {
      heap[0] = heap[heap.count - 1]
      heap.removeLast()
      if !heap.isEmpty { siftDown(0) }
    }
    return record
  }

  /// Moves cursor `index` to its next record; false when its run is used up.
  private mutating func advance(_ index: Int) throws(SystemError) -> Bool {
    cursors[index].index += 1
    if cursors[index].index < cursors[index].block.count { return true }
    let cursor = cursors[index]
    guard cursor.next < cursor.end else { return false }
    let wanted = Int(min(Int64(blockCount), cursor.end - cursor.next))
    cursors[index].block = try file.read(wanted, at: cursor.next)
    cursors[index].index = 0
    cursors[index].next += Int64(wanted)
    return true
  }

  private mutating func siftDown(_ start: Int) {
    var position = start
    while true {
      let left = 2 * position + 1
      guard left < heap.count else { return }
      var smallest = left
      let right = left + 1
      if right < heap.count, cursors[heap[right]].current < cursors[heap[left]].current {
        smallest = right
      }
      guard cursors[heap[smallest]].current < cursors[heap[position]].current else { return }
      heap.swapAt(position, smallest)
      position = smallest
    }
  }
}
