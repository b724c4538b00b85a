import Foundation
import LearnerStore
import Learning

/// How long checking a PIN takes through the store (scrypt N = 2^16, r = 8, p = 1, plus the
/// access event's write): at home, one derivation; in clinic mode, two (the PIN and the
/// passphrase, whichever was typed). Slow by design: 100–500 ms is the aim.
enum SecretBenchmark {
  static func run() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("teachback-bench-secret-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteLearnerStore(path: folder.appendingPathComponent("progress.sqlite").path)
    let rosa = try store.addLearner(name: "Rosa", role: .patient, pathID: nil)
    try store.setPIN("2468", learnerID: rosa.id, at: Date())
    for mode in ["home", "clinic"] {
      if mode == "clinic" { try store.turnOnClinicMode(passphrase: "harbor lights 42", at: Date()) }
      var samples: [Double] = []
      for round in 0..<11 {
        let start = DispatchTime.now().uptimeNanoseconds
        _ = try store.checkSecret(
          round.isMultiple(of: 2) ? "2468" : "0000", forLearnerNamed: "Rosa", at: Date())
        if round > 0 { samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6) }
      }
      samples.sort()
      print(
        String(
          format:
            "secret (%@): checking a PIN: median %.0f ms, min %.0f ms, max %.0f ms (%d checks)",
          mode, samples[samples.count / 2], samples.first ?? 0, samples.last ?? 0, samples.count))
    }
  }
}
