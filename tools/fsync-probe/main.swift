// fsync-probe: the raw durable-write rate of a disk, the floor under single appends. Writes a
// 4 KiB block and fsyncs it, in a loop, appending to a temporary file in DIR (removed at the
// end), until it has done N iterations or S seconds have passed, whichever comes first.
// Prints one line to stdout; its first field is the rate, for scripts:
//   2791 fsyncs/s (5583 writes of 4096 bytes + fsync in 2.000 s in /tmp)
//
// Usage: fsync-probe [--dir DIR] [--iterations N] [--seconds S]
//   --dir DIR        where the temporary file goes: the disk measured (default .)
//   --iterations N   stop after N write + fsync rounds (default 1000000)
//   --seconds S      stop after S seconds (default 2; a whole number)
// Example:
//   swift run -c release fsync-probe --dir /tmp --seconds 3

import Glibc

/// The block written before every fsync.
let blockSizeBytes = 4096
/// Limits on the command line, so that a typo cannot start an endless probe.
let iterationsMax = 100_000_000
let secondsMax = 3600

/// Fails with a message on stderr and exit code 2.
func fail(_ message: String) -> Never {
  let bytes = Array("fsync-probe: \(message)\n".utf8)
  _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
  exit(2)
}

/// Nanoseconds from the monotonic clock.
func nowNanos() -> UInt64 {
  var spec = timespec()
  clock_gettime(CLOCK_MONOTONIC, &spec)
  return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}

/// The whole number after option `name`, from 1 to `maximum`.
func count(_ name: String, _ value: String?, maximum: Int) -> Int {
  guard let value, let number = Int(value), number >= 1, number <= maximum else {
    fail("\(name) needs a whole number from 1 to \(maximum)")
  }
  return number
}

/// `value` with exactly three decimals, without Foundation's formatting.
func threeDecimals(_ value: Double) -> String {
  let thousandths = Int((value * 1000).rounded())
  let fraction = String(thousandths % 1000)
  return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
}

var directory = "."
var iterations = 1_000_000
var seconds = 2
var arguments = CommandLine.arguments.dropFirst()
while let name = arguments.popFirst() {
  switch name {
  case "--help", "-h":
    print("usage: fsync-probe [--dir DIR] [--iterations N] [--seconds S]")
    print("example: fsync-probe --dir /tmp --seconds 3")
    exit(0)
  case "--dir":
    guard let value = arguments.popFirst(), !value.isEmpty else { fail("--dir needs a directory") }
    directory = value
  case "--iterations":
    iterations = count(name, arguments.popFirst(), maximum: iterationsMax)
  case "--seconds":
    seconds = count(name, arguments.popFirst(), maximum: secondsMax)
  default:
    fail("unknown argument \(name) (try --help)")
  }
}

var template = Array((directory + "/fsync-probe.XXXXXX").utf8CString)
let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
  guard let base = buffer.baseAddress else { return -1 }
  return mkstemp(base)
}
guard descriptor >= 0 else { fail("cannot create a file in \(directory): errno \(errno)") }
let path = template.withUnsafeBufferPointer { buffer in
  String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

let block = [UInt8](repeating: 0x61, count: blockSizeBytes)
let deadlineNanos = nowNanos() + UInt64(seconds) * 1_000_000_000
let start = nowNanos()
var done = 0
var end = start
while done < iterations && end < deadlineNanos {
  let written = block.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
  guard written == blockSizeBytes, fsync(descriptor) == 0 else {
    let code = errno
    close(descriptor)
    unlink(path)
    fail("write or fsync failed on \(path): errno \(code)")
  }
  done += 1
  end = nowNanos()
}
close(descriptor)
unlink(path)

let elapsedSeconds = Double(end - start) / 1e9
let rate = Int((Double(done) / elapsedSeconds).rounded())
print(
  "\(rate) fsyncs/s (\(done) writes of \(blockSizeBytes) bytes + fsync in "
    + "\(threeDecimals(elapsedSeconds)) s in \(directory))")
