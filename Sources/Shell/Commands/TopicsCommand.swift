import Curriculum
import Learning
import Markdown

extension ShellCommand {
  static let topics = ShellCommand(
    name: "topics", aliases: ["list", "contents"],
    summary: "List the topics, with what you have read",
    usage: "topics [PATH]",
    details: """
      Each topic shows a mark: ✓ read, ◐ partly read, ○ not read yet.
      `topics home-care` shows only the topics of that learning path.
      Open one with `read` and its number or name, e.g. `read 1` or `read parts`.
      """,
    argument: .path,
    run: { shell, arguments in
      guard !arguments.isEmpty else {
        shell.showTopics(of: nil)
        return .succeeded
      }
      guard let path = shell.bundle.path(id: arguments.lowercased()) else {
        let hint =
          EditDistance.closest(to: arguments, among: shell.bundle.manifest.paths.map(\.id))
          .map { " Did you mean `\($0)`?" } ?? " Type `path` to see the paths."
        throw ShellError("There is no learning path `\(arguments)`.\(hint)")
      }
      shell.showTopics(of: path)
      return .succeeded
    })
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
}

extension ShellSession {
  fileprivate func showTopics(of path: LearningPath?) {
    let read = sectionsRead()
    let numberWidth = String(bundle.topics.count).count
    let heading = path.map { "\(bundle.manifest.title): \($0.title)" } ?? bundle.manifest.title
    say(styler.bold(TextSanitizer.sanitize(heading)))
    let shown = path.map { Set($0.topicIDs) }
    for (index, topic) in bundle.topics.enumerated() where shown?.contains(topic.id) ?? true {
      let state = ReadingState(topic: topic, read: read)
      let number = String(index + 1)
      let paddedNumber = String(repeating: " ", count: numberWidth - number.count) + number
      let title = TextSanitizer.sanitize(topic.title)
      if output.style.isPlain {
        say("\(number). \(title) (\(topic.id)): \(state.words)")
      } else {
        say("  \(mark(for: state)) \(paddedNumber). \(title)  " + styler.dim(topic.id))
      }
    }
    if !output.style.isPlain {
      say()
      say(styler.dim("✓ read   ◐ partly read   ○ not read yet"))
    }
    say("Type `read` and a number or name to open a topic, e.g. `read 1`.")
  }

  private func mark(for state: ReadingState) -> String {
    switch state {
    case .read: return styler.success("✓")
    case .partly: return styler.accent("◐")
    case .unread: return "○"
    }
  }
}

extension ReadingState {
  var words: String {
    switch self {
    case .unread: return "not read yet"
    case .partly(let read, let total): return "partly read, \(read) of \(total) sections"
    case .read: return "read"
    }
  }
}
