import Curriculum
import Foundation
import LearnerStore
import Learning
import Markdown
import Reports

extension ShellCommand {
  static let report = ShellCommand(
    name: "report",
    summary: .commandReportSummary,
    usage: .commandReportUsage,
    details: .commandReportDetails,
    history: .forget,
    run: { shell, line in
      try ReportCommands(context: shell.context).report(ReportRequest(line))
      return .succeeded
    })

  static let handout = ShellCommand(
    name: "handout",
    summary: .commandHandoutSummary,
    usage: .commandHandoutUsage,
    details: .commandHandoutDetails,
    argument: .topic,
    run: { shell, line in
      try ReportCommands(context: shell.context).handout(HandoutRequest(line))
      return .succeeded
    })
}

/// `report` and `handout`: an education record for the chart, and topics laid out to print.
struct ReportCommands {
  let context: ShellContext

  private var bundle: ContentBundle { context.bundle }

  func report(_ request: ReportRequest) throws {
    let store = try context.requireStore()
    let format = try request.resolvedFormat()
    let record = try self.record(for: request.subject, store: store)
    let base = context.settings.fhirQuestionnaireBase
    guard let destination = request.destination else {
      let text = try format.render(record, fhirQuestionnaireBase: base)
      // Asked for Markdown, it is Markdown (to paste or redirect); with no format, the record
      // is shown laid out for the screen.
      context.say(
        request.format == nil ? StyledText(MarkdownDocument(parsing: text)) : .verbatim(text))
      return
    }
    try ReportWriter.write(
      record, format: format, to: URL(fileURLWithPath: destination), fhirQuestionnaireBase: base)
    context.say(.reportWritten(format: "\(format.rawValue)", file: "\(destination)"))
  }

  private func record(for subject: ReportRequest.Subject, store: LearnerStore) throws
    -> EducationRecord
  {
    let now = context.clock()
    switch subject {
    case .session(let id):
      try AccessGate(context: context).requireEducator(for: .gateWhatASessionsRecord)
      guard let session = try store.teachingSession(id: id) else {
        throw ShellError(context.string(.reportNoSuchSession(id: "\(id)")))
      }
      return try .teachingSession(session, bundle: bundle, store: store, generatedAt: now)
    case .current:
      if let teaching = context.teaching {
        return try .teachingSession(
          teaching.session, bundle: bundle, store: store, generatedAt: now)
      }
      guard let learner = context.learner else {
        throw ShellError(context.string(.reportChooseALearner))
      }
      return try .learner(learner, bundle: bundle, store: store, generatedAt: now)
    case .learner(let name):
      if context.chosenLearner.map({ $0.name.lowercased() != name.trimmed.lowercased() }) ?? true {
        // Before anything about the name is said, not even whether it is anyone's.
        try AccessGate(context: context).requireEducator(for: .gateWhatAnotherRecord)
      }
      guard let learner = try store.learner(named: name) else {
        let typed = StyledText(name)
        throw ShellError(
          context.string(
            try LearnerNameSuggestion.closest(to: name, among: store.learners()).map {
              .reportNoSuchLearnerDidYouMean(name: typed, suggestion: "\($0.name)")
            } ?? .reportNoSuchLearner(name: typed)))
      }
      return try .learner(learner, bundle: bundle, store: store, generatedAt: now)
    }
  }

  func handout(_ request: HandoutRequest) throws {
    let resolver = TopicResolver(topics: bundle.topics)
    var topicIDs = try request.topics.map { word -> String in
      guard case .found(let index, _) = resolver.resolve(word) else {
        throw ShellError(context.string(.handoutNoSuchTopic(topic: "\(word)")))
      }
      return bundle.topics[index].id
    }
    var chosenPath: LearningPath?
    if let pathID = request.pathID ?? (topicIDs.isEmpty ? context.learner?.pathID : nil) {
      guard let path = bundle.path(id: pathID) else {
        throw ShellError(context.string(.handoutNoSuchPath(path: "\(pathID)")))
      }
      topicIDs += path.topicIDs
      chosenPath = path
    }
    if topicIDs.isEmpty { topicIDs = bundle.topics.map(\.id) }
    let handout = try Handout(
      bundle: bundle, topicIDs: topicIDs,
      careTeamContact: context.settings.careTeamContact(in: context.language),
      path: chosenPath, language: context.language)
    try ReportWriter.write(handout, format: request.format, to: URL(fileURLWithPath: request.file))
    context.say(
      context.words(.handoutWritten(count: topicIDs.count, file: "\(request.file)")) + "\n"
        + context.words(request.format == .html ? .handoutOpenHTML : .handoutOpenMarkdown))
  }
}
