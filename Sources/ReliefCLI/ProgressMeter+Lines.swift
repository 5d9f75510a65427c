import ReliefLog
import ReliefText

extension ProgressMeter {
  /// A meter of lines for `label`, drawn on standard error when it is a terminal and no
  /// machine-readable output (`--json`) was asked for.
  static func lines(_ label: MessageID, _ context: Context, _ arguments: Arguments)
    -> ProgressMeter
  {
    lines(label, context, json: arguments.flags.contains("json"))
  }

  /// A meter of lines for `label`, off when `json` output was asked for.
  static func lines(_ label: MessageID, _ context: Context, json: Bool) -> ProgressMeter {
    ProgressMeter(
      label: Text.current(label), unit: Text.current(.progressUnitLines),
      describeTotal: ProgressMeter.size,
      enabled: context.console.errIsTerminal && !json,
      clockMillis: FileSystem.nowMillis, write: context.console.err)
  }

  /// `update` as a progress callback.
  var callback: (_ lines: Int64, _ bytes: Int64, _ totalBytes: Int64) -> Void {
    { lines, bytes, totalBytes in self.update(items: lines, done: bytes, total: totalBytes) }
  }
}
