import Foundation
import Markdown

/// `teachback-bench markdown`: parses and renders 1 MiB of patient-education Markdown to the
/// terminal (width 80, colour on) and compares with `lowdown -tterm` and Python `rich` on
/// the same input when they are installed. Figures are CPU time, so a busy machine skews
/// them less than wall-clock time would.
enum MarkdownBenchmark {
  static let runs = 9

  static func run() throws {
    if CommandLine.arguments.contains("--process") { return try MarkdownProcessBenchmark.run() }
    if CommandLine.arguments.contains("--adversarial") {
      return MarkdownAdversarialBenchmark.run()
    }
    let source = corpus(bytes: 1 << 20)
    let megabytes = Double(source.utf8.count) / 1_000_000
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("teachback-bench-\(ProcessInfo.processInfo.processIdentifier).md")
    let empty = file.deletingPathExtension().appendingPathExtension("empty.md")
    try source.write(to: file, atomically: true, encoding: .utf8)
    try "".write(to: empty, atomically: true, encoding: .utf8)
    defer {
      try? FileManager.default.removeItem(at: file)
      try? FileManager.default.removeItem(at: empty)
    }
    let lowdown = executable("lowdown")
    let lowdownArguments = ["-tterm", "--term-width=80"]

    // Runs alternate between the two programs so a busy machine slows both alike; times are
    // CPU time (ours in-process, lowdown's as child-process usage minus its start-up).
    var ours: [Double] = []
    var theirs: [Double] = []
    var outputBytes = 0
    for _ in 0..<runs {
      ours.append(
        cpuTime {
          let document = MarkdownDocument(parsing: source)
          outputBytes = TerminalRenderer(width: 80, color: true).render(document).utf8.count
        })
      if let lowdown {
        let startup = childCPUTime { runProcess(lowdown, lowdownArguments + [empty.path]) }
        let total = childCPUTime { runProcess(lowdown, lowdownArguments + [file.path]) }
        theirs.append(max(total - startup, 1e-6))
      }
    }
    let oursSeconds = median(ours)
    let document = MarkdownDocument(parsing: source)
    let parseSeconds = median(
      (0..<runs).map { _ in cpuTime { _ = MarkdownDocument(parsing: source) } })
    let renderSeconds = median(
      (0..<runs).map { _ in
        cpuTime { _ = TerminalRenderer(width: 80, color: true).render(document) }
      })
    print("input: \(source.utf8.count) bytes of Markdown; output \(outputBytes) bytes")
    print(
      String(
        format: "teachback  %8.2f MB/s  (median of %d, CPU time, parse + render to terminal)",
        megabytes / oursSeconds, runs))
    print(
      String(
        format: "  of which parse %.2f MB/s, render %.2f MB/s", megabytes / parseSeconds,
        megabytes / renderSeconds))
    if lowdown != nil {
      let seconds = median(theirs)
      print(
        String(
          format: "lowdown    %8.2f MB/s  (lowdown -tterm, CPU time minus start-up)",
          megabytes / seconds))
      print(String(format: "  teachback / lowdown: %.2f×", seconds / oursSeconds))
    } else {
      print("lowdown    not installed (apt-get install lowdown)")
    }

    if let python = executable("python3") {
      let script = """
        import io, sys, time
        from rich.console import Console
        from rich.markdown import Markdown
        text = open(sys.argv[1], encoding="utf-8").read()
        times = []
        for _ in range(int(sys.argv[2])):
            start = time.process_time()
            console = Console(width=80, force_terminal=True, file=io.StringIO())
            console.print(Markdown(text))
            times.append(time.process_time() - start)
        times.sort()
        print(times[len(times) // 2])
        """
      let output = captureProcess(python, ["-c", script, file.path, "3"])
      if let seconds = Double(output.trimmingCharacters(in: .whitespacesAndNewlines)) {
        print(
          String(
            format: "rich       %8.2f MB/s  (median of 3, CPU time inside Python)",
            megabytes / seconds))
        print(String(format: "  teachback / rich: %.1f×", seconds / oursSeconds))
      } else {
        print("rich       not available (pip install rich)")
      }
    }
  }

  // MARK: - Corpus

  /// Deterministic patient-education Markdown of about `bytes` bytes.
  static func corpus(bytes: Int) -> String {
    var random = SplitMix(seed: 2026)
    let sentences = [
      "Your port sits under the skin of your chest, arm or belly and connects to a vein.",
      "The nurse cleans the skin with an *antiseptic* before the needle goes in.",
      "**Numbing cream** can make the needle stick more comfortable.",
      "Wear a bandage over the incision site until your care team says it has healed.",
      "Flushing keeps the catheter open; see [the flushing guide](https://example.org/flush) for the schedule.",
      "Once the incision heals, you should not feel any discomfort from the port.",
      "Call the clinic if the skin around the port looks red, warm or swollen.",
      "The port is about the size of a quarter and is usually barely visible under the skin.",
      "Ask your care team which type of port you have: single lumen, double lumen or power-injectable.",
      "Blood can often be drawn from the port, which means `fewer needle sticks`.",
      "Ports help adults and children who need frequent or long-term IV treatments.",
      "Ports can last for years, and some people need one for only a few weeks or months.",
    ]
    var out = "# Caring for your implanted port\n\n"
    var section = 1
    while out.utf8.count < bytes {
      out += "## Part \(section): living with your port {#part-\(section)}\n\n"
      for _ in 0..<(2 + random.next(3)) {
        out +=
          (0..<(3 + random.next(4))).map { _ in sentences[random.next(sentences.count)] }
          .joined(separator: " ") + "\n\n"
      }
      switch section % 4 {
      case 0:
        out +=
          "> **Call your care team** if you have a fever, or redness, swelling or warmth at the port site.\n\n"
        out +=
          "1. Wash your hands.\n2. Look at the port site:\n   - any redness?\n   - any swelling or warmth?\n3. Write down anything unusual.\n\n"
      case 1:
        out += "| Sign | What it may mean | What to do |\n|:--|:--|--:|\n"
        out += "| Fever or redness | Possible infection | Call your care team |\n"
        out +=
          "| Swelling in the arm on the port side | A problem with the port | Call your care team |\n"
        out +=
          "| Bleeding or fluid around the port | A problem with the port | Call your care team |\n\n"
      case 2:
        out +=
          "- [x] Wear the bandage over the incision\n- [ ] Ask about contact sports\n- [ ] Write down your port type\n\n"
      default:
        out +=
          "> Once the incision heals, you can go back to most activities.\n> Avoid heavy lifting until your provider says it is fine.\n\n"
        out += "---\n\n"
      }
      section += 1
    }
    return out
  }

  struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
  }

  // MARK: - Timing

  /// CPU time (user + system) this thread spends in `body` (Foundation may run helper threads
  /// for the child processes, which must not count).
  static func cpuTime(_ body: () -> Void) -> Double {
    func now() -> Double {
      var time = timespec()
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
      return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    let start = now()
    body()
    return now() - start
  }

  /// CPU time (user + system) of the child processes that finish during `body`.
  static func childCPUTime(_ body: () -> Void) -> Double {
    func now() -> Double {
      var usage = rusage()
      #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
      #else
        getrusage(RUSAGE_CHILDREN, &usage)
      #endif
      return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }
    let start = now()
    body()
    return now() - start
  }

  static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

  static func executable(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  static func runProcess(_ executable: String, _ arguments: [String]) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try? process.run()
    process.waitUntilExit()
  }

  static func captureProcess(_ executable: String, _ arguments: [String]) -> String {
    let process = Process()
    let pipe = Pipe()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return "" }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
