import Reports

/// `report [--for NAME | --session ID] [--format F] [--out FILE]`: whose education record, in
/// which format, and where. The file name is kept exactly as given; without `--format` the
/// format follows its ending (`.html`, `.csv`…), and a format that disagrees with the ending is
/// refused, so a file never holds another format than its name says.
package struct ReportRequest: Sendable, Equatable {
  package enum Subject: Sendable, Equatable {
    /// The running teaching session, else the current learner.
    case current
    /// A learner by name.
    case learner(String)
    /// A teaching session by number.
    case session(Int64)
  }

  package var subject: Subject
  /// The format asked for; nil when none was given (see `resolvedFormat()`).
  package var format: ReportFormat?
  /// Nil to show the record on the screen.
  package var destination: String?

  package init(subject: Subject, format: ReportFormat? = nil, destination: String? = nil) {
    self.subject = subject
    self.format = format
    self.destination = destination
  }

  /// The format to write: the one asked for, else the one the file's ending names, else
  /// Markdown. Throws a usage error when the asked format and the file's ending disagree.
  package func resolvedFormat() throws -> ReportFormat {
    let named = destination.flatMap(ReportFormat.ending(of:))
    guard let format else { return named?.format ?? .md }
    if let destination, let named, named.format != format,
      !(format == .fhir && named.format == .json)
    {
      throw ShellError.usage(
        "`\(destination)` ends in \(named.ending), but the format asked for is "
          + "\(format.rawValue). Change the file name or `--format`, or leave `--format` out.")
    }
    return format
  }

  init(_ line: ArgumentLine) throws {
    let (words, options) = try line.parse(
      options: ["for", "session", "format", "out"], aliases: ["learner": "for"])
    if let extra = words.first {
      throw ShellError.usage(
        "`report` takes options only, not `\(extra)`. For example `report --for \"Sam Lee\"`.")
    }
    let subject: Subject
    switch (options["for"], options["session"]) {
    case (.some, .some):
      throw ShellError.usage("Ask for a learner's record or a session's, not both.")
    case (.some(let name), nil): subject = .learner(name)
    case (nil, .some(let number)):
      guard let id = Int64(number) else {
        throw ShellError.usage(
          "A session is named by its number, like `--session 3`. `session` shows the running one.")
      }
      subject = .session(id)
    case (nil, nil): subject = .current
    }
    self.init(
      subject: subject, format: try options["format"].map(ReportFormat.init(typed:)),
      destination: options["out"])
  }
}

extension ReportFormat {
  /// The format a file name's ending names (`.fhir.json` before `.json`; `.htm`, `.markdown`
  /// too), any case; nil for another ending.
  init?(fileName: String) {
    guard let found = Self.ending(of: fileName) else { return nil }
    self = found.format
  }

  static func ending(of fileName: String) -> (ending: String, format: ReportFormat)? {
    let name = fileName.lowercased()
    let endings: [(String, ReportFormat)] = [
      (".fhir.json", .fhir), (".json", .json), (".html", .html), (".htm", .html), (".md", .md),
      (".markdown", .md), (".csv", .csv),
    ]
    return endings.first { name.hasSuffix($0.0) }.map { (ending: $0.0, format: $0.1) }
  }

  /// A format as typed (any case).
  init(typed text: String) throws {
    guard let format = ReportFormat(rawValue: text.lowercased()) else {
      throw ShellError.usage("The format can be md, html, json, csv or fhir.")
    }
    self = format
  }
}
