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
      throw ShellError("Which topic? For example `read 1`. Type `topics` to see them all.")
    }
    switch TopicResolver(topics: bundle.topics).resolve(reference) {
    case .found(let topicIndex, let sectionIndex):
      show(
        ReadingPosition(topicIndex: topicIndex, sectionIndex: sectionIndex ?? 0),
        withTopicHeader: sectionIndex == nil)
    case .ambiguous(let ids):
      throw ShellError(
        "More than one topic fits `\(reference)`: \(ShellSession.listing(ids.map { "`\($0)`" }))."
      )
    case .notFound(let suggestion):
      let hint = suggestion.map { " Did you mean `\($0)`?" } ?? " Type `topics` to see them all."
      throw ShellError("There is no topic `\(reference)`.\(hint)")
    case .sectionNotFound(let topicID, let suggestion):
      let hint =
        suggestion.map { " Did you mean `\($0)`?" }
        ?? " Type `read \(topicID)` to start at the beginning."
      throw ShellError("The topic `\(topicID)` has no section like that.\(hint)")
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
      context.say("That was the last topic.")
      followRecommendation()
    }
  }

  func back() throws {
    guard let position else {
      throw ShellError("You have not opened a topic yet. Try `read 1`.")
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
      context.say("This is the first section of the first topic.")
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
      context.say("Section \(newPosition.sectionIndex + 1) of \(count): \(section.title)")
    } else {
      context.say(
        StyledText(section.title, role: .title) + "  "
          + StyledText("\(newPosition.sectionIndex + 1) of \(count)", role: .quiet))
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
        ? "Topic: \(topic.title)" : StyledText(topic.title.uppercased(), role: .strong))
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
      let next = topic.sections[sectionIndex + 1].title
      return "Type `next` for “\(next)”, or `back` to go back."
    }
    let end: StyledText = "That is the end of “\(topic.title)”."
    let quiz: StyledText =
      bundle.questions(forTopic: topic.id).isEmpty
      ? "" : " Type `quiz` to check what you learned, or"
    guard let index = bundle.topics.firstIndex(where: { $0.id == topic.id }),
      let nextIndex = topicIndex(after: index)
    else { return end + quiz + " type `next` to see what to do next." }
    let nextTitle = bundle.topics[nextIndex].title
    return end + quiz + (quiz.isEmpty ? " Type" : " type")
      + " `next` for the next topic: “\(nextTitle)”."
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
    context.say(StyledText(recommendation.reason))
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
      context.say("Type `review` to start.")
    case .practise(let topicID, _, _):
      context.say("Type `quiz \(topicID)` to practise it.")
    case .allDone:
      break
    }
  }
}
