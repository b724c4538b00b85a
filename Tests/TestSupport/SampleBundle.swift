import Curriculum

/// A small bundle built in code, with one question of every kind, a red flag, two paths and
/// synonym groups — for tests that must not depend on the content loader or the real bundle.
package enum SampleBundle {
  package static func make() -> ContentBundle {
    ContentBundle(manifest: manifest, topics: topics, questions: questions)
  }

  package static let manifest = Manifest(
    id: "sample-port", title: "Sample port bundle", version: "1.2.0", language: .english,
    audiences: ["patient", "caregiver"], sources: [], disclaimer: "For tests only.",
    topicOrder: ["about", "care"],
    paths: [
      LearningPath(
        id: "before-surgery", title: "Before surgery", audience: "patient",
        summary: "What a port is, then how to care for it.", topicIDs: ["about", "care"]),
      LearningPath(
        id: "at-home", title: "At home", audience: "caregiver", summary: "Care at home.",
        topicIDs: ["care"]),
    ],
    warningSigns: [WarningSign(id: "fever", question: "Do you have a fever?", label: "Fever")],
    emergencyAdvice: "Call your care team now.", careTeamPlaceholder: "(your care team)",
    synonyms: [["salt water", "saline", "normal saline"], ["catheter", "tube", "line"]],
    readingGradeTarget: 8)

  package static let topics: [Topic] = [
    topic(
      "about", "About your port", sections: [("what", "What it is"), ("why", "Why you need one")]),
    topic(
      "care", "Caring for your port",
      sections: [
        ("flushing", "Flushing"), ("signs", "Signs of infection"), ("call", "When to call"),
      ]),
  ]

  package static let questions: [Question] = [
    question(
      "about-what", "about", "what", .singleChoice, "What is an implanted port?",
      choices: [
        "A small device under the skin", "A tube outside the body", "A kind of needle", "A bandage",
      ], answer: .choice(0)),
    question(
      "about-skin", "about", "what", .trueFalse, "A port sits under the skin.", answer: .truth(true)
    ),
    question(
      "about-why", "about", "why", .shortAnswer, "What is the thin tube from the port to the vein?",
      answer: .text(accepted: ["catheter"], synonyms: [])),
    question(
      "care-signs", "care", "signs", .multipleChoice, "Which are signs of infection?",
      choices: ["Redness", "Fever", "Feeling hungry", "Swelling"], answer: .choices([0, 1, 3])),
    question(
      "care-steps", "care", "flushing", .order, "Put the flushing steps in order.",
      choices: ["Wash your hands", "Clean the skin", "Connect the syringe", "Flush slowly"],
      answer: .order([0, 1, 2, 3])),
    question(
      "care-flush-with", "care", "flushing", .shortAnswer, "What do you flush the port with?",
      answer: .text(accepted: ["salt water"], synonyms: ["sodium chloride"])),
    question(
      "care-fever", "care", "call", .singleChoice, "You have a fever of 38 °C. What do you do?",
      choices: ["Wait a day", "Call your care team now", "Take a bath", "Flush the port"],
      answer: .choice(1), hint: "A fever can mean infection.", isRedFlag: true,
      warningSignIDs: ["fever"]),
  ]

  private static func topic(_ id: String, _ title: String, sections: [(String, String)]) -> Topic {
    Topic(
      id: id, title: title, summary: "\(title).", audiences: ["patient"], keywords: [], related: [],
      introduction: nil,
      sections: sections.enumerated().map {
        Section(id: $0.element.0, title: $0.element.1, markdown: "Text.", line: 3 + 4 * $0.offset)
      }, file: "topics/\(id).md")
  }

  private static func question(
    _ id: String, _ topicID: String, _ sectionID: String, _ kind: QuestionKind, _ prompt: String,
    choices: [String] = [], answer: Answer, hint: String? = nil, isRedFlag: Bool = false,
    warningSignIDs: [String] = []
  ) -> Question {
    Question(
      id: id, topicID: topicID, sectionID: sectionID, kind: kind, prompt: prompt, choices: choices,
      answer: answer, explanation: "Explanation of \(id).", reexplanation: "In other words, \(id).",
      hint: hint, isRedFlag: isRedFlag, warningSignIDs: warningSignIDs,
      file: "quiz/\(topicID).yaml",
      line: 1)
  }
}
