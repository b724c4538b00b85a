import Foundation
import Markdown

/// `teachback-bench markdown --process`: whole processes, side by side. The release
/// `teachback render --width 80 --color always FILE` (start-up, reading, parsing, rendering to
/// the terminal and writing) against `lowdown -tterm --term-width=80 FILE`, both writing into a
/// pipe this process drains, as a terminal would. Runs alternate; figures are medians of
/// wall-clock time from spawn to exit, and of the child's CPU time.
enum MarkdownProcessBenchmark {
  static func run() throws {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent().appendingPathComponent("teachback").path
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      print(
        "No teachback binary beside this one. Build both in release first:\n"
          + "  swift build -c release --static-swift-stdlib --product teachback\n"
          + "  swift build -c release --static-swift-stdlib --product teachback-bench")
      exit(1)
    }
    let lowdown = MarkdownBenchmark.executable("lowdown")
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("teachback-process-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }

    for (size, runs) in [(1 << 20, 21), (10 << 20, 5)] {
      let file = folder.appendingPathComponent("input-\(size).md")
      try MarkdownBenchmark.corpus(bytes: size).write(to: file, atomically: true, encoding: .utf8)
      let ours = [binary, "render", "--width", "80", "--color", "always", file.path]
      let theirs = lowdown.map { [$0, "-tterm", "--term-width=80", file.path] }
      var oursSamples: [Sample] = []
      var theirSamples: [Sample] = []
      _ = try measure(ours)  // warms the page cache for both
      if let theirs { _ = try measure(theirs) }
      for _ in 0..<runs {
        oursSamples.append(try measure(ours))
        if let theirs { theirSamples.append(try measure(theirs)) }
      }
      let mebibytes = size >> 20
      print("\(mebibytes) MiB of Markdown to the terminal at width 80, \(runs) runs each:")
      report("teachback render", oursSamples)
      if theirSamples.isEmpty {
        print("  lowdown           not installed (apt-get install lowdown)")
      } else {
        report("lowdown -tterm", theirSamples)
        let ratio = median(theirSamples.map(\.wall)) / median(oursSamples.map(\.wall))
        print(String(format: "  lowdown / teachback (wall): %.2f×", ratio))
      }
    }
  }

  struct Sample {
    var wall: Double
    var cpu: Double
    var outputBytes: Int
  }

  static func report(_ name: String, _ samples: [Sample]) {
    let padded = name.padding(toLength: 18, withPad: " ", startingAt: 0)
    print(
      "  " + padded
        + String(
          format: "wall %7.1f ms (min %.1f)   CPU %7.1f ms   output %d bytes",
          median(samples.map(\.wall)), samples.map(\.wall).min() ?? 0,
          median(samples.map(\.cpu)), samples.last?.outputBytes ?? 0))
  }

  static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

  /// Runs `arguments` with its standard output on a pipe read to the end here.
  static func measure(_ arguments: [String]) throws -> Sample {
    var pipe: [Int32] = [0, 0]
    guard Glibc.pipe(&pipe) == 0 else { throw BenchmarkError("no pipe") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
    posix_spawn_file_actions_addclose(&actions, pipe[0])
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = arguments.map { strdup($0) } + [nil]
    let environment = ["PATH=/usr/bin:/bin", "TERM=xterm-256color", "LANG=C.UTF-8"]
    let envp = environment.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }

    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
    let cpuBefore = seconds(usage)
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, arguments[0], &actions, nil, argv, envp) == 0 else {
      throw BenchmarkError("could not start \(arguments[0])")
    }
    close(pipe[1])
    var total = 0
    let buffer = UnsafeMutableRawPointer.allocate(byteCount: 1 << 16, alignment: 16)
    defer { buffer.deallocate() }
    while true {
      let count = read(pipe[0], buffer, 1 << 16)
      if count > 0 {
        total += count
      } else if count == 0 || errno != EINTR {
        break
      }
    }
    close(pipe[0])
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
    guard status == 0, total > 0 else {
      throw BenchmarkError("\(arguments.joined(separator: " ")) failed (status \(status))")
    }
    return Sample(wall: wall, cpu: (seconds(usage) - cpuBefore) * 1000, outputBytes: total)
  }

  private static func seconds(_ usage: rusage) -> Double {
    Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
      + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
  }
}
