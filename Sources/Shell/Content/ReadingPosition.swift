/// Where the learner is reading: a topic (by its place in the bundle) and one of its pages.
struct ReadingPosition: Equatable {
  var topicIndex: Int
  /// Index into the topic's sections; 0 for a topic that has only an introduction.
  var sectionIndex: Int
}
