import ArgumentParser
import Curriculum
import Foundation
import Markdown
import Shell

/// `teachback render`: shows how a Markdown file will look to learners.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render a Markdown file (or standard input) as learners will see it.")

  enum Output: String, ExpressibleByArgument, CaseIterable {
    case terminal, plain, html
  }

  @Option(name: .customLong("to"), help: "Output: terminal, plain (screen readers) or html.")
  var output: Output = RenderArguments().output

  @Option(help: "Line width in columns (default: $COLUMNS, or 80).")
  var width: Int?

  @Option(
    help: "Colour: auto (on a terminal, unless NO_COLOR is set or TERM is dumb), always, never.")
  var color: LaunchOptions.ColorChoice = RenderArguments().color

  @Argument(
    help: "The Markdown file to render; standard input when omitted.",
    completion: .file(extensions: ["md"]))
  var file: String?

  func run() throws {
    var arguments = RenderArguments()
    arguments.output = output
    arguments.width = width
    arguments.color = color
    arguments.file = file
    try Self.render(arguments)
  }

  /// Renders as `arguments` ask, however they were parsed, and ends the process.
  static func render(_ arguments: RenderArguments) throws -> Never {
    ShortLivedHeap.keepFreedMemory()
    let source: String
    if let file = arguments.file {
      source = try SourceFile.text(at: file) ?? showingProblems { try Self.read(file) }
    } else {
      source = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
    let environment = ProcessInfo.processInfo.environment
    let columns = arguments.width ?? environment["COLUMNS"].flatMap(Int.init) ?? 80
    guard columns >= 1 else { throw ValidationError("--width must be at least 1.") }
    let document = MarkdownDocument(parsing: source)
    switch arguments.output {
    case .html: print(HTMLRenderer().render(document), terminator: "")
    case .terminal, .plain:
      let style = OutputStyle.choose(
        arguments.color, plain: arguments.output == .plain, isTerminal: isatty(STDOUT_FILENO) == 1,
        environment: environment)
      StandardOutput(style: style, fixedWidth: columns).write(StyledText(document) + "\n")
    }
    // The system takes the document back with the process, faster than freeing its nodes.
    withExtendedLifetime(document) { Foundation.exit(0) }
  }

  /// The text of `path`, which may be a pipe or a device as well as a file (`<(…)` in a shell
  /// gives `/dev/fd/63`).
  private static func read(_ path: String) throws -> String {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw FileProblem(errno: errno, path: path, isWriting: false) }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    do {
      guard let text = String(data: try handle.readToEnd() ?? Data(), encoding: .utf8) else {
        throw FileProblem(cause: .notText, path: path, isWriting: false)
      }
      return text
    } catch let problem as FileProblem {
      throw problem
    } catch {
      throw FileProblem(error, path: path, isWriting: false)
    }
  }
}
