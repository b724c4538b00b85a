import BuiltInContent
import Curriculum
import Foundation
import Learning
import Shell

/// How long grading one typed answer takes on the shipped bundle, word-list and paraphrase
/// checks included: every question, with the kinds of answers people type (the key by letter
/// and in words, each distractor's words, a paraphrase, a slip, a negation, "I don't know",
/// a word of the prompt, 300 characters of noise), each graded on its own clock, 20 rounds.
/// Also the one-off cost of making the grader (the bundle's own words).
enum GradeBenchmark {
  static func run() throws {
    let bundle = try BuiltInBundle.load()
    // Made twice: the first time also pays for the word list's first page faults.
    var builds: [Double] = []
    var grader = AnswerGrader()
    for _ in 0..<2 {
      let start = DispatchTime.now().uptimeNanoseconds
      grader = AnswerGrader(bundle: bundle)
      builds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
    }

    let cases = bundle.questions.flatMap { question in
      inputs(for: question).map { (PresentedQuestion(question), $0) }
    }
    // Each answer graded 20 times (after one warm-up round), each on its own clock.
    var perCase = Array(repeating: [Double](), count: cases.count)
    var right = 0
    for round in 0..<21 {
      for (number, (presented, input)) in cases.enumerated() {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = grader.grade(input, for: presented)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1000
        if round > 0 { perCase[number].append(elapsed) } else if result.isCorrect { right += 1 }
      }
    }
    let samples = perCase.flatMap { $0 }.sorted()
    func percentile(_ p: Double) -> Double {
      samples[min(samples.count - 1, Int(p * Double(samples.count)))]
    }
    print(
      String(
        format: "grade: %d questions, %d answers (%d right), %d gradings: median %.1f µs, "
          + "p90 %.1f µs, p99 %.1f µs, max %.1f µs",
        bundle.questions.count, cases.count, right, samples.count, percentile(0.5),
        percentile(0.9), percentile(0.99), samples.last ?? 0))
    let slowest = perCase.indices.map { ($0, perCase[$0].sorted()[perCase[$0].count / 2]) }
      .sorted { $0.1 > $1.1 }.prefix(3)
    for (number, median) in slowest {
      let (presented, input) = cases[number]
      print(
        String(
          format: "  slowest: %.1f µs median for %@ on %@", median,
          "“\(input.prefix(40))”", presented.question.id))
    }
    print(
      String(
        format: "making the grader (the bundle's own words): %.0f µs first, %.0f µs again",
        builds[0], builds[1]))
    print("target: median under 1 ms (1000 µs)")
  }

  /// The answers tried for `question`.
  private static func inputs(for question: Question) -> [String] {
    var inputs = [
      "I don't know", "?", "not sure", String(repeating: "zq ", count: 100),
    ]
    let promptWords = AnswerText.words(question.prompt).filter { $0.count > 4 }
    inputs.append(contentsOf: promptWords.prefix(2))
    switch question.answer {
    case .choice(let index):
      inputs.append(PresentedQuestion.letter(index))
      inputs.append(String(index + 1))
      inputs.append(contentsOf: question.choices)
      inputs.append(AnswerText.words(question.choices[index]).suffix(3).joined(separator: " "))
      inputs.append("all except a")
    case .choices(let set):
      inputs.append(set.sorted().map { PresentedQuestion.letter($0) }.joined(separator: " "))
      inputs.append(set.sorted().map { question.choices[$0] }.joined(separator: " and "))
      inputs.append(contentsOf: question.choices)
      inputs.append("all except a")
    case .truth:
      inputs.append(contentsOf: ["yep", "nope", "not true", "ture", "that's wrong"])
    case .order(let steps):
      inputs.append(steps.map { PresentedQuestion.letter($0) }.joined(separator: " "))
    case .text(let accepted, let synonyms):
      inputs.append(contentsOf: accepted + synonyms)
      if let key = accepted.first {
        inputs.append("not " + key)
        inputs.append(String(key.dropLast(2)) + String(key.suffix(2).reversed()))
        inputs.append("I think it's the " + key + "s")
      }
    }
    return inputs
  }
}
