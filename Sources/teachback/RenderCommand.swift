import ArgumentParser
import Foundation
import Markdown

/// `teachback render`: shows how a Markdown file will look to learners.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render a Markdown file (or standard input) as learners will see it.")

  enum Output: String, ExpressibleByArgument, CaseIterable {
    case terminal, plain, html
  }

  enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
  }

  @Option(name: .customLong("to"), help: "Output: terminal, plain (screen readers) or html.")
  var output: Output = .terminal

  @Option(help: "Line width in columns (default: $COLUMNS, or 80).")
  var width: Int?

  @Option(help: "Colour: auto (when writing to a terminal and NO_COLOR is unset), always, never.")
  var color: ColorChoice = .auto

  @Argument(help: "The Markdown file to render; standard input when omitted.")
  var file: String?

  func run() throws {
    let source: String
    if let file {
      guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
        FileHandle.standardError.write(
          Data("Cannot read \(file) as UTF-8 text. Check the path and the file's encoding.\n".utf8))
        throw ExitCode.failure
      }
      source = text
    } else {
      source = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
    let environment = ProcessInfo.processInfo.environment
    let columns = width ?? environment["COLUMNS"].flatMap(Int.init) ?? 80
    guard columns >= 1 else { throw ValidationError("--width must be at least 1.") }
    let document = MarkdownDocument(parsing: source)
    switch output {
    case .terminal:
      let useColor =
        color == .always
        || (color == .auto && isatty(STDOUT_FILENO) != 0 && environment["NO_COLOR"] == nil)
      print(TerminalRenderer(width: columns, color: useColor).render(document), terminator: "")
    case .plain: print(PlainRenderer(width: columns).render(document), terminator: "")
    case .html: print(HTMLRenderer().render(document), terminator: "")
    }
  }
}
