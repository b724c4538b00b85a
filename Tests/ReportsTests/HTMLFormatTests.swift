import Foundation
import Reports
import Testing

@Suite("HTML record page")
struct HTMLFormatTests {
  let record = SampleSession.record()
  let html = try! ReportFormat.html.render(SampleSession.record(), timeZone: .gmt)

  private func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  @Test func isASelfContainedPrintablePage() {
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<h1>Patient education record</h1>"))
    #expect(html.contains("@media print"))
    #expect(html.contains("@page"))
    #expect(!html.lowercased().contains("<script"))
    #expect(!html.contains("src="))
    #expect(!html.contains("<link"))
    #expect(!html.contains("http://") && !html.contains("https://"))
  }

  @Test func hasOneSectionPerLearnerAndASignatureLine() {
    #expect(count("<section class=\"learner\">", in: html) == record.learners.count)
    #expect(html.contains("Sam Rivera <span class=\"role\">patient</span>"))
    #expect(html.contains("Lee, &quot;Jo&quot; <span class=\"role\">parent or caregiver</span>"))
    #expect(html.contains("<section class=\"signature\">"))
    #expect(html.contains("Ada Okafor, RN"))
    #expect(html.contains("Sample port bundle"))
    #expect(html.contains("content version 1.2.0"))
  }

  @Test func drawsOneSVGPerBarWithItsFigureInText() {
    let topics = record.learners.flatMap(\.topics)
    let bars = topics.count + topics.filter { $0.mastery != nil }.count
    #expect(count("<svg", in: html) == bars)
    #expect(html.contains("<span class=\"figure\">2 of 2</span>"))
    #expect(count("aria-hidden=\"true\" focusable=\"false\"", in: html) == bars)
  }

  @Test func saysTheOutcomeInWords() {
    #expect(count("</span> Understood after re-teaching</span>", in: html) == 1)
    #expect(count("</span> Partly understood</span>", in: html) == 1)
    #expect(count("</span> Needs review</span>", in: html) == 1)
    #expect(count("</span> Not assessed</span>", in: html) == 1)
    #expect(html.contains("<strong class=\"red-flag\">Red flag</strong> You have a fever"))
    #expect(html.contains("What to review next time"))
    #expect(html.contains("<h3>Red flags missed</h3>"))
  }

  @Test func escapesHostileText() {
    #expect(!html.contains(SampleSession.hostileNote))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
    #expect(html.contains("Needs glasses for small print."))
  }

  @Test func showsTimesInTheGivenZone() {
    #expect(html.contains("29 Nov 2026, 09:00–09:45 (45 min)"))
    #expect(html.contains("times in UTC"))
  }

  @Test func everyPrintedPageSaysWhoseRecordItIs() throws {
    #expect(html.contains("@bottom-left"))
    #expect(html.contains("counter(pages)"))
    #expect(html.contains("Sam Rivera\\3b  Lee\\2c  \\22 Jo\\22 "))
    let hostile = SampleSession.activity(
      .init(id: 1, name: "</style><script>alert(1)</script>\"\\", role: .patient, pathID: nil), [],
      read: [])
    let page = try ReportFormat.html.render(
      EducationRecord(
        bundle: SampleSession.bundle, learners: [hostile], session: nil,
        generatedAt: SampleSession.generatedAt), timeZone: .gmt)
    #expect(page.components(separatedBy: "</style>").count == 2, "only the stylesheet's own end")
    #expect(!page.contains("<script"))
  }
}
