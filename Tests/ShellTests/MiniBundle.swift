import Curriculum

/// A tiny bundle built in code, for tests of the shell's own logic.
enum MiniBundle {
  static let topics: [Topic] = [
    topic(
      "what-is-a-port", "What a port is",
      sections: [("what-it-does", "What it does"), ("who-needs-one", "Who needs one")]),
    topic(
      "parts", "The parts of a port",
      sections: [("septum", "The septum"), ("catheter", "The catheter")]),
    topic(
      "placement-day", "The day your port is placed", sections: [("what-happens", "What happens")]),
    topic(
      "care", "Caring for your port", sections: [("flushing", "Flushing"), ("skin", "Skin care")]),
  ]

  static let bundle = ContentBundle(
    manifest: Manifest(
      id: "mini", title: "A small bundle", version: "1.0.0", language: .english,
      audiences: ["patient"], sources: [], disclaimer: "For tests.", topicOrder: topics.map(\.id),
      paths: [
        LearningPath(
          id: "before-surgery", title: "Before", audience: "patient", summary: "",
          topicIDs: ["what-is-a-port"])
      ],
      warningSigns: [
        WarningSign(id: "fever", question: "Do you have a fever?", label: "A fever"),
        WarningSign(
          id: "breath", question: "Are you short of breath?", label: "Shortness of breath",
          tier: .emergency),
      ],
      emergencyAdvice: "Call your care team now.",
      careTeamPlaceholder: "Use the number on your discharge papers.", synonyms: [],
      readingGradeTarget: 8),
    topics: topics, questions: [])

  private static func topic(_ id: String, _ title: String, sections: [(String, String)]) -> Topic {
    Topic(
      id: id, title: title, summary: "About \(title.lowercased()).", audiences: ["patient"],
      keywords: [], related: [], introduction: nil,
      sections: sections.enumerated().map { index, section in
        Section(
          id: section.0, title: section.1, markdown: "Text of \(section.1.lowercased()).",
          line: index * 4 + 6)
      },
      file: "topics/\(id).md")
  }
}
