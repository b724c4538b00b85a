/// What the completer offers for the word before the cursor.
package struct Completion: Equatable, Sendable {
  /// Full replacements for the word being typed, sorted.
  package var candidates: [String]
  /// The longest prefix all candidates share (what Tab inserts at once).
  package var commonPrefix: String
  /// Whether a space should follow a single, final candidate (not after `topic#`).
  package var appendsSpace: Bool

  package static let none = Completion(candidates: [], commonPrefix: "", appendsSpace: false)
}

/// The kinds of argument a command takes, so Tab knows what to offer.
package enum ArgumentKind: Sendable, Equatable {
  case none
  case command
  case topic
  /// A topic or `topic#section`.
  case section
  case learner
  case path
  /// A topic, a path or `red-flags`.
  case quizTarget
  /// A figure id, else a topic or `topic#section` (`show` does both).
  case figure
  /// One of a fixed set of words.
  case words([String])
}

/// Tab completion as pure logic: text before the cursor in, candidates out.
package struct Completer: Sendable {
  /// Command names and aliases with the argument each takes.
  package var commands: [(name: String, argument: ArgumentKind)]
  /// The commands' main names, without aliases.
  package var commandNames: [String]
  package var topicIDs: [String]
  /// Every `topic#section` address.
  package var sectionAddresses: [String]
  package var pathIDs: [String]
  package var figureIDs: [String]
  /// Read when Tab is pressed, since learners are added while the shell runs.
  package var learnerNames: @Sendable () -> [String]

  package init(
    commands: [(name: String, argument: ArgumentKind)], commandNames: [String], topicIDs: [String],
    sectionAddresses: [String], pathIDs: [String], figureIDs: [String] = [],
    learnerNames: @escaping @Sendable () -> [String]
  ) {
    self.commands = commands
    self.commandNames = commandNames
    self.topicIDs = topicIDs
    self.sectionAddresses = sectionAddresses
    self.pathIDs = pathIDs
    self.figureIDs = figureIDs
    self.learnerNames = learnerNames
  }

  package func complete(_ beforeCursor: String) -> Completion {
    let endsInBlank = beforeCursor.last.map { $0 == " " || $0 == "\t" } ?? false
    var words = beforeCursor.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    let current = endsInBlank ? "" : (words.popLast() ?? "")

    guard let commandWord = words.first else { return completeCommandName(current) }
    guard let argument = commands.first(where: { $0.name == commandWord.lowercased() })?.argument
    else { return .none }
    if argument == .learner {
      // `learner NAME` or `learner rename NEW`: a new name is the person's to type.
      guard words.count == 1 else { return .none }
      return Self.matching(current, in: learnerNames() + ["rename"])
    }
    return complete(current, as: argument)
  }

  /// The candidates for `word` as an argument of the given kind.
  func complete(_ word: String, as argument: ArgumentKind) -> Completion {
    switch argument {
    case .none: return .none
    case .command: return completeCommandName(word)
    case .topic: return Self.matching(word, in: topicIDs)
    case .learner: return Self.matching(word, in: learnerNames())
    case .path: return Self.matching(word, in: pathIDs)
    case .quizTarget: return Self.matching(word, in: topicIDs + pathIDs + ["red-flags"])
    case .words(let options): return Self.matching(word, in: options)
    case .figure:
      let figures = Self.matching(word, in: figureIDs)
      return figures.candidates.isEmpty ? complete(word, as: .section) : figures
    case .section:
      // Offer topic ids first; once a `#` is typed (or the id is whole), offer its sections.
      if word.contains("#") || (topicIDs.contains(word) && !word.isEmpty) {
        let sections = Self.matching(word, in: sectionAddresses)
        if !sections.candidates.isEmpty { return sections }
      }
      var topics = Self.matching(word, in: topicIDs)
      if topics.candidates.count == 1 {
        let topic = topics.candidates[0]
        let hasSections = sectionAddresses.contains { $0.hasPrefix(topic + "#") }
        topics.appendsSpace = !hasSections
      }
      return topics
    }
  }

  /// Main names first; aliases only when no main name fits (so Tab on nothing lists each
  /// command once).
  private func completeCommandName(_ word: String) -> Completion {
    let names = Self.matching(word, in: commandNames)
    return names.candidates.isEmpty ? Self.matching(word, in: commands.map(\.name)) : names
  }

  static func matching(_ word: String, in options: [String]) -> Completion {
    let lowered = word.lowercased()
    let candidates = Set(options.filter { $0.lowercased().hasPrefix(lowered) }).sorted()
    guard let first = candidates.first else { return .none }
    let prefix = candidates.dropFirst().reduce(first) { sharedPrefix($0, $1) }
    return Completion(candidates: candidates, commonPrefix: prefix, appendsSpace: true)
  }
}

private func sharedPrefix(_ left: String, _ right: String) -> String {
  String(zip(left, right).prefix { $0 == $1 }.map(\.0))
}
