import Reports

/// `report [--for NAME | --session ID] [--format F] [--out FILE]`: whose education record, in
/// which format, and where. The file name is kept exactly as given.
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
  package var format: ReportFormat
  /// Nil to show the record on the screen.
  package var destination: String?

  package init(subject: Subject, format: ReportFormat = .md, destination: String? = nil) {
    self.subject = subject
    self.format = format
    self.destination = destination
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
      subject: subject, format: try ReportFormat(typed: options["format"] ?? "md"),
      destination: options["out"])
  }
}

extension ReportFormat {
  /// A format as typed (any case).
  init(typed text: String) throws {
    guard let format = ReportFormat(rawValue: text.lowercased()) else {
      throw ShellError.usage("The format can be md, html, json, csv or fhir.")
    }
    self = format
  }
}
