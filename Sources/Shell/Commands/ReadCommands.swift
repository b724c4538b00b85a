import Curriculum
import Learning
import Markdown

extension ShellCommand {
  static let read = ShellCommand(
    name: "read", aliases: ["open"],
    summary: .commandReadSummary,
    usage: .commandReadUsage,
    details: .commandReadDetails,
    argument: .section,
    run: { shell, line in
      try shell.reading.read(ReadRequest(line))
      return .succeeded
    })

  static let next = ShellCommand(
    name: "next", aliases: ["n"],
    summary: .commandNextSummary,
    usage: .commandNextUsage,
    details: .commandNextDetails,
    run: { shell, _ in
      shell.reading.next()
      return .succeeded
    })

  static let back = ShellCommand(
    name: "back", aliases: ["b", "previous", "prev"],
    summary: .commandBackSummary,
    usage: .commandBackUsage,
    run: { shell, _ in
      try shell.reading.back()
      return .succeeded
    })
}

/// `read`, `next` and `back`: where the learner is reading, and moving through the topics.
final class ReadingCommands {
  private let context: ShellContext
  /// The section on screen; nil before any topic is opened, after the last, or after
  /// switching learner.
  private(set) var position: ReadingPosition?

  init(context: ShellContext) { self.context = context }

  private var bundle: ContentBundle { context.bundle }

  /// The topic being read, if any.
  var currentTopic: Topic? { position.map { bundle.topics[$0.topicIndex] } }

  /// Forgets the position (a new learner starts afresh).
  func reset() { position = nil }

  func read(_ request: ReadRequest) throws {
    let reference = request.reference
    guard !reference.isEmpty else {
      throw ShellError(context.string(.readWhichTopic))
    }
    switch TopicResolver(topics: bundle.topics).resolve(reference) {
    case .found(let topicIndex, let sectionIndex):
      show(
        ReadingPosition(topicIndex: topicIndex, sectionIndex: sectionIndex ?? 0),
        withTopicHeader: sectionIndex == nil)
    case .ambiguous(let ids):
      let choices = ShellSession.listing(
        ids.map { "`\($0)`" }, joinedBy: context.string(.listingOr))
      throw ShellError(
        context.string(.readAmbiguous(reference: "\(reference)", choices: "\(choices)")))
    case .notFound(let suggestion):
      throw ShellError(
        context.string(
          suggestion.map { .readNoTopicDidYouMean(reference: "\(reference)", suggestion: "\($0)") }
            ?? .readNoTopic(reference: "\(reference)")))
    case .sectionNotFound(let topicID, let suggestion):
      throw ShellError(
        context.string(
          suggestion.map { .readNoSectionDidYouMean(topic: "\(topicID)", suggestion: "\($0)") }
            ?? .readNoSection(topic: "\(topicID)")))
    }
  }

  func next() {
    guard let position else {
      followRecommendation()
      return
    }
    let topic = bundle.topics[position.topicIndex]
    if position.sectionIndex + 1 < topic.sections.count {
      show(
        ReadingPosition(topicIndex: position.topicIndex, sectionIndex: position.sectionIndex + 1),
        withTopicHeader: false)
    } else if let nextTopic = topicIndex(after: position.topicIndex) {
      show(ReadingPosition(topicIndex: nextTopic, sectionIndex: 0), withTopicHeader: true)
    } else {
      self.position = nil
      context.say(.readLastTopic)
      followRecommendation()
    }
  }

  func back() throws {
    guard let position else {
      throw ShellError(context.string(.readNotOpenedYet))
    }
    if position.sectionIndex > 0 {
      show(
        ReadingPosition(topicIndex: position.topicIndex, sectionIndex: position.sectionIndex - 1),
        withTopicHeader: false)
    } else if position.topicIndex > 0 {
      let previous = bundle.topics[position.topicIndex - 1]
      show(
        ReadingPosition(
          topicIndex: position.topicIndex - 1,
          sectionIndex: max(previous.sections.count - 1, 0)),
        withTopicHeader: previous.sections.count <= 1)
    } else {
      context.say(.readFirstSection)
    }
  }

  // MARK: - Showing

  /// Shows one section (after the topic's title, summary and introduction when entering it),
  /// records it as read, and says what comes next.
  private func show(_ newPosition: ReadingPosition, withTopicHeader: Bool) {
    position = newPosition
    let topic = bundle.topics[newPosition.topicIndex]
    if withTopicHeader { showHeader(of: topic) }
    guard topic.sections.indices.contains(newPosition.sectionIndex) else {
      context.say(footer(topic: topic, sectionIndex: newPosition.sectionIndex))
      return
    }
    let section = topic.sections[newPosition.sectionIndex]
    let count = topic.sections.count
    if context.isPlain {
      context.say(
        .readSectionPlain(
          number: "\(newPosition.sectionIndex + 1)", total: "\(count)",
          title: "\(section.title)"))
    } else {
      context.say(
        StyledText(section.title, role: .title) + "  "
          + context.words(
            .readSectionOf(number: "\(newPosition.sectionIndex + 1)", total: "\(count)")
          )
          .styled(.quiet))
    }
    context.say()
    context.say(context.content(section.document, from: .topics))
    context.say()
    context.recordRead(topic: topic, section: section)
    context.say(footer(topic: topic, sectionIndex: newPosition.sectionIndex).styled(.quiet))
  }

  private func showHeader(of topic: Topic) {
    context.recordOpened(topic)
    context.say(
      context.isPlain
        ? context.words(.readTopicPlain(title: "\(topic.title)"))
        : StyledText(topic.title.uppercased(), role: .strong))
    if !topic.summary.isEmpty {
      context.say(context.content(MarkdownDocument(parsing: "_\(topic.summary)_"), from: .topics))
    }
    context.say()
    if let introduction = topic.introduction, !introduction.markdown.trimmed.isEmpty {
      context.say(context.content(introduction.document, from: .topics))
      context.say()
    }
  }

  private func footer(topic: Topic, sectionIndex: Int) -> StyledText {
    if sectionIndex + 1 < topic.sections.count {
      return context.words(.footerNextSection(next: "\(topic.sections[sectionIndex + 1].title)"))
    }
    let title = StyledText(topic.title)
    let hasQuiz = !bundle.questions(forTopic: topic.id).isEmpty
    guard let index = bundle.topics.firstIndex(where: { $0.id == topic.id }),
      let nextIndex = topicIndex(after: index)
    else {
      return context.words(hasQuiz ? .footerEndQuiz(topic: title) : .footerEnd(topic: title))
    }
    let next = StyledText(bundle.topics[nextIndex].title)
    return context.words(
      hasQuiz
        ? .footerEndQuizNextTopic(topic: title, next: next)
        : .footerEndNextTopic(topic: title, next: next))
  }

  /// The topic after `index`: the next on the learner's path when both are on it, else the
  /// next in the bundle.
  private func topicIndex(after index: Int) -> Int? {
    let topicID = bundle.topics[index].id
    if let path = context.learner?.pathID.flatMap({ bundle.path(id: $0) }),
      let place = path.topicIDs.firstIndex(of: topicID)
    {
      guard place + 1 < path.topicIDs.count else { return nil }
      return bundle.topics.firstIndex { $0.id == path.topicIDs[place + 1] }
    }
    return index + 1 < bundle.topics.count ? index + 1 : nil
  }

  /// Says what to do next and why; opens the section when the advice is to read one.
  func followRecommendation() {
    let recommendation = Recommendation(
      bundle: bundle, pathID: context.learner?.pathID, sectionsRead: context.sectionsRead(),
      memory: context.memory(), now: context.clock(), lastRead: context.lastSectionRead())
    context.say(StyledText(recommendation.reason(in: context.language)))
    switch recommendation {
    case .read(let key, _, _):
      guard let topicIndex = bundle.topics.firstIndex(where: { $0.id == key.topicID }),
        let sectionIndex = bundle.topics[topicIndex].sections.firstIndex(where: {
          $0.id == key.sectionID
        })
      else { return }
      context.say()
      show(
        ReadingPosition(topicIndex: topicIndex, sectionIndex: sectionIndex),
        withTopicHeader: sectionIndex == 0)
    case .review:
      context.say(.recommendReview)
    case .practise(let topicID, _, _):
      context.say(.recommendPractise(id: "\(topicID)"))
    case .allDone:
      break
    }
  }
}
