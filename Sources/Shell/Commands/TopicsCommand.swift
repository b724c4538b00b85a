import Curriculum
import Learning
import Markdown

extension ShellCommand {
  static let topics = ShellCommand(
    name: "topics", aliases: ["list", "contents"],
    summary: "List the topics, with what you have read",
    usage: "topics",
    details: """
      Each topic shows a mark: ✓ read, ◐ partly read, ○ not read yet.
      Open one with `read` and its number or name, e.g. `read 1` or `read parts`.
      """,
    run: { shell, _ in
      shell.showTopics()
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
    let done = topic.sections.filter { read.contains(SectionKey(topicID: topic.id, sectionID: $0.id)) }.count
    switch done {
    case 0: self = .unread
    case total: self = .read
    default: self = .partly(read: done, of: total)
    }
  }
}

extension ShellSession {
  fileprivate func showTopics() {
    let read = sectionsRead()
    let numberWidth = String(bundle.topics.count).count
    say(styler.bold(TextSanitizer.sanitize(bundle.manifest.title)))
    for (index, topic) in bundle.topics.enumerated() {
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
