import ClinicStore
import Foundation
import LearnerStore
import Markdown

/// `teachback store copy --from FILE --to postgres://…`: a computer's records into the
/// clinic's, ids kept; run again, it adds nothing twice.
package enum StoreCopy {
  /// Copies and says what was copied. Throws `LearnerStoreError` for a file it cannot read and
  /// `ClinicStoreError` for a server it cannot use or records that would mix.
  package static func run(from path: String, to address: String) throws -> StyledText {
    let address = try ClinicAddress(address)
    let path = NSString(string: path).expandingTildeInPath
    guard FileManager.default.fileExists(atPath: path) else {
      throw LearnerStoreError.cannotOpen(path: path, reason: "there is no such file")
    }
    let file = try SQLiteLearnerStore(path: path)
    let export = try file.export()
    try file.close()
    let clinic = try PostgresLearnerStore(address: address)
    defer { try? clinic.close() }
    let report = try clinic.importRecords(export)
    return StyledText(
      "Copied to \(address.location): \(report.learnersAdded) learners, "
        + "\(report.eventsAdded) events and \(report.otherRecordsAdded) other records"
        + (report.alreadyThere > 0
          ? " (\(report.alreadyThere) were already there from an earlier copy)." : "."))
  }
}
