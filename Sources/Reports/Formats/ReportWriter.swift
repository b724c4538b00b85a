import Curriculum
import Foundation

/// Writes an education record: to a file readable only by its owner (0600, atomically), or to
/// standard output.
public enum ReportWriter {
  /// Renders `record` as `format` and writes it to `file`, or to standard output when `file` is
  /// nil.
  public static func write(
    _ record: EducationRecord, format: ReportFormat, to file: URL?, timeZone: TimeZone = .current
  ) throws {
    let text = try format.render(record, timeZone: timeZone)
    guard let file else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try PrivateFile.write(Data(text.utf8), to: file)
    } catch {
      throw ReportError.cannotWrite(file.path)
    }
  }
}
