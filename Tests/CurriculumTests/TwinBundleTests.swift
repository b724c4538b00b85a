import Foundation
import TestSupport
import Testing

@testable import Curriculum

/// A bundle and its translation match id for id: lint finds the one beside it, and reports a
/// missing question, a changed answer letter, a missing section or topic where they are.
@Suite struct TwinBundleTests {
  static let english = TemporaryBundle.fixtures.appendingPathComponent("valid")
  static let spanish = TemporaryBundle.fixtures.appendingPathComponent("valid-es")

  private func twinErrors(_ report: LintReport) -> [Diagnostic] {
    report.diagnostics.filter { $0.severity == .error && $0.message.contains("in ") }
  }

  @Test func theTranslationBesideItIsFoundAndMatches() throws {
    let found = TwinBundleChecker.sibling(of: Self.spanish, id: "test-port", language: .spanish)
    #expect(found?.lastPathComponent == "valid")
    let back = TwinBundleChecker.sibling(of: Self.english, id: "test-port", language: .english)
    #expect(back?.lastPathComponent == "valid-es")
    let report = BundleLinter.lint(directory: Self.spanish)
    #expect(!report.hasErrors, "\(report.text())")
    #expect(!BundleLinter.lint(directory: Self.english).hasErrors)
  }

  @Test func aMissingQuestionIsAnErrorWhereItBelongs() throws {
    let copy = try TemporaryBundle(copying: "valid-es")
    let text = try copy.read("questions/care.yaml")
    let cut = try #require(text.range(of: "  - id: care-bleeding"))
    try copy.write("questions/care.yaml", String(text[..<cut.lowerBound]))
    let report = BundleLinter.lint(directory: copy.url, twin: Self.english)
    let problem = try #require(
      report.diagnostics.first { $0.message.contains("question `care-bleeding`") })
    #expect(problem.severity == .error && problem.file == "questions/care.yaml")
    #expect(problem.message.contains("but not here"))
  }

  @Test func aChangedAnswerLetterIsAnErrorAtItsQuestion() throws {
    let copy = try TemporaryBundle(copying: "valid-es")
    try copy.replace(
      "      - Una vez al año\n    answer: b", with: "      - Una vez al año\n    answer: c",
      in: "questions/care.yaml")
    let report = BundleLinter.lint(directory: copy.url, twin: Self.english)
    let problem = try #require(
      report.diagnostics.first { $0.message.contains("question `care-how-often`") })
    #expect(problem.severity == .error && problem.file == "questions/care.yaml")
    #expect(problem.line == 3)
    #expect(problem.message.contains("its answer is `c` here but `b`"))
  }

  @Test func aMissingSectionAndAnExtraOneAreErrors() throws {
    let copy = try TemporaryBundle(copying: "valid-es")
    try copy.replace("{#when-to-call}", with: "{#cuando-llamar}", in: "topics/care.md")
    let questions = try copy.read("questions/care.yaml")
    try copy.write(
      "questions/care.yaml",
      questions.replacingOccurrences(
        of: "section: when-to-call", with: "section: cuando-llamar"))
    let report = BundleLinter.lint(directory: copy.url, twin: Self.english)
    let messages = report.diagnostics.filter { $0.file == "topics/care.md" }.map(\.message)
    #expect(messages.contains { $0.contains("section `cuando-llamar` is not in topic `care`") })
    #expect(messages.contains { $0.contains("section `when-to-call` of topic `care`") })
  }

  @Test func theSpanishReadabilityIsFernandezHuerta() throws {
    let copy = try TemporaryBundle(copying: "valid-es")
    try copy.replace("reading-grade-target: 8", with: "reading-grade-target: 1", in: "bundle.yaml")
    let report = BundleLinter.lint(directory: copy.url, twin: Self.english)
    let grade = report.diagnostics.filter { $0.message.contains("reads at grade") }
    #expect(!grade.isEmpty)
    #expect(grade.allSatisfy { $0.message.contains("Fernández Huerta") })
    #expect(!grade.contains { $0.message.contains("Flesch") })
  }
}
