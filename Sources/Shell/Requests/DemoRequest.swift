/// `demo [NAME:] TOPIC passed|needs-practice [NOTE]`: a learner showed a skill of a topic while
/// the educator watched; `demo` alone lists the session's demonstrations.
package struct DemoRequest: Sendable, Equatable {
  package enum Action: Sendable, Equatable {
    case list
    case record(learnerName: String?, topic: String, passed: Bool, note: String)
  }

  package var action: Action

  package init(action: Action) { self.action = action }

  init(_ line: ArgumentLine) throws {
    var text = line.text
    guard !text.isEmpty else {
      self.init(action: .list)
      return
    }
    var name: String?
    if let colon = text.firstIndex(of: ":") {
      name = text[..<colon].trimmed
      text = text[text.index(after: colon)...].trimmed
    }
    var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard words.count >= 2, let (passed, length) = Self.result(words.dropFirst()) else {
      throw ShellError.usage(
        "Say the topic and how it went, e.g. `demo flushing passed` or "
          + "`demo Luis: flushing needs-practice pushed too hard`.")
    }
    let topic = words.removeFirst()
    words.removeFirst(length)
    self.init(
      action: .record(
        learnerName: name, topic: topic, passed: passed, note: words.joined(separator: " ")))
  }

  /// How it went, from the words after the topic: passed (`passed`, `pass`, `ok`, `done`) or
  /// needs practice (`needs-practice`, `needs practice`, `practice`, `not yet`, `failed`), and how
  /// many words that took.
  static func result(_ words: ArraySlice<String>) -> (passed: Bool, words: Int)? {
    let first = words.first?.lowercased() ?? ""
    let second = words.dropFirst().first?.lowercased() ?? ""
    switch (first, second) {
    case ("needs", "practice"), ("need", "practice"), ("not", "yet"): return (false, 2)
    default: break
    }
    switch first {
    case "passed", "pass", "ok", "done", "good": return (true, 1)
    case "needs-practice", "practice", "not-yet", "failed", "fail": return (false, 1)
    default: return nil
    }
  }
}
