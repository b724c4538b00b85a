/// What a stored event records. The raw values are what the `event.kind` column holds.
package enum EventKind: String, Sendable, Hashable, CaseIterable {
  case topicOpened = "topic-opened"
  case sectionRead = "section-read"
  case answerGiven = "answer-given"
}
