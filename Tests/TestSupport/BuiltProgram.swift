import Foundation

/// A program this package builds (`teachback`, `teachback-store-probe`), run as a person or a
/// script would run it: arguments, environment and standard input in; output, errors and exit
/// status out.
package struct BuiltProgram {
  package struct Run {
    package var output: String
    package var errors: String
    package var status: Int32
  }

  package let url: URL

  /// Finds `name` next to the test bundle or in `.build/debug`, where `swift test` builds it.
  package init?(named name: String) {
    var candidates: [URL] = []
    for start in [URL(fileURLWithPath: CommandLine.arguments[0]), Bundle.main.bundleURL] {
      var folder = start.deletingLastPathComponent()
      for _ in 0..<4 {
        candidates.append(folder.appendingPathComponent(name))
        folder.deleteLastPathComponent()
      }
    }
    candidates.append(RepositoryFiles.root.appendingPathComponent(".build/debug/\(name)"))
    guard
      let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
    else { return nil }
    url = found
  }

  /// Runs the program in `folder` with its XDG folders inside it, so nothing of the person
  /// running the tests is read or touched.
  package func run(
    _ arguments: [String], in folder: TemporaryFolder, input: String = "",
    environment extra: [String: String] = [:]
  ) throws -> Run {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    process.currentDirectoryURL = folder.url
    var environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path("home")]
    for kind in ["DATA", "CONFIG", "STATE", "CACHE"] {
      environment["XDG_\(kind)_HOME"] = folder.path(kind.lowercased())
    }
    process.environment = environment.merging(extra) { $1 }
    let output = Pipe()
    let errors = Pipe()
    let standardInput = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = standardInput
    try process.run()
    standardInput.fileHandleForWriting.write(Data(input.utf8))
    try standardInput.fileHandleForWriting.close()
    let written = output.fileHandleForReading.readDataToEndOfFile()
    let complained = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      output: String(decoding: written, as: UTF8.self),
      errors: String(decoding: complained, as: UTF8.self), status: process.terminationStatus)
  }
}
