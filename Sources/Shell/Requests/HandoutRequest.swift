import Reports

/// `handout [TOPIC…] [--path NAME] [--format F] [--out FILE]`: which topics to lay out for
/// printing, how, and where. The file name is kept exactly as given.
package struct HandoutRequest: Sendable, Equatable {
  /// Topics as typed (numbers, ids or title words).
  package var topics: [String]
  package var pathID: String?
  package var format: Handout.Format
  /// Nil for `handout.html` (or `.md`) in the current folder.
  package var destination: String?

  package init(
    topics: [String] = [], pathID: String? = nil, format: Handout.Format = .html,
    destination: String? = nil
  ) {
    self.topics = topics
    self.pathID = pathID
    self.format = format
    self.destination = destination
  }

  init(_ line: ArgumentLine) throws {
    let (words, options) = try line.parse(options: ["path", "format", "out"])
    let typed = options["format"] ?? "html"
    guard let format = Handout.Format(rawValue: typed.lowercased()) else {
      throw ShellError.usage("A handout can be html or md.")
    }
    self.init(topics: words, pathID: options["path"], format: format, destination: options["out"])
  }

  /// Where the handout goes.
  var file: String { destination ?? "handout.\(format.rawValue)" }
}
