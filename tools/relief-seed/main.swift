#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Writes `text` to standard error.
func printError(_ text: String) {
  var bytes = Array(text.utf8)
  while !bytes.isEmpty {
    let count = bytes.withUnsafeBytes { buffer -> Int in
      guard let base = buffer.baseAddress else { return 0 }
      return write(2, base, buffer.count)
    }
    if count < 0 && errno == EINTR { continue }
    if count <= 0 { return }
    bytes.removeFirst(count)
  }
}

do {
  let options = try Options.parse(Array(CommandLine.arguments.dropFirst()))
  if options.showHelp {
    print(Options.usage, terminator: "")
    exit(0)
  }
  printError(try SeedImporter.run(seeds: options.seedsDirectory, out: options.outPath))
} catch {
  printError("relief-seed: \(error)\n")
  if case .usage = error { printError("Try 'relief-seed --help'.\n") }
  exit(error.exitStatus)
}
