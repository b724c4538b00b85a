import Curriculum
import Foundation
import LearnerStore
import Learning
import Markdown
import Reports

extension ShellCommand {
  static let report = ShellCommand(
    name: "report",
    summary: "Write an education record for the chart",
    usage: "report [--learner NAME|--session ID] [--format F] [--out FILE]",
    details: """
      Without --learner or --session: the running session, else the current learner.
      Formats (F): md (shown here when there is no --out), html (printable), json, csv (one row per
      learner and topic), fhir (FHIR R4 Questionnaire and QuestionnaireResponse).
      Files are written so that only you can read them.
      """,
    history: .forget,
    run: { shell, arguments in
      try shell.writeReport(
        ArgumentWords(arguments, valued: ["learner", "session", "format", "out"]))
      return .succeeded
    })

  static let handout = ShellCommand(
    name: "handout",
    summary: "Make a printable handout of topics, ending with when to call",
    usage: "handout [TOPIC…] [--path NAME] [--format F] [--out FILE]",
    details: """
      Without topics or --path: your path's topics, else every topic.
      F is html (default; open it in a browser to print) or md. Default file: handout.html.
      """,
    argument: .topic,
    run: { shell, arguments in
      try shell.writeHandout(ArgumentWords(arguments, valued: ["path", "format", "out"]))
      return .succeeded
    })
}

extension ShellSession {
  fileprivate func writeReport(_ arguments: ArgumentWords) throws {
    let store = try requireStore()
    let format = try reportFormat(arguments.options["format"] ?? "md")
    let record: EducationRecord
    if let sessionText = arguments.options["session"] {
      guard let id = Int64(sessionText), let session = try store.teachingSession(id: id) else {
        throw ShellError("There is no session \(sessionText). `session` shows the running one.")
      }
      let learners = session.learnerIDs.compactMap { try? store.learner(id: $0) }
      record = try educationRecord(for: session, learners: learners, store: store)
    } else if arguments.options["learner"] == nil, let teaching {
      record = try educationRecord(for: teaching.session, learners: teaching.learners, store: store)
    } else {
      let chosen: Learner
      if let name = arguments.options["learner"] {
        guard let found = try store.learner(named: name) else {
          throw ShellError("There is no learner `\(name)`. `learner` lists them.")
        }
        chosen = found
      } else {
        guard let current = learner else {
          throw ShellError("Choose a learner with `--learner NAME`.")
        }
        chosen = current
      }
      record = EducationRecord(
        bundle: bundle, learners: [try activity(of: chosen, store: store, sessionID: nil)],
        session: nil,
        generatedAt: clock())
    }
    let text = try format.render(record, fhirQuestionnaireBase: settings.fhirQuestionnaireBase)
    guard let out = arguments.options["out"] else {
      if format == .md {
        output.write(render(MarkdownDocument(parsing: text)).withTrailingNewline)
      } else {
        output.write(TextSanitizer.sanitize(text).withTrailingNewline)
      }
      return
    }
    try PrivateFile.write(Data(text.utf8), to: URL(fileURLWithPath: out))
    say("Wrote the \(format.rawValue) record, readable only by you, to:\n  \(out)")
  }

  fileprivate func writeHandout(_ arguments: ArgumentWords) throws {
    let resolver = TopicResolver(topics: bundle.topics)
    var topicIDs = try arguments.words.map { word -> String in
      guard case .found(let index, _) = resolver.resolve(word) else {
        throw ShellError("There is no topic `\(word)`. Type `topics` to see them.")
      }
      return bundle.topics[index].id
    }
    if let pathID = arguments.options["path"] ?? (topicIDs.isEmpty ? learner?.pathID : nil) {
      guard let path = bundle.path(id: pathID) else {
        throw ShellError("There is no path `\(pathID)`.")
      }
      topicIDs += path.topicIDs
    }
    if topicIDs.isEmpty { topicIDs = bundle.topics.map(\.id) }
    guard let format = Handout.Format(rawValue: arguments.options["format"] ?? "html") else {
      throw ShellError("A handout can be html or md.")
    }
    let handout = try Handout(
      bundle: bundle, topicIDs: topicIDs, careTeamContact: settings.careTeamContact)
    let out = arguments.options["out"] ?? "handout.\(format.rawValue)"
    try PrivateFile.write(Data(handout.render(format).utf8), to: URL(fileURLWithPath: out))
    let topics = "\(topicIDs.count) topic\(topicIDs.count == 1 ? "" : "s")"
    let opening =
      format == .html
      ? "Open it in a web browser to print it." : "It is plain text; any text editor opens it."
    say("Wrote a handout of \(topics) to:\n  \(out)\n\(opening)")
  }

  private func reportFormat(_ text: String) throws -> ReportFormat {
    guard let format = ReportFormat(rawValue: text.lowercased()) else {
      throw ShellError("The format can be md, html, json, csv or fhir.")
    }
    return format
  }
}
