import Foundation
import Markdown

/// What every back end checks before it keeps a name, so both refuse the same things.
package enum StoreRules {
  /// `name` trimmed, once it is known to be a name a learner can have. Throws
  /// `controlCharacterInLearnerName` and `invalidLearnerName`.
  package static func learnerName(_ name: String) throws -> String {
    let name = trimmed(name)
    if let scalar = name.unicodeScalars.first(where: TextSanitizer.isForbidden) {
      throw LearnerStoreError.controlCharacterInLearnerName(scalar.value)
    }
    guard name.count <= 100, name.contains(where: { $0.isLetter || $0.isNumber })
    else { throw LearnerStoreError.invalidLearnerName }
    return name
  }

  /// `name` trimmed, once it is known to be a name an educator can have. Throws
  /// `controlCharacterInEducatorName` and `invalidEducatorName`.
  package static func educatorName(_ name: String) throws -> String {
    let name = trimmed(name)
    if let scalar = name.unicodeScalars.first(where: TextSanitizer.isForbidden) {
      throw LearnerStoreError.controlCharacterInEducatorName(scalar.value)
    }
    guard name.count <= 100, name.contains(where: { $0.isLetter || $0.isNumber })
    else { throw LearnerStoreError.invalidEducatorName }
    return name
  }

  package static func trimmed(_ name: String) -> String {
    name.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The learners of a session in the order given, each once; throws `noLearnersInSession`.
  package static func sessionLearners(_ learnerIDs: [Int64]) throws -> [Int64] {
    var seen: Set<Int64> = []
    let learnerIDs = learnerIDs.filter { seen.insert($0).inserted }
    guard !learnerIDs.isEmpty else { throw LearnerStoreError.noLearnersInSession }
    return learnerIDs
  }

  /// `date` as both back ends keep it (Unix seconds in a double), so that what a call returns
  /// equals what later reads return.
  package static func asStored(_ date: Date) -> Date {
    Date(timeIntervalSince1970: date.timeIntervalSince1970)
  }

  /// The choices of an answer as the `chosen` column keeps them: `[0, 2]` as `0,2`.
  package static func chosenText(_ choices: [Int]?) -> String? {
    choices.map { $0.map(String.init).joined(separator: ",") }
  }
}
