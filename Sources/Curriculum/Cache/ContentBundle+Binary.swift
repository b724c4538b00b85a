import Markdown

/// The bundle model in the cache's byte format. Every field is written; a change to the model
/// means a new `BundleCache.formatVersion`.
extension ContentBundle {
  func encode(to writer: inout BinaryWriter) {
    manifest.encode(to: &writer)
    writer.write(topics) { $1.encode(to: &$0) }
    writer.write(questions) { $1.encode(to: &$0) }
    writer.write(pictures.values.sorted { $0.path < $1.path }) { writer, picture in
      writer.write(picture.path)
      writer.write(picture.kind.rawValue)
      writer.write(bytes: picture.bytes)
    }
    writer.write(figures.values.sorted { $0.id < $1.id }) { $1.encode(to: &$0) }
  }

  init(from reader: inout BinaryReader) throws {
    let manifest = try Manifest(from: &reader)
    let topics = try reader.readArray { try Topic(from: &$0) }
    let questions = try reader.readArray { try Question(from: &$0) }
    let pictures = try reader.readArray { reader in
      let path = try reader.readString()
      guard let kind = Picture.Kind(rawValue: try reader.readString()) else {
        throw BinaryReader.Malformed()
      }
      return Picture(path: path, kind: kind, bytes: try reader.readBytes())
    }
    let figures = try reader.readArray { try Figure(from: &$0) }
    self.init(
      manifest: manifest, topics: topics, questions: questions,
      pictures: Dictionary(pictures.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }),
      figures: Dictionary(figures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
  }
}

extension Manifest {
  func encode(to writer: inout BinaryWriter) {
    for text in [
      id, title, version, language.rawValue, disclaimer, emergencyAdvice, careTeamPlaceholder,
    ] {
      writer.write(text)
    }
    writer.write(audiences)
    writer.write(sources) { writer, source in
      for text in [source.id, source.title, source.publisher, source.url, source.reviewed] {
        writer.write(text)
      }
    }
    writer.write(topicOrder)
    writer.write(paths) { writer, path in
      for text in [path.id, path.title, path.audience, path.summary] { writer.write(text) }
      writer.write(path.topicIDs)
    }
    writer.write(warningSigns) { writer, sign in
      for text in [sign.id, sign.question, sign.label, sign.tier.rawValue] { writer.write(text) }
      writer.write(sign.caregiverQuestion)
    }
    writer.write(synonyms) { $0.write($1) }
    writer.write(readingGradeTarget)
    writer.write(catchAll != nil)
    if let catchAll {
      writer.write(catchAll.label)
      writer.write(catchAll.question)
      writer.write(catchAll.caregiverQuestion)
    }
    writer.write(WarningTier.allCases.filter { tierAdvice[$0] != nil }) { writer, tier in
      writer.write(tier.rawValue)
      writer.write(tierAdvice[tier] ?? "")
    }
    writer.write(retiredQuestionIDs)
  }

  init(from reader: inout BinaryReader) throws {
    let texts = try (0..<7).map { _ in try reader.readString() }
    let audiences = try reader.readStrings()
    let sources = try reader.readArray {
      Source(
        id: try $0.readString(), title: try $0.readString(), publisher: try $0.readString(),
        url: try $0.readString(), reviewed: try $0.readString())
    }
    let topicOrder = try reader.readStrings()
    let paths = try reader.readArray {
      LearningPath(
        id: try $0.readString(), title: try $0.readString(), audience: try $0.readString(),
        summary: try $0.readString(), topicIDs: try $0.readStrings())
    }
    let signs = try reader.readArray { reader in
      let id = try reader.readString()
      let question = try reader.readString()
      let label = try reader.readString()
      guard let tier = WarningTier(rawValue: try reader.readString()) else {
        throw BinaryReader.Malformed()
      }
      return WarningSign(
        id: id, question: question, label: label, tier: tier,
        caregiverQuestion: try reader.readOptionalString())
    }
    let synonyms = try reader.readArray { try $0.readStrings() }
    let grade = try reader.readDouble()
    let catchAll =
      try reader.readBool()
      ? CatchAllSign(
        label: try reader.readString(), question: try reader.readString(),
        caregiverQuestion: try reader.readOptionalString()) : nil
    let advice = try reader.readArray { reader -> (WarningTier, String) in
      guard let tier = WarningTier(rawValue: try reader.readString()) else {
        throw BinaryReader.Malformed()
      }
      return (tier, try reader.readString())
    }
    guard let language = Language(rawValue: texts[3]) else { throw BinaryReader.Malformed() }
    self.init(
      id: texts[0], title: texts[1], version: texts[2], language: language, audiences: audiences,
      sources: sources, disclaimer: texts[4], topicOrder: topicOrder, paths: paths,
      warningSigns: signs, emergencyAdvice: texts[5], careTeamPlaceholder: texts[6],
      synonyms: synonyms, readingGradeTarget: grade, catchAll: catchAll,
      tierAdvice: Dictionary(advice, uniquingKeysWith: { first, _ in first }),
      retiredQuestionIDs: try reader.readStrings())
  }
}

extension Topic {
  func encode(to writer: inout BinaryWriter) {
    for text in [id, title, summary, file] { writer.write(text) }
    for list in [audiences, keywords, related, sources] { writer.write(list) }
    writer.write(introduction != nil)
    introduction?.encode(to: &writer)
    writer.write(sections) { $1.encode(to: &$0) }
  }

  init(from reader: inout BinaryReader) throws {
    let texts = try (0..<4).map { _ in try reader.readString() }
    let lists = try (0..<4).map { _ in try reader.readStrings() }
    let introduction = try reader.readBool() ? try Section(from: &reader) : nil
    self.init(
      id: texts[0], title: texts[1], summary: texts[2], audiences: lists[0], keywords: lists[1],
      related: lists[2], introduction: introduction,
      sections: try reader.readArray { try Section(from: &$0) }, file: texts[3],
      sources: lists[3])
  }
}

extension Section {
  func encode(to writer: inout BinaryWriter) {
    for text in [id, title, markdown] { writer.write(text) }
    writer.write(line)
    writer.write(bodyLine)
  }

  init(from reader: inout BinaryReader) throws {
    self.init(
      id: try reader.readString(), title: try reader.readString(),
      markdown: try reader.readString(),
      line: try reader.readInt(), bodyLine: try reader.readInt())
  }
}

extension Question {
  func encode(to writer: inout BinaryWriter) {
    for text in [id, topicID, sectionID, kind.rawValue, prompt, explanation, reexplanation, file] {
      writer.write(text)
    }
    writer.write(choices)
    writer.write(hint)
    writer.write(isRedFlag)
    writer.write(warningSignIDs)
    writer.write(rejectedAnswers)
    writer.write(line)
    switch answer {
    case .choice(let index):
      writer.write(0)
      writer.write(index)
    case .choices(let indices):
      writer.write(1)
      writer.write(indices.sorted()) { $0.write($1) }
    case .truth(let value):
      writer.write(2)
      writer.write(value)
    case .order(let indices):
      writer.write(3)
      writer.write(indices) { $0.write($1) }
    case .text(let accepted, let synonyms):
      writer.write(4)
      writer.write(accepted)
      writer.write(synonyms)
    }
  }

  init(from reader: inout BinaryReader) throws {
    let texts = try (0..<8).map { _ in try reader.readString() }
    guard let kind = QuestionKind(rawValue: texts[3]) else { throw BinaryReader.Malformed() }
    let choices = try reader.readStrings()
    let hint = try reader.readOptionalString()
    let isRedFlag = try reader.readBool()
    let signs = try reader.readStrings()
    let rejected = try reader.readStrings()
    let line = try reader.readInt()
    let answer: Answer
    switch try reader.readInt() {
    case 0: answer = .choice(try reader.readInt())
    case 1: answer = .choices(Set(try reader.readArray { try $0.readInt() }))
    case 2: answer = .truth(try reader.readBool())
    case 3: answer = .order(try reader.readArray { try $0.readInt() })
    case 4: answer = .text(accepted: try reader.readStrings(), synonyms: try reader.readStrings())
    default: throw BinaryReader.Malformed()
    }
    self.init(
      id: texts[0], topicID: texts[1], sectionID: texts[2], kind: kind, prompt: texts[4],
      choices: choices, answer: answer, explanation: texts[5], reexplanation: texts[6], hint: hint,
      isRedFlag: isRedFlag, warningSignIDs: signs, file: texts[7], line: line,
      rejectedAnswers: rejected)
  }
}
