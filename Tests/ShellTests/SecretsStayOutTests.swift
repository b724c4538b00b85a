import Foundation
import LearnerStore
import Learning
import Markdown
import Shell
import TestSupport
import Testing

/// No PIN or passphrase, in any form, reaches the history, the transcript, the store's file
/// (its rows, its event text, its write-ahead log) or any record written for the chart.
@Suite(.tags(.slow)) struct SecretsStayOutTests {
  static let passphrase = "Zebra quilt 91"
  static let pin = "Heron8642"
  static let wrongPIN = "Otter5319"
  static let secrets = [passphrase, pin, wrongPIN]

  /// Every spelling of a secret worth looking for: as typed, in other cases, UTF-16, Base64
  /// and hex of its UTF-8.
  static func forms(of secret: String) -> [[UInt8]] {
    let utf8 = Array(secret.utf8)
    let texts = [
      secret, secret.lowercased(), secret.uppercased(), Data(utf8).base64EncodedString(),
      utf8.map { String(format: "%02x", $0) }.joined(),
    ]
    return texts.map { Array($0.utf8) } + [
      secret.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    ]
  }

  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, haystack.count >= needle.count else { return false }
    return (0...(haystack.count - needle.count)).contains { start in
      haystack[start..<(start + needle.count)].elementsEqual(needle)
    }
  }

  @Test func noSecretReachesHistoryTranscriptStoreOrRecords() throws {
    let folder = try TemporaryFolder()
    let storePath = folder.path("progress.sqlite")
    let store = try SQLiteLearnerStore(path: storePath)
    let output = RecordingOutput(width: 80, style: .monochrome)
    let formats = ["md", "html", "json", "csv", "fhir.json"]
    let reports = formats.map {
      "report --for \"Rosa Martinez\" --out \(folder.path("rosa.\($0)"))"
    }
    let lines =
      [
        "clinic on", Self.passphrase, Self.passphrase,
        "learner Rosa Martinez patient",
        "pin set", Self.pin, Self.pin,
        "read parts", "quiz parts", "a", "stop",
        "learner close",
        "learner Rosa Martinez", Self.wrongPIN,
        "learner Rosa Martinez", Self.pin,
        "learner close",
        "learner Rosa Martinez", Self.passphrase,
      ] + reports + [
        "report --session 1", Self.wrongPIN,
        "learner reset-pin Rosa Martinez", Self.passphrase,
        "clinic off", Self.passphrase,
      ]
    let reader = ScriptedLineReader(lines, transcript: output)
    _ = ShellSession(
      bundle: try ImplantedPortBundle.load(), output: output, reader: reader, store: store,
      starting: .nobody, makeSeed: { 7 }, sleep: { _ in }
    ).run()
    #expect(output.text.contains("Clinic mode is off"))
    #expect(try store.accessEvents(learnerID: nil).map(\.kind).contains(.clinicModeOn))

    var places: [(String, [UInt8])] = [
      ("history", Array(reader.remembered.joined(separator: "\n").utf8)),
      ("transcript", Array(output.text.utf8)),
    ]
    for file in ["progress.sqlite", "progress.sqlite-wal"] {
      if let bytes = FileManager.default.contents(atPath: folder.path(file)) {
        places.append((file, [UInt8](bytes)))
      }
    }
    var written = 0
    for format in formats {
      if let bytes = FileManager.default.contents(atPath: folder.path("rosa.\(format)")) {
        places.append(("report .\(format)", [UInt8](bytes)))
        written += 1
      }
    }
    #expect(written == formats.count)
    for (place, bytes) in places {
      for secret in Self.secrets {
        for form in Self.forms(of: secret) {
          #expect(!Self.contains(bytes, form), "a form of a secret reached \(place)")
        }
      }
    }
    try store.close()
  }
}
