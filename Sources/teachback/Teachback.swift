import ArgumentParser
import Shell

@main
struct Teachback: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Learn about your implanted port, and check what you learned.")
  func run() throws {}
}
