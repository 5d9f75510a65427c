import ReliefCLI

#if canImport(Glibc)
  import Glibc
#endif

let status = Relief.run(
  arguments: Array(CommandLine.arguments.dropFirst()), environment: Relief.processEnvironment(),
  console: StandardConsole())
exit(status)
