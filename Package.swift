// swift-tools-version:6.0
// The relief-fund ledger. No package dependencies: the layers below are ordered so that the
// compiler enforces DESIGN.md's direction (crypto ← log ← ledger ← CLI ← executable);
// ReliefText, the message catalogue, depends on nothing and is used from the ledger up.
import PackageDescription

let package = Package(
  name: "relief",
  products: [
    .library(name: "ReliefLedger", targets: ["ReliefLedger"]),
    .library(name: "ReliefDisclosure", targets: ["ReliefDisclosure"]),
    .executable(name: "relief", targets: ["relief"]),
  ],
  targets: [
    .target(name: "ReliefText"),
    .target(
      name: "ReliefCrypto", dependencies: ["ReliefText"],
      exclude: ["Ed25519/VERIFICATION-POLICY.md"],
      // Hashing and signatures are optimised in every build, tests included: unoptimised
      // SIMD lanes made the debug test suite twice as slow. The tests still reach the
      // internals (-enable-testing stays on in debug builds).
      swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
    .target(name: "ReliefLog", dependencies: ["ReliefText", "ReliefCrypto"]),
    .target(name: "ReliefLedger", dependencies: ["ReliefText", "ReliefCrypto", "ReliefLog"]),
    .target(
      name: "ReliefDisclosure",
      dependencies: ["ReliefText", "ReliefCrypto", "ReliefLedger", "ReliefLog"]),
    .target(
      name: "ReliefCLI",
      dependencies: [
        "ReliefText", "ReliefCrypto", "ReliefLog", "ReliefLedger", "ReliefDisclosure",
      ]),
    .executableTarget(name: "relief", dependencies: ["ReliefCLI"]),
    .executableTarget(name: "relief-tidy", path: "tools/relief-tidy"),
    .executableTarget(
      name: "relief-seed", dependencies: ["ReliefLedger"], path: "tools/relief-seed"),
    .executableTarget(
      name: "relief-workload", dependencies: ["ReliefLedger"], path: "tools/relief-workload"),
    .executableTarget(
      name: "ed25519-bench", dependencies: ["ReliefCrypto"], path: "tools/ed25519-bench"),
    .executableTarget(
      name: "sha256-bench", dependencies: ["ReliefCrypto"], path: "tools/sha256-bench"),
    .executableTarget(
      name: "append-bench", dependencies: ["ReliefLedger"], path: "tools/append-bench"),
    .executableTarget(name: "fsync-probe", path: "tools/fsync-probe"),
    .testTarget(
      name: "ReliefCryptoTests", dependencies: ["ReliefCrypto"],
      exclude: ["Vectors"]),
    .testTarget(name: "ReliefLogTests", dependencies: ["ReliefLog", "ReliefCrypto"]),
    .testTarget(name: "ReliefTextTests", dependencies: ["ReliefText"]),
    .testTarget(
      name: "ReliefLedgerTests", dependencies: ["ReliefLedger", "ReliefLog", "ReliefCrypto"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "ReliefCLITests",
      dependencies: ["ReliefCLI", "relief", "ReliefLedger", "ReliefLog", "ReliefCrypto"]),
    .testTarget(
      name: "ReliefDisclosureTests",
      dependencies: ["ReliefDisclosure", "ReliefLedger", "ReliefLog", "ReliefCLI", "relief"]),
  ]
)
