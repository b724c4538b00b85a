import Foundation
import TestSupport
import Testing

/// SIGTERM and SIGINT end a long bundle load at once (the shell's own handlers, which wait for
/// the next read, are installed only after the load; the terminal is untouched until then).
@Suite(.tags(.slow)) struct SignalDuringLoadTests {
  /// A valid bundle of `count` small topics: slow to load without a cache.
  static func writeBundle(topics count: Int, to folder: URL) throws {
    let manager = FileManager.default
    try manager.createDirectory(
      at: folder.appendingPathComponent("topics"), withIntermediateDirectories: true)
    let ids = (0..<count).map { "topic-\($0)" }
    let manifest = """
      id: big
      title: A big bundle
      version: 1.0.0
      language: en
      audiences: [patient]
      disclaimer: This teaches. It does not replace your care team.
      sources:
        - title: Implanted Port
          publisher: Cleveland Clinic
          reviewed: 2021-08-25
      warning-signs:
        - id: fever
          label: Fever
          question: Do you have a fever?
      emergency-advice: Call your care team.
      care-team-placeholder: See your papers.
      paths:
        - id: everything
          title: Everything
          audience: patient
          summary: All topics.
          topics: [topic-0]
      topics:

      """ + ids.map { "  - \($0)\n" }.joined()
    try manifest.write(
      to: folder.appendingPathComponent("bundle.yaml"), atomically: true, encoding: .utf8)
    for (index, id) in ids.enumerated() {
      try """
      ---
      id: \(id)
      title: Topic number \(index)
      summary: A short summary of the topic.
      audiences: [patient]
      ---
      The port sits under the skin.

      ## Part one {#part-1}

      Keep the skin clean and dry. Call your care team if it is red.

      """.write(
        to: folder.appendingPathComponent("topics/\(id).md"), atomically: false, encoding: .utf8)
    }
  }

  @Test(arguments: [SIGTERM, SIGINT])
  func aSignalEndsALongLoadAtOnce(signal: Int32) throws {
    let program = try #require(BuiltProgram(named: "teachback"), "built by `swift build`")
    let folder = try TemporaryFolder()
    let bundle = folder.url.appendingPathComponent("bundle")
    try Self.writeBundle(topics: 3_000, to: bundle)
    let process = Process()
    process.executableURL = program.url
    process.arguments = ["--content", bundle.path, "--store", folder.path("p.sqlite")]
    process.environment = [
      "PATH": "/usr/bin:/bin", "HOME": folder.path("home"), "XDG_CACHE_HOME": folder.path("cache"),
      "XDG_CONFIG_HOME": folder.path("config"), "XDG_STATE_HOME": folder.path("state"),
    ]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    input.fileHandleForWriting.write(Data("topics\n".utf8))  // kept open: the shell would wait
    usleep(150_000)
    kill(process.processIdentifier, signal)
    var waited = 0
    while process.isRunning && waited < 100 {
      usleep(100_000)
      waited += 1
    }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    try input.fileHandleForWriting.close()
    let shown = String(
      decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    // On a machine fast enough to finish loading within 150 ms, the signal met the shell's
    // loop instead, and this run shows nothing either way.
    guard !shown.contains("Topic number") else { return }
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(process.terminationStatus == signal)
    #expect(waited < 10, "the load went on for \(waited * 100) ms after the signal")
  }
}
