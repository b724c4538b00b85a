/// A question as read from its file, with where its cross-referenced ids were written.
struct ParsedQuestion {
  var question: Question
  var idLocation: SourceLocation
  var signLocations: [(id: String, location: SourceLocation)]
  /// The Markdown texts (explanations) with the file line each starts on, for lint.
  var markdownTexts: [(text: String, line: Int)] = []
}

/// Reads `questions/<topic-id>.yaml`: `topic:` and a list of `questions:`.
enum QuestionReader {
  static let knownFields = [
    "id", "kind", "section", "prompt", "choices", "answer", "explanation", "reexplain", "hint",
    "red-flag", "signs", "synonyms", "reject",
  ]
  /// Choices are named by letters, so there can be at most 26.
  static let maximumChoices = 26

  /// The ids a question refers to, kept also for questions with other mistakes so that every
  /// reference is checked in the same pass.
  struct References {
    var file: String
    var topicID: String
    var id: (text: String, location: SourceLocation)?
    var section: (text: String, location: SourceLocation)?
    var signs: [(text: String, location: SourceLocation)]
  }

  static func read(
    _ text: String, file: String, topicID: String, log: DiagnosticLog,
    references: inout [References]
  ) -> [ParsedQuestion] {
    var diagnostics: [Diagnostic] = []
    let root = YAMLDocument.parse(text, file: file, diagnostics: &diagnostics)
    log.append(contentsOf: diagnostics)
    guard let root else {
      if diagnostics.isEmpty {
        log.warning(file, .start, "the file is empty; add `topic: \(topicID)` and `questions:`")
      }
      return []
    }
    guard
      let fields = FieldReader(
        root, file: file, lineOffset: 0, what: "the questions file",
        expected: "topic, questions", log: log)
    else { return [] }
    fields.warnUnknownFields(known: ["topic", "questions"])
    if let topic = fields.text("topic", required: true, hint: "`\(topicID)`, the file's name"),
      topic != topicID
    {
      log.error(
        file, fields.location(ofField: "topic"),
        "`topic` is \(Quoting.quote(topic)) but the file is named `\(topicID).yaml`; make them "
          + "the same")
    }
    guard
      let entries = fields.mappings(
        "questions", required: true, what: "question",
        expected: "id, kind, section, prompt, answer, …", hint: "a list of questions")
    else { return [] }
    for entry in entries {
      func reference(_ key: String) -> (String, SourceLocation)? {
        guard let node = entry.node(key), let text = FieldReader.scalarText(node) else {
          return nil
        }
        return (text, entry.location(of: node))
      }
      var signs: [(String, SourceLocation)] = []
      if case .sequence(let items) = entry.node("signs")?.content {
        signs = items.compactMap { item in
          FieldReader.scalarText(item).map { ($0, entry.location(of: item)) }
        }
      }
      references.append(
        References(
          file: file, topicID: topicID, id: reference("id"), section: reference("section"),
          signs: signs))
    }
    return entries.compactMap { read($0, topicID: topicID) }
  }

  private static func read(_ fields: FieldReader, topicID: String) -> ParsedQuestion? {
    let log = fields.log
    let file = fields.file
    fields.warnUnknownFields(known: knownFields)
    let id = fields.id("id", required: true, hint: "an id unique in the bundle, like `flush-why`")
    let kindText = fields.text(
      "kind", required: true, hint: "one of single, multiple, true-false, order, short")
    var kind: QuestionKind?
    if let kindText {
      kind = QuestionKind(rawValue: kindText)
      if kind == nil {
        var message =
          "`kind` \(Quoting.quote(kindText)) is not a question kind; use one of "
          + QuestionKind.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
        if let close = EditDistance.closest(
          to: kindText.lowercased(), among: QuestionKind.allCases.map(\.rawValue))
        {
          message += " (did you mean `\(close)`?)"
        }
        log.error(file, fields.location(ofField: "kind"), message)
      }
    }
    let section = fields.id(
      "section", required: true, hint: "the id of the section of `\(topicID)` it checks")
    let prompt = fields.text("prompt", required: true, hint: "the question learners see")
    let explanation = fields.text(
      "explanation", required: true, hint: "why the right answer is right, in a sentence or two")
    let reexplanation = fields.text(
      "reexplain", required: true,
      hint: "the same point said another way, for a second try")
    let hint = fields.text("hint")
    var markdownTexts: [(text: String, line: Int)] = []
    for (key, text) in [("explanation", explanation), ("reexplain", reexplanation)] {
      guard let text else { continue }
      let location = fields.location(ofField: key)
      markdownTexts.append((text, location.line))
      let pictures = LinkChecker.check(
        text, folder: "questions", file: file, firstLine: location.line, log: log)
      if !pictures.isEmpty {
        log.error(
          file, location,
          "`\(key)` shows a picture, but the quiz shows only words; put the picture in the "
            + "topic's section and describe what matters here in words")
      }
    }
    let isRedFlag = fields.bool("red-flag") ?? false
    let signs = fields.idList("signs") ?? []

    var choices: [String] = []
    var answer: Answer?
    if let kind {
      choices = readChoices(fields, kind: kind)
      answer = readAnswer(fields, kind: kind, choices: choices)
    }
    if kind != .shortAnswer, fields.has("synonyms") {
      log.warning(
        file, fields.location(ofField: "synonyms"),
        "`synonyms` only apply to `short` questions and are ignored here; remove them")
    }
    let rejected = fields.textList("reject") ?? []
    if kind != .shortAnswer, fields.has("reject") {
      log.warning(
        file, fields.location(ofField: "reject"),
        "`reject` only applies to `short` questions and is ignored here; remove it")
    }
    if case .text(let accepted, let synonyms) = answer {
      let right = Set((accepted + synonyms).map { $0.lowercased() })
      for item in rejected where right.contains(item.text.lowercased()) {
        log.error(
          file, item.location,
          "\(Quoting.quote(item.text)) is both a right answer and in `reject`; remove it from "
            + "one of them")
      }
    }
    guard let id, let kind, let section, let prompt, let explanation, let reexplanation,
      let answer
    else { return nil }
    let question = Question(
      id: id, topicID: topicID, sectionID: section, kind: kind, prompt: prompt, choices: choices,
      answer: answer, explanation: explanation, reexplanation: reexplanation, hint: hint,
      isRedFlag: isRedFlag, warningSignIDs: signs.map(\.text), file: file,
      line: fields.location.line,
      rejectedAnswers: kind == .shortAnswer ? rejected.map(\.text) : [])
    return ParsedQuestion(
      question: question, idLocation: fields.location(ofField: "id"),
      signLocations: signs.map { ($0.text, $0.location) }, markdownTexts: markdownTexts)
  }

  private static func readChoices(_ fields: FieldReader, kind: QuestionKind) -> [String] {
    switch kind {
    case .singleChoice, .multipleChoice, .order:
      let items = fields.textList(
        "choices", required: true, hint: "the choices as a list, one per line starting with `- `")
      guard let items else { return [] }
      if items.count < 2 {
        fields.log.error(
          fields.file, fields.location(ofField: "choices"),
          "a `\(kind.rawValue)` question needs at least 2 choices; it has \(items.count)")
      }
      if items.count > maximumChoices {
        fields.log.error(
          fields.file, fields.location(ofField: "choices"),
          "a question can have at most \(maximumChoices) choices (a to z); it has \(items.count)")
      }
      var seen: Set<String> = []
      for item in items where !seen.insert(item.text).inserted {
        fields.log.warning(
          fields.file, item.location,
          "the choice \(Quoting.quote(item.text)) is listed twice; make each choice different")
      }
      return items.map(\.text)
    case .trueFalse, .shortAnswer:
      if fields.has("choices") {
        fields.log.warning(
          fields.file, fields.location(ofField: "choices"),
          "a `\(kind.rawValue)` question has no choices, so `choices` is ignored; remove it")
      }
      return []
    }
  }

  private static func readAnswer(_ fields: FieldReader, kind: QuestionKind, choices: [String])
    -> Answer?
  {
    let file = fields.file
    let log = fields.log
    guard let node = fields.node("answer") else {
      let example: String
      switch kind {
      case .singleChoice: example = "one letter, like `answer: b`"
      case .multipleChoice: example = "a list of letters, like `answer: [a, c]`"
      case .trueFalse: example = "`answer: true` or `answer: false`"
      case .order: example = "every letter in the right order, like `answer: [c, a, b]`"
      case .shortAnswer: example = "the accepted answers, like `answer: [flush, flushing]`"
      }
      log.error(file, fields.location, "question has no `answer`; add \(example)")
      return nil
    }
    let location = fields.location(of: node)
    let lastLetter = choices.isEmpty ? nil : letter(min(choices.count, maximumChoices) - 1)
    let letterAdvice = lastLetter.map { "use a letter from a to \($0)" } ?? "list the choices first"

    func index(of item: YAMLNode) -> Int? {
      let itemLocation = fields.location(of: item)
      guard case .scalar = item.content, let text = FieldReader.scalarText(item) else {
        log.error(
          file, itemLocation, "each answer should be one letter naming a choice; \(letterAdvice)")
        return nil
      }
      let lowered = text.lowercased()
      guard lowered.count == 1, let scalar = lowered.unicodeScalars.first,
        ("a"..."z").contains(scalar)
      else {
        log.error(
          file, itemLocation,
          "answer \(Quoting.quote(text)) should be the letter of a choice, not its text; "
            + letterAdvice)
        return nil
      }
      let value = Int(scalar.value - Unicode.Scalar("a").value)
      guard value < choices.count else {
        if let lastLetter {
          log.error(
            file, itemLocation,
            "answer \(Quoting.quote(text)) is not one of the choices a–\(lastLetter); "
              + letterAdvice)
        }
        return nil
      }
      return value
    }

    func letters() -> [YAMLNode]? {
      guard case .sequence(let sequence) = node.content else {
        let example = kind == .order ? "[c, a, b]" : "[a, c]"
        log.error(
          file, location,
          "the answer of a `\(kind.rawValue)` question should be a list of letters, like "
            + "`\(example)`")
        return nil
      }
      return Array(sequence)
    }

    switch kind {
    case .singleChoice:
      if case .sequence = node.content {
        log.error(
          file, location,
          "a `single` question has one answer, like `answer: b`; use `kind: multiple` for more")
        return nil
      }
      return index(of: node).map(Answer.choice)

    case .multipleChoice:
      guard let items = letters() else { return nil }
      let indices = items.map(index(of:))
      guard !indices.contains(nil) else { return nil }
      let set = Set(indices.compactMap { $0 })
      if set.isEmpty {
        log.error(
          file, location, "a `multiple` question needs at least one right answer, like `[a, c]`")
        return nil
      }
      if set.count < indices.count {
        log.warning(file, location, "a letter appears twice in `answer`; list each once")
      }
      return .choices(set)

    case .trueFalse:
      guard let value = FieldReader.boolValue(node) else {
        log.error(
          file, location, "the answer of a `true-false` question should be `true` or `false`")
        return nil
      }
      return .truth(value)

    case .order:
      guard let items = letters() else { return nil }
      let indices = items.map(index(of:))
      guard !indices.contains(nil) else { return nil }
      let order = indices.compactMap { $0 }
      let missing = choices.indices.filter { !order.contains($0) }.map(letter)
      var counts: [Int: Int] = [:]
      for index in order { counts[index, default: 0] += 1 }
      let repeated = counts.filter { $0.value > 1 }.keys.sorted().map(letter)
      guard missing.isEmpty, repeated.isEmpty else {
        var problems: [String] = []
        if !missing.isEmpty { problems.append("\(missing.joined(separator: ", ")) missing") }
        if !repeated.isEmpty {
          problems.append("\(repeated.joined(separator: ", ")) more than once")
        }
        log.error(
          file, location,
          "the answer of an `order` question must list every choice exactly once ("
            + problems.joined(separator: "; ") + ")")
        return nil
      }
      return .order(order)

    case .shortAnswer:
      let accepted: [String]
      if case .scalar = node.content, let text = FieldReader.scalarText(node) {
        accepted = [text]
      } else if let items = fields.textList("answer") {
        accepted = items.map(\.text)
      } else {
        return nil
      }
      if accepted.isEmpty {
        log.error(
          file, location, "a `short` question needs at least one accepted answer, like `[flush]`")
        return nil
      }
      let synonyms = fields.textList("synonyms")?.map(\.text) ?? []
      return .text(accepted: accepted, synonyms: synonyms)
    }
  }

  static func letter(_ index: Int) -> String {
    String(UnicodeScalar(UInt8(ascii: "a") + UInt8(clamping: max(0, min(index, 25)))))
  }
}
