import Foundation
import Markdown

/// The bundle's questions as one `Questionnaire`, and each learner's answers as one
/// `QuestionnaireResponse`.
///
/// Item types: `single` and `multiple` → `open-choice` with `answerOption.valueCoding` (code:
/// the choice's letter in the author's order; `repeats` for `multiple`). A choice answer is one
/// of those codings per choice named, right or wrong; "I don't know", and a wrong answer saved
/// before the store kept the choices, is a `valueString` saying what was typed. `true-false` →
/// `boolean`; `order` → `string`, the steps listed in the item's text; `short` → `string`.
extension RecordFHIRRenderer {
  func canonical(_ record: EducationRecord) -> String {
    // The base comes from the clinic's settings: neutralised like the record's texts.
    TextSanitizer.removingForbidden(canonicalBase) + Self.resourceID(record.bundle.id)
  }

  /// The date of the content version: its newest source review, so every export of one version
  /// carries the same date.
  static func versionDate(_ bundle: BundleInfo) -> String? {
    let dates = bundle.sources.map(\.reviewed).filter { date in
      date.count == 10
        && date.enumerated().allSatisfy { index, character in
          index == 4 || index == 7 ? character == "-" : character.isASCII && character.isNumber
        }
    }
    return dates.max()
  }

  func questionnaire(_ record: EducationRecord) -> OrderedJSON {
    var members = FHIRMembers()
    members.add("resourceType", "Questionnaire")
    members.add("id", Self.resourceID("\(record.bundle.id)-\(record.bundle.version)"))
    members.add(
      "text",
      FHIRType.narrative([
        "Teach-back questions of \(record.bundle.title), content version "
          + "\(record.bundle.version): \(record.questions.count) questions."
      ]))
    members.add("url", canonical(record))
    members.add("version", record.bundle.version)
    members.add("name", Self.computableName(record.bundle.id))
    members.add("title", record.bundle.title)
    members.add("status", "active")
    members.add("subjectType", .array([.string("Patient")]))
    members.add("date", Self.versionDate(record.bundle))
    members.add("item", .array(record.questions.map(questionnaireItem)))
    return members.object
  }

  private func questionnaireItem(_ question: QuestionInfo) -> OrderedJSON {
    var members = FHIRMembers()
    members.add("linkId", question.id)
    members.add("text", Self.itemText(question))
    let kind = question.questionKind
    members.add("type", Self.itemType(question))
    members.add("required", .bool(false))
    if kind == .multipleChoice { members.add("repeats", .bool(true)) }
    if kind == .singleChoice || kind == .multipleChoice {
      members.add(
        "answerOption",
        .array(question.choices.indices.map { .object([("valueCoding", coding(question, $0))]) }))
    }
    return members.object
  }

  private func coding(_ question: QuestionInfo, _ index: Int) -> OrderedJSON {
    var members = FHIRMembers()
    members.add("code", Self.letter(index))
    members.add("display", question.choices[index])
    return members.object
  }

  // MARK: - QuestionnaireResponse

  /// `in-progress` while the session is open, or when the learner stopped before the end of a
  /// topic they were asked about (some of its questions answered, some never); else `completed`.
  static func responseStatus(_ learner: LearnerRecord, record: EducationRecord) -> String {
    let open = record.session.map { $0.endedAt == nil } ?? false
    let stoppedEarly = learner.topics.contains {
      $0.questionsAnswered > 0 && $0.questionsAnswered < $0.questionCount
    }
    return open || stoppedEarly ? "in-progress" : "completed"
  }

  func response(_ index: Int, _ parties: FHIRParties) -> OrderedJSON {
    let record = parties.record
    let learner = record.learners[index]
    var lastAnswers: [String: AnswerRecord] = [:]
    for answer in learner.answers { lastAnswers[answer.questionID] = answer }
    let items = record.questions.compactMap { question in
      lastAnswers[question.id].map { responseItem(question, $0) }
    }
    let authored = learner.answers.map(\.answeredAt).max() ?? record.generatedAt
    var members = FHIRMembers()
    members.add("resourceType", "QuestionnaireResponse")
    members.add("id", "response-\(index + 1)")
    members.add("text", Self.narrative(of: learner))
    members.add("questionnaire", "\(canonical(record))|\(record.bundle.version)")
    members.add("status", Self.responseStatus(learner, record: record))
    members.add("subject", parties.subject(for: index))
    members.add("encounter", parties.encounterReference)
    members.add("authored", Self.dateTime(authored))
    members.add("author", parties.educatorReference)
    members.add("source", parties.learnerReference(index))
    members.add("item", .array(items))
    return members.object
  }

  private func responseItem(_ question: QuestionInfo, _ answer: AnswerRecord) -> OrderedJSON {
    var members = FHIRMembers()
    members.add("linkId", question.id)
    members.add("text", Self.itemText(question))
    members.add("answer", .array(answerValues(question, answer).map { .object([$0]) }))
    return members.object
  }

  /// The answer as FHIR `value[x]`s: one per chosen choice for a right choice answer, else one;
  /// none for an empty answer.
  private func answerValues(_ question: QuestionInfo, _ answer: AnswerRecord)
    -> [(String, OrderedJSON)]
  {
    if answer.didNotKnow == true {
      let typed = answer.response.trimmingCharacters(in: .whitespacesAndNewlines)
      return [("valueString", .string("Did not know (typed “\(typed)”)"))]
    }
    switch question.questionKind {
    case .singleChoice, .multipleChoice:
      let indices = (answer.choiceIndices ?? []).filter(question.choices.indices.contains)
      if !indices.isEmpty { return indices.map { ("valueCoding", coding(question, $0)) } }
      return [Self.typed(answer, what: "the right answer", shown: "choices")]
    case .trueFalse:
      return answer.truthValue.map { [("valueBoolean", .bool($0))] } ?? []
    case .order:
      if let text = answer.answerText, !text.isEmpty { return [("valueString", .string(text))] }
      return [Self.typed(answer, what: "the right order", shown: "steps")]
    case .shortAnswer, nil:
      let text = answer.response.trimmingCharacters(in: .whitespacesAndNewlines)
      return text.isEmpty ? [] : [("valueString", .string(text))]
    }
  }

  private static func typed(_ answer: AnswerRecord, what: String, shown: String)
    -> (String, OrderedJSON)
  {
    let typed = answer.response.trimmingCharacters(in: .whitespacesAndNewlines)
    return (
      "valueString",
      .string("Not \(what) (typed “\(typed)”; the \(shown) were shown shuffled)")
    )
  }

  /// The response's human-readable narrative: the learner, any red flag once missed, and each
  /// topic's teach-back outcome beside its reading, as the other formats give them.
  private static func narrative(of learner: LearnerRecord) -> OrderedJSON {
    let h = HTMLPage.escape
    var div = "<div xmlns=\"http://www.w3.org/1999/xhtml\">"
    div += "<p>Teach-back record for \(h(learner.name)) (\(h(RecordText.role(learner)))).</p>"
    if let identity = learner.identity {
      div += "<p>Identity: \(h(RecordText.identity(identity.current))).</p>"
    }
    if !learner.redFlagsMissed.isEmpty {
      div += "<p>Red flags missed:</p><ul>"
      for miss in learner.redFlagsMissed {
        div += "<li>\(h(miss.prompt)) (\(miss.laterRight ? "right later" : "not yet right"))</li>"
      }
      div += "</ul>"
    }
    div += "<ul>"
    for topic in learner.topics {
      div += "<li>\(h(topic.title)): \(topic.outcome.title); sections read "
      div += "\(topic.sectionsRead) of \(topic.sectionCount)</li>"
    }
    div += "</ul>"
    if !learner.demonstrations.isEmpty {
      div += "<p>Return demonstrations:</p><ul>"
      for demonstration in learner.demonstrations {
        let current = demonstration.current
        div += "<li>\(h(demonstration.topicTitle)): \(current.result.title)"
        div += (current.note.map { " — \(h($0))" } ?? "") + "</li>"
      }
      div += "</ul>"
    }
    if !learner.notes.isEmpty {
      div += "<p>Notes:</p><ul>"
      for note in learner.notes {
        div += "<li>\(dateTime(note.at)): \(h(RecordText.ownNote(note)))</li>"
      }
      div += "</ul>"
    }
    div += "</div>"
    return .object([("status", .string("generated")), ("div", .string(div))])
  }
}
