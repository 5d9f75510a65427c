import ReliefLog

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A temporary file of fixed-size records that no other process can open: created in the
/// temporary directory (`TMPDIR`, else `/tmp`) and unlinked at once, so its space is freed
/// when it is closed, even after a crash.
final class SpillFile<Record: BitwiseCopyable> {
  private let file: OpenFile
  /// Records written so far.
  private(set) var count: Int64 = 0

  init() throws(SystemError) {
    file = try Self.createUnlinked()
  }

  private static func createUnlinked() throws(SystemError) -> OpenFile {
    let variable = getenv("TMPDIR").map { String(cString: $0) } ?? ""
    let directory = variable.isEmpty ? "/tmp" : variable
    var attempt = 0
    while true {
      let path =
        directory + "/relief-verify-" + String(UInt64.random(in: 0...UInt64.max), radix: 16)
      let file: OpenFile
      do {
        file = try OpenFile.open(path, flags: O_RDWR | O_CREAT | O_EXCL, mode: 0o600)
      } catch  where error.code == EEXIST && attempt < 16 {
        attempt += 1
        continue
      }
      guard unlink(path) == 0 else {
        throw SystemError(operation: "remove", path: path, code: errno)
      }
      return file
    }
  }

  /// Writes `records` after those written before (at their place, so that a write that
  /// failed halfway is written over by the next).
  func append(_ records: [Record]) throws(SystemError) {
    let start = count * Int64(MemoryLayout<Record>.stride)
    var failure: SystemError?
    records.withUnsafeBytes { bytes in
      var written = 0
      while written < bytes.count, let base = bytes.baseAddress {
        let result = pwrite(
          file.descriptor, base + written, bytes.count - written, off_t(start + Int64(written)))
        if result > 0 {
          written += result
        } else if result < 0 && errno == EINTR {
          continue
        } else {
          failure = SystemError(operation: "write", path: file.path, code: result < 0 ? errno : EIO)
          return
        }
      }
    }
    if let failure { throw failure }
    count += Int64(records.count)
  }

  /// Up to `wanted` records from record `index` on (fewer only at the end).
  func read(_ wanted: Int, at index: Int64) throws(SystemError) -> [Record] {
    let stride = MemoryLayout<Record>.stride
    let available = Int(min(Int64(wanted), max(0, count - index)))
    var failure: SystemError?
    let records = [Record](unsafeUninitializedCapacity: available) { buffer, initialized in
      let bytes = UnsafeMutableRawBufferPointer(buffer)
      var filled = 0
      while filled < bytes.count {
        let got: Int
        do throws(SystemError) {
          got = try file.read(
            into: UnsafeMutableRawBufferPointer(rebasing: bytes[filled...]),
            at: index * Int64(stride) + Int64(filled))
        } catch {
          failure = error
          break
        }
        guard got > 0 else {
          failure = SystemError(operation: "read", path: file.path, code: EIO)
          break
        }
        filled += got
      }
      initialized = failure == nil ? available : 0
    }
    if let failure { throw failure }
    return records
  }
}
