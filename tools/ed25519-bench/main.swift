// ed25519-bench: Ed25519 signatures and verifications per second, for comparison with
// `openssl speed ed25519` on the same machine. Build in release mode:
//   swift run -c release ed25519-bench [seconds-per-measurement]
// Each rate is the median of three timed runs; the message is 32 bytes, like a digest.
import Glibc
import ReliefCrypto

/// Seconds on the monotonic clock.
func now() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_MONOTONIC, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Runs `body` in batches until `seconds` have passed; returns calls per second.
func rate(seconds: Double, batch: Int, _ body: () -> Void) -> Double {
  let start = now()
  var calls = 0
  var elapsed = 0.0
  while elapsed < seconds {
    for _ in 0..<batch {
      body()
    }
    calls += batch
    elapsed = now() - start
  }
  return Double(calls) / elapsed
}

/// The median of three runs of `measure`.
func median(_ measure: () -> Double) -> (median: Double, runs: [Double]) {
  let runs = [measure(), measure(), measure()]
  return (runs.sorted()[1], runs)
}

func formatted(_ value: Double) -> String {
  String(Int(value.rounded()))
}

let arguments = CommandLine.arguments
let seconds = arguments.count > 1 ? Double(arguments[1]) ?? 3 : 3
let seed = (0..<32).map { UInt8(truncatingIfNeeded: $0 &* 29 &+ 7) }
let message = (0..<32).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ 1) }
guard let key = Ed25519.PrivateKey(seed: seed) else {
  print("ed25519-bench: could not make a key")
  exit(1)
}
let publicKey = key.publicKey
let signature = key.signature(for: message)
let publicKeyBytes = publicKey.bytes
var sink = 0

let signing = median {
  rate(seconds: seconds, batch: 100) { sink &+= Int(key.signature(for: message)[0]) }
}
let verifying = median {
  rate(seconds: seconds, batch: 100) {
    sink &+= publicKey.isValidSignature(signature, for: message) ? 1 : 0
  }
}
let decodingAndVerifying = median {
  rate(seconds: seconds, batch: 100) {
    let decoded = Ed25519.PublicKey(bytes: publicKeyBytes)
    sink &+= decoded?.isValidSignature(signature, for: message) == true ? 1 : 0
  }
}
print("ed25519 sign/s            \(formatted(signing.median))  runs \(signing.runs.map(formatted))")
print(
  "ed25519 verify/s          \(formatted(verifying.median))  runs \(verifying.runs.map(formatted))")
print(
  "ed25519 decode+verify/s   \(formatted(decodingAndVerifying.median))"
    + "  runs \(decodingAndVerifying.runs.map(formatted))")
if sink == 42 { print("") }  // keeps the results alive
