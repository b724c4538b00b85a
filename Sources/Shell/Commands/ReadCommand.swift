import Curriculum
import Learning
import Markdown

extension ShellCommand {
  static let read = ShellCommand(
    name: "read", aliases: ["open", "show"],
    summary: "Read a topic, or one section of it",
    usage: "read TOPIC[#SECTION]",
    details: """
      Name the topic by its number, its id, the start of its id, or words from its title:
        read 1            read parts          read what is a port
      Add a section after #: `read using-the-port#steps`. Tab completes ids.
      Then `next` and `back` move through the sections.
      """,
    argument: .section,
    run: { shell, arguments in
      guard !arguments.isEmpty else {
        throw ShellError("Which topic? For example `read 1`. Type `topics` to see them all.")
      }
      let resolver = TopicResolver(topics: shell.bundle.topics)
      switch resolver.resolve(arguments) {
      case .found(let topicIndex, let sectionIndex):
        shell.show(
          ReadingPosition(topicIndex: topicIndex, sectionIndex: sectionIndex ?? 0),
          withTopicHeader: sectionIndex == nil)
        return .succeeded
      case .ambiguous(let ids):
        throw ShellError(
          "More than one topic fits `\(arguments)`: \(ShellSession.listing(ids.map { "`\($0)`" }))."
        )
      case .notFound(let suggestion):
        let hint = suggestion.map { " Did you mean `\($0)`?" } ?? " Type `topics` to see them all."
        throw ShellError("There is no topic `\(arguments)`.\(hint)")
      case .sectionNotFound(let topicID, let suggestion):
        let hint =
          suggestion.map { " Did you mean `\($0)`?" }
          ?? " Type `read \(topicID)` to start at the beginning."
        throw ShellError("The topic `\(topicID)` has no section like that.\(hint)")
      }
    })

  static let next = ShellCommand(
    name: "next", aliases: ["n"],
    summary: "Go on: the next section, or what to do next and why",
    usage: "next",
    details: """
      While you read a topic, `next` shows its next section, then the next topic
      (on your path, if you chose one with `path`).
      Otherwise it suggests what to read or practise next, and why.
      """,
    run: { shell, _ in
      guard let position = shell.position else {
        shell.followRecommendation()
        return .succeeded
      }
      let topic = shell.bundle.topics[position.topicIndex]
      if position.sectionIndex + 1 < topic.sections.count {
        shell.show(
          ReadingPosition(topicIndex: position.topicIndex, sectionIndex: position.sectionIndex + 1),
          withTopicHeader: false)
      } else if let nextTopic = shell.topicIndex(after: position.topicIndex) {
        shell.show(ReadingPosition(topicIndex: nextTopic, sectionIndex: 0), withTopicHeader: true)
      } else {
        shell.position = nil
        shell.say("That was the last topic.")
        shell.followRecommendation()
      }
      return .succeeded
    })

  static let back = ShellCommand(
    name: "back", aliases: ["b", "previous", "prev"],
    summary: "Go back to the section before",
    usage: "back",
    run: { shell, _ in
      guard let position = shell.position else {
        throw ShellError("You have not opened a topic yet. Try `read 1`.")
      }
      if position.sectionIndex > 0 {
        shell.show(
          ReadingPosition(topicIndex: position.topicIndex, sectionIndex: position.sectionIndex - 1),
          withTopicHeader: false)
      } else if position.topicIndex > 0 {
        let previous = shell.bundle.topics[position.topicIndex - 1]
        shell.show(
          ReadingPosition(
            topicIndex: position.topicIndex - 1,
            sectionIndex: max(previous.sections.count - 1, 0)),
          withTopicHeader: previous.sections.count <= 1)
      } else {
        shell.say("This is the first section of the first topic.")
      }
      return .succeeded
    })
}

extension ShellSession {
  /// Shows one section (after the topic's title, summary and introduction when entering it),
  /// records it as read, and says what comes next.
  func show(_ newPosition: ReadingPosition, withTopicHeader: Bool) {
    position = newPosition
    let topic = bundle.topics[newPosition.topicIndex]
    if withTopicHeader { showHeader(of: topic) }
    guard topic.sections.indices.contains(newPosition.sectionIndex) else {
      say(footer(topic: topic, sectionIndex: newPosition.sectionIndex))
      return
    }
    let section = topic.sections[newPosition.sectionIndex]
    let count = topic.sections.count
    let title = TextSanitizer.sanitize(section.title)
    if output.style.isPlain {
      say("Section \(newPosition.sectionIndex + 1) of \(count): \(title)")
    } else {
      say(
        styler.bold(styler.accent(title)) + "  "
          + styler.dim("\(newPosition.sectionIndex + 1) of \(count)"))
    }
    say()
    output.write(render(section.document).withTrailingNewline)
    say()
    recordRead(topic: topic, section: section)
    say(styler.dim(footer(topic: topic, sectionIndex: newPosition.sectionIndex)))
  }

  private func showHeader(of topic: Topic) {
    recordOpened(topic)
    let title = TextSanitizer.sanitize(topic.title)
    say(output.style.isPlain ? "Topic: \(title)" : styler.bold(title.uppercased()))
    if !topic.summary.isEmpty {
      say(render(MarkdownDocument(parsing: "_\(topic.summary)_")).withoutTrailingNewlines)
    }
    say()
    if let introduction = topic.introduction, !introduction.markdown.trimmed.isEmpty {
      output.write(render(introduction.document).withTrailingNewline)
      say()
    }
  }

  private func footer(topic: Topic, sectionIndex: Int) -> String {
    if sectionIndex + 1 < topic.sections.count {
      let next = TextSanitizer.sanitize(topic.sections[sectionIndex + 1].title)
      return "Type `next` for “\(next)”, or `back` to go back."
    }
    let end = "That is the end of “\(TextSanitizer.sanitize(topic.title))”."
    let quiz =
      bundle.questions(forTopic: topic.id).isEmpty
      ? "" : " Type `quiz` to check what you learned, or"
    guard let index = bundle.topics.firstIndex(where: { $0.id == topic.id }),
      let nextIndex = topicIndex(after: index)
    else { return end + quiz + " type `next` to see what to do next." }
    let nextTitle = TextSanitizer.sanitize(bundle.topics[nextIndex].title)
    return end + quiz + (quiz.isEmpty ? " Type" : " type")
      + " `next` for the next topic: “\(nextTitle)”."
  }

  /// The topic after `index`: the next on the learner's path when both are on it, else the
  /// next in the bundle.
  func topicIndex(after index: Int) -> Int? {
    let topicID = bundle.topics[index].id
    if let path = learner?.pathID.flatMap({ bundle.path(id: $0) }),
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
      bundle: bundle, pathID: learner?.pathID, sectionsRead: sectionsRead(), memory: loadMemory(),
      now: clock())
    say(TextSanitizer.sanitize(recommendation.reason))
    switch recommendation {
    case .read(let key, _, _):
      guard let topicIndex = bundle.topics.firstIndex(where: { $0.id == key.topicID }),
        let sectionIndex = bundle.topics[topicIndex].sections.firstIndex(where: {
          $0.id == key.sectionID
        })
      else { return }
      say()
      show(
        ReadingPosition(topicIndex: topicIndex, sectionIndex: sectionIndex),
        withTopicHeader: sectionIndex == 0)
    case .review:
      say("Type `review` to start.")
    case .practise(let topicID, _, _):
      say("Type `quiz \(topicID)` to practise it.")
    case .allDone:
      break
    }
  }
}

extension String {
  var withTrailingNewline: String { hasSuffix("\n") ? self : self + "\n" }
  var withoutTrailingNewlines: String {
    var text = self
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }
}
