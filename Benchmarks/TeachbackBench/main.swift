// `swift run -c release teachback-bench NAME` runs one benchmark and prints its figures.
// Each benchmark lives in its own file and adds one entry here.
import Foundation

let benchmarks: [String: () throws -> Void] = [
  "startup": StartupBenchmark.run,
  "markdown": MarkdownBenchmark.run,
  "store": StoreBenchmark.run,
  "bundle": BundleBenchmark.run,
  "grade": GradeBenchmark.run,
  "hostile-bundle": HostileBundleBenchmark.run,
  "figures": FigureBenchmark.run,
  "secret": SecretBenchmark.run,
]

let arguments = CommandLine.arguments.dropFirst()
guard let name = arguments.first, let benchmark = benchmarks[name] else {
  print(
    "usage: teachback-bench NAME\nbenchmarks: \(benchmarks.keys.sorted().joined(separator: ", "))")
  exit(2)
}
try benchmark()
