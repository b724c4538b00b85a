import Curriculum
import Learning
import Markdown

extension ShellCommand {
  static let topics = ShellCommand(
    name: "topics", aliases: ["list", "contents"],
    summary: .commandTopicsSummary,
    usage: .commandTopicsUsage,
    details: .commandTopicsDetails,
    argument: .path,
    run: { shell, line in
      try TopicsCommand(context: shell.context).run(TopicsRequest(line))
      return .succeeded
    })
}

/// `topics`: the bundle's topics (or a path's) with a mark for how much is read.
struct TopicsCommand {
  let context: ShellContext

  func run(_ request: TopicsRequest) throws {
    let bundle = context.bundle
    guard let pathID = request.pathID else {
      show(nil)
      return
    }
    guard let path = bundle.path(id: pathID.lowercased()) else {
      let suggestion = EditDistance.closest(to: pathID, among: bundle.manifest.paths.map(\.id))
      throw ShellError(
        context.string(
          suggestion.map { .topicsNoPathDidYouMean(id: "\(pathID)", suggestion: "\($0)") }
            ?? .topicsNoPath(id: "\(pathID)")))
    }
    show(path)
  }

  private func show(_ path: LearningPath?) {
    let bundle = context.bundle
    let read = context.sectionsRead()
    let numberWidth = String(bundle.topics.count).count
    let heading = path.map { "\(bundle.manifest.title): \($0.title)" } ?? bundle.manifest.title
    context.say(StyledText(heading, role: .strong))
    let shown = path.map { Set($0.topicIDs) }
    for (index, topic) in bundle.topics.enumerated() where shown?.contains(topic.id) ?? true {
      let state = ReadingState(topic: topic, read: read)
      let number = String(index + 1)
      let paddedNumber = String(repeating: " ", count: numberWidth - number.count) + number
      if context.isPlain {
        context.say("\(number). \(topic.title) (\(topic.id)): \(context.words(state.words))")
      } else {
        context.say(
          "  \(mark(for: state)) \(paddedNumber). \(topic.title)  "
            + StyledText(topic.id, role: .quiet))
      }
    }
    if !context.isPlain {
      context.say()
      context.say(context.words(.topicsKey).styled(.quiet))
    }
    context.say(.topicsHowToOpen)
  }

  private func mark(for state: ReadingState) -> StyledText {
    switch state {
    case .read: StyledText("✓", role: .success)
    case .partly: StyledText("◐", role: .accent)
    case .unread: "○"
    }
  }
}

/// How much of a topic a learner has read.
enum ReadingState: Equatable {
  case unread
  case partly(read: Int, of: Int)
  case read

  init(topic: Topic, read: Set<SectionKey>) {
    let total = topic.sections.count
    let done = topic.sections.filter {
      read.contains(SectionKey(topicID: topic.id, sectionID: $0.id))
    }.count
    switch done {
    case 0: self = .unread
    case total: self = .read
    default: self = .partly(read: done, of: total)
    }
  }

  var words: ShellMessage {
    switch self {
    case .unread: .readingStateUnread
    case .partly(let read, let total): .readingStatePartly(read: "\(read)", total: "\(total)")
    case .read: .readingStateRead
    }
  }
}
