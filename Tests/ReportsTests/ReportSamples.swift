import Curriculum
import Foundation
import Reports
import TestSupport
import Testing

/// Writes the sample record (every format) and a handout to `REPORTS_SAMPLE_DIR` when it is set,
/// for `scripts/screenshot-reports.sh` to look at; does nothing otherwise.
@Suite("Report samples")
struct ReportSamples {
  @Test func writeSamplesWhenAsked() throws {
    guard let folder = ProcessInfo.processInfo.environment["REPORTS_SAMPLE_DIR"] else { return }
    let url = URL(fileURLWithPath: folder, isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for format in ReportFormat.allCases {
      try ReportWriter.write(
        SampleSession.record(), format: format,
        to: url.appendingPathComponent("education-record.\(format.fileExtension)"), timeZone: .gmt)
    }
    try PrivateFile.write(
      Data(try ReportFormat.html.render(stressRecord(), timeZone: .gmt).utf8),
      to: url.appendingPathComponent("education-record-long.html"))
    // The shipped bundle once its loader reads it; the small sample bundle until then.
    let handout: Handout
    if let bundle = try? BundleLoader.load(from: RepositoryFiles.implantedPortBundle) {
      let topics = bundle.path(id: "home-care")?.topicIDs.suffix(2) ?? []
      handout = try Handout(bundle: bundle, topicIDs: Array(topics), careTeamContact: nil)
    } else {
      handout = try Handout(
        bundle: SampleBundle.make(), topicIDs: ["about", "care"], careTeamContact: nil)
    }
    try PrivateFile.write(Data(handout.html().utf8), to: url.appendingPathComponent("handout.html"))
  }

  /// Long names, titles, notes and answers, to see that nothing is cut off in print.
  private func stressRecord() -> EducationRecord {
    var bundle = SampleSession.bundle
    bundle.topics[1].title = "Flushing and caring for your port at home, with dressing changes"
    bundle.questions[5].prompt =
      "After you flush the port at home, what should you do with the syringe, the cap and the "
      + "gauze, and who do you tell if the flush felt harder than usual?"
    var session = SampleSession.session()
    session.educatorName = "Maria-Fernanda Gonzalez-Villanueva, RN, BSN, Oncology Nurse Educator"
    session.notes.append(
      RecordNote(
        at: SampleSession.minute(40),
        text: "Grandmother will help at home on weekdays; she reads English slowly and asked for "
          + "the handout in large print. Interpreter (Spanish) present for the second half. "
          + "Averyveryveryverylongwordwithoutanyspacesthatmustwrapsomewhereinsteadofoverflowing"))
    var parent = SampleSession.parentActivity
    parent.learner.name = "Alexandria Konstantinopoulou-Whitfield (mother)"
    parent.attempts.append(
      SampleSession.attempt(
        "care-flush-with",
        "I would use the salt water syringe the nurse gave us, the one with the blue cap",
        correct: true,
        at: 30))
    return EducationRecord(
      bundle: bundle, learners: [SampleSession.patientActivity, parent], session: session,
      generatedAt: SampleSession.generatedAt)
  }
}
