import Curriculum
import Markdown

/// Every text of a record passed through the one character table (`TextSanitizer.sanitize`),
/// whoever built the record. Each renderer starts from this, then applies its own escaper
/// (HTML, Markdown, CSV, JSON), so no control or text-direction character from a learner's
/// name, a note, an answer or the content reaches a record in any format, not even escaped.
extension EducationRecord {
  /// The record with every string neutralised; numbers, dates and flags are unchanged.
  package func neutralised() -> EducationRecord {
    var record = self
    record.format = clean(format)
    record.bundle = bundle.neutralised()
    record.session = session?.neutralised()
    record.learners = learners.map { $0.neutralised() }
    record.questions = questions.map { $0.neutralised() }
    return record
  }
}

extension BundleInfo {
  fileprivate func neutralised() -> BundleInfo {
    BundleInfo(
      id: clean(id), title: clean(title), version: clean(version), language: clean(language),
      sources: sources.map {
        Source(
          title: clean($0.title), publisher: clean($0.publisher), url: clean($0.url),
          reviewed: clean($0.reviewed))
      })
  }
}

extension SessionRecord {
  fileprivate func neutralised() -> SessionRecord {
    var session = self
    session.id = clean(id)
    session.educatorName = clean(educatorName)
    session.path = path?.neutralised()
    session.plannedTopics = plannedTopics.map { $0.neutralised() }
    session.notes = notes.map(neutralisedNote)
    return session
  }
}

extension LearnerRecord {
  fileprivate func neutralised() -> LearnerRecord {
    var learner = self
    learner.name = clean(name)
    learner.role = clean(role)
    learner.roleTitle = clean(roleTitle)
    learner.relationship = relationship.map(clean)
    learner.notes = notes.map(neutralisedNote)
    learner.identity = identity.map {
      IdentityRecord(current: cleanEntry($0.current), earlier: $0.earlier.map(cleanEntry))
    }
    learner.demonstrations = demonstrations.map {
      DemonstrationRecord(
        topicID: clean($0.topicID), topicTitle: clean($0.topicTitle),
        current: cleanEntry($0.current), earlier: $0.earlier.map(cleanEntry))
    }
    learner.path = path?.neutralised()
    learner.redFlagsMissed = redFlagsMissed.map {
      RedFlagMiss(
        id: clean($0.id), topicID: clean($0.topicID), prompt: clean($0.prompt),
        missedAt: $0.missedAt, laterRight: $0.laterRight)
    }
    learner.topics = topics.map { $0.neutralised() }
    learner.answers = answers.map { $0.neutralised() }
    learner.review = ReviewPlan(
      topics: review.topics.map { $0.neutralised() },
      questions: review.questions.map { $0.neutralised() },
      notYetChecked: review.notYetChecked.map { $0.neutralised() },
      notAllAsked: review.notAllAsked.map { $0.neutralised() })
    return learner
  }
}

extension TopicRecord {
  fileprivate func neutralised() -> TopicRecord {
    var topic = self
    topic.id = clean(id)
    topic.title = clean(title)
    topic.missed = missed.map { $0.neutralised() }
    return topic
  }
}

extension MissedQuestion {
  fileprivate func neutralised() -> MissedQuestion {
    var question = self
    question.id = clean(id)
    question.topicID = clean(topicID)
    question.prompt = clean(prompt)
    return question
  }
}

extension AnswerRecord {
  fileprivate func neutralised() -> AnswerRecord {
    var answer = self
    answer.questionID = clean(questionID)
    answer.topicID = clean(topicID)
    answer.prompt = clean(prompt)
    answer.kind = clean(kind)
    answer.response = clean(response)
    answer.answerText = answerText.map(clean)
    return answer
  }
}

extension QuestionInfo {
  fileprivate func neutralised() -> QuestionInfo {
    QuestionInfo(
      id: clean(id), topicID: clean(topicID), sectionID: clean(sectionID), kind: clean(kind),
      prompt: clean(prompt), choices: choices.map(clean), redFlag: redFlag)
  }
}

extension PathRef {
  fileprivate func neutralised() -> PathRef { PathRef(id: clean(id), title: clean(title)) }
}

extension TopicRef {
  fileprivate func neutralised() -> TopicRef { TopicRef(id: clean(id), title: clean(title)) }
}

private func cleanEntry(_ entry: IdentityRecord.Entry) -> IdentityRecord.Entry {
  IdentityRecord.Entry(
    mrn: entry.mrn.map(clean), mrnSystem: entry.mrnSystem.map(clean),
    birthDate: entry.birthDate.map(clean), enteredBy: clean(entry.enteredBy),
    enteredAt: entry.enteredAt)
}

private func cleanEntry(_ entry: DemonstrationRecord.Entry) -> DemonstrationRecord.Entry {
  DemonstrationRecord.Entry(
    result: entry.result, note: entry.note.map(clean), at: entry.at,
    enteredBy: clean(entry.enteredBy))
}

private func neutralisedNote(_ note: RecordNote) -> RecordNote {
  RecordNote(at: note.at, text: clean(note.text), about: note.about.map(clean))
}

private func clean(_ text: String) -> String { TextSanitizer.sanitize(text) }
