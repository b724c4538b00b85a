import Curriculum
import Foundation
import Reports
import Testing

@Suite("Report writer", .serialized)
struct ReportWriterTests {
  @Test(arguments: ReportFormat.allCases)
  func writesAFileOnlyItsOwnerCanRead(format: ReportFormat) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("reports-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("record.\(format.fileExtension)")
    let record = SampleSession.record()
    let previous = umask(0)
    defer { umask(previous) }
    try ReportWriter.write(record, format: format, to: file, timeZone: .gmt)
    let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    #expect(try String(contentsOf: file, encoding: .utf8) == format.render(record, timeZone: .gmt))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path) == [file.lastPathComponent])
  }

  @Test func aMissingFolderIsAnErrorAPersonCanActOn() throws {
    let folder = "/nonexistent-\(UUID().uuidString)"
    let file = URL(fileURLWithPath: "\(folder)/record.html")
    let problem = try #require(throws: FileProblem.self) {
      try ReportWriter.write(SampleSession.record(), format: .html, to: file)
    }
    #expect(problem.cause == .noSuchFolder)
    #expect(problem.message.contains("The folder \(folder) does not exist"))
  }

  @Test func aFolderGivenAsTheFileIsSaidSo() throws {
    let problem = try #require(throws: FileProblem.self) {
      try ReportWriter.write(
        SampleSession.record(), format: .md, to: FileManager.default.temporaryDirectory)
    }
    #expect(problem.cause == .isAFolder)
  }

  @Test func onlyTheLearnersAskedForAppear() throws {
    let record = EducationRecord(
      bundle: SampleSession.bundle, learners: [SampleSession.patientActivity],
      session: SampleSession.session(), generatedAt: SampleSession.generatedAt)
    for format in ReportFormat.allCases {
      let text = try format.render(record, timeZone: .gmt)
      #expect(text.contains("Sam Rivera"), "\(format)")
      #expect(!text.contains("Lee"), "\(format)")
      #expect(!text.contains("Jo"), "\(format)")
      #expect(!text.contains("\"id\" : 7") && !text.contains("\"id\": 7"), "no store id")
    }
  }
}
