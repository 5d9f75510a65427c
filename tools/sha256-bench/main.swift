// sha256-bench: hashes one file with ReliefCrypto.SHA256.
// Prints "<hex>  <path>" to stdout (like sha256sum) and the hashing rate to stderr.
// The file is mapped into memory and prefaulted first, so the rate covers hashing only.

import Glibc
import ReliefCrypto

/// Writes `text` and a newline to standard error.
func printError(_ text: String) {
  var line = text + "\n"
  line.withUTF8 { bytes in
    _ = Glibc.write(STDERR_FILENO, bytes.baseAddress, bytes.count)
  }
}

/// Monotonic time in seconds.
func now() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_MONOTONIC, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Maps the whole file at `path` read-only and calls `body` with its bytes; returns nil (after
/// printing why) if the file cannot be opened or mapped.
func withMappedFile<R>(_ path: String, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
  let descriptor = open(path, O_RDONLY)
  guard descriptor >= 0 else {
    printError("sha256-bench: cannot open \(path): errno \(errno)")
    return nil
  }
  defer { close(descriptor) }
  var status = stat()
  guard fstat(descriptor, &status) == 0 else {
    printError("sha256-bench: cannot stat \(path): errno \(errno)")
    return nil
  }
  let size = Int(status.st_size)
  guard size > 0 else {
    return body(UnsafeRawBufferPointer(start: nil, count: 0))
  }
  let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, 0)
  guard let mapped, mapped != UnsafeMutableRawPointer(bitPattern: -1) else {
    printError("sha256-bench: cannot map \(path): errno \(errno)")
    return nil
  }
  defer { munmap(mapped, size) }
  return body(UnsafeRawBufferPointer(start: mapped, count: size))
}

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
  printError("usage: sha256-bench <file>")
  exit(2)
}
let path = arguments[1]
let outcome = withMappedFile(path) { bytes in
  let start = now()
  let digest = SHA256.hash(bytes)
  return (digest: digest, byteCount: bytes.count, seconds: now() - start)
}
guard let outcome else { exit(1) }

print("\(outcome.digest.hex)  \(path)")
let megabytesPerSecond =
  outcome.seconds > 0
  ? Double(outcome.byteCount) / 1_000_000 / outcome.seconds : 0
printError(
  "sha256-bench: \(outcome.byteCount) bytes in \(outcome.seconds) s"
    + " = \(Int(megabytesPerSecond)) MB/s")
