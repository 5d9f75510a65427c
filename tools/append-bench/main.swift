// append-bench: single durable appends per second through one in-process LedgerWriter
// (one row per batch, each fsynced), beside the raw fsync rate of 4 KiB writes in the
// same directory, measured in the same run.
//
// Usage: append-bench [--appends N] [--dir DIR]
//   --appends N  batches of one row to append (default 2000)
//   --dir DIR    where the temporary ledger and probe file go (default /tmp)
// Example:
//   swift run -c release append-bench --appends 2000 --dir /tmp

import Glibc
import ReliefCrypto
import ReliefLedger
import ReliefLog

/// Fails with a message on stderr and exit code 2.
func fail(_ message: String) -> Never {
  let bytes = Array("append-bench: \(message)\n".utf8)
  _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
  exit(2)
}

/// Nanoseconds from the monotonic clock.
func nowNanos() -> UInt64 {
  var spec = timespec()
  clock_gettime(CLOCK_MONOTONIC, &spec)
  return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}

var appends = 2000
var directory = "/tmp"
var arguments = CommandLine.arguments.dropFirst()
while let name = arguments.popFirst() {
  switch name {
  case "--help", "-h":
    print("usage: append-bench [--appends N] [--dir DIR]   (example: --appends 2000 --dir /tmp)")
    exit(0)
  case "--appends":
    guard let value = arguments.popFirst().flatMap({ Int($0) }), value > 0 else {
      fail("--appends needs a positive number")
    }
    appends = value
  case "--dir":
    guard let value = arguments.popFirst() else { fail("--dir needs a directory") }
    directory = value
  default:
    fail("unknown argument \(name) (try --help)")
  }
}

let work = directory + "/append-bench-\(getpid())"
let ledgerDirectory = work + "/ledger"
guard mkdir(work, 0o755) == 0 else { fail("cannot create \(work)") }
defer {
  unlink(ledgerDirectory + "/journal.jsonl")
  unlink(ledgerDirectory + "/projection.state")
  unlink(ledgerDirectory + "/projection.requests")
  rmdir(ledgerDirectory)
  rmdir(work)
}

// Raw fsync rate: 4 KiB written and fsynced in a loop, as many times as there are appends.
let probePath = work + "/probe.bin"
let probe = open(probePath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
guard probe >= 0 else { fail("cannot create \(probePath)") }
let block = [UInt8](repeating: 0x61, count: 4096)
let probeStart = nowNanos()
for _ in 0..<appends {
  guard block.withUnsafeBytes({ write(probe, $0.baseAddress, 4096) }) == 4096, fsync(probe) == 0
  else { fail("write or fsync failed on \(probePath)") }
}
let probeSeconds = Double(nowNanos() - probeStart) / 1e9
close(probe)
unlink(probePath)

// A throwaway administrator key: its seed is fixed, which is fine for a benchmark.
guard let privateKey = Ed25519.PrivateKey(seed: [UInt8](repeating: 7, count: 32)),
  let key = try? NoteSignerKey(name: "append-bench", privateKey: privateKey)
else { fail("cannot build the benchmark key") }
let clock = { FileSystem.nowMillis() }
let writer = LedgerWriter(
  journal: Journal(directory: ledgerDirectory), nowMillis: clock, signer: CommitSigner(key))
do {
  try writer.initialize(origin: "bench.example/append-bench")
  _ = try writer.append(
    rows: [
      InputRow(line: 2, fields: ["kind": "union", "id": "u", "name": "Bench union"]),
      InputRow(line: 3, fields: ["kind": "program", "id": "p", "name": "Bench program"]),
    ], source: "setup")
} catch {
  fail("cannot set up the ledger: \(error)")
}
let appendStart = nowNanos()
for number in 0..<appends {
  let row = InputRow(
    line: 2,
    fields: [
      "kind": "receipt", "date": "2022-12-31", "union": "u", "program": "p", "amount": "1.00",
      "request_id": "bench-\(number)",
    ])
  do {
    _ = try writer.append(rows: [row], source: "bench")
  } catch {
    fail("append \(number) failed: \(error)")
  }
}
let appendSeconds = Double(nowNanos() - appendStart) / 1e9
// The appended ledger must verify, or the rate means nothing.
guard let report = try? Verifier(journal: Journal(directory: ledgerDirectory)).verify(),
  report.verdict == .valid, report.entryCount == Int64(appends) + 3
else { fail("the appended ledger does not verify") }

let fsyncRate = Double(appends) / probeSeconds
let appendRate = Double(appends) / appendSeconds
print("raw fsync (4 KiB write + fsync): \(Int(fsyncRate)) /s")
print("single durable appends (1 row per batch, in process): \(Int(appendRate)) /s")
print("appends / fsync rate: \(Double(Int(appendRate / fsyncRate * 1000)) / 1000)")
