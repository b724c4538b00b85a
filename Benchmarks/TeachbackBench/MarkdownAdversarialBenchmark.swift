import Foundation
import Markdown

/// `teachback-bench markdown --adversarial`: the inputs that once took quadratic time, at
/// 1 MB and 10 MB, with the parser's own work count per byte and CPU time.
enum MarkdownAdversarialBenchmark {
  static let shapes: [(String, @Sendable (Int) -> String)] = [
    ("![[a]() repeated", { String(repeating: "![[a]()", count: $0 / 7) }),
    (
      "*a then _a*_ runs",
      { String(repeating: "*a ", count: $0 / 8) + String(repeating: "_a*_ ", count: $0 / 8) }
    ),
    ("[[]() repeated", { String(repeating: "[[]()", count: $0 / 5) }),
  ]

  static func run() {
    for (name, make) in shapes {
      for size in [1_000_000, 10_000_000] {
        let source = make(size)
        var work = 0
        let seconds = MarkdownBenchmark.cpuTime {
          work = MarkdownDocument(parsing: source).parseWork
        }
        print(
          String(
            format: "%-20@ %9d bytes  parse %7.1f ms  %.2f steps per byte", name as NSString,
            source.utf8.count, seconds * 1000, Double(work) / Double(source.utf8.count)))
      }
    }
  }
}
