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
}
