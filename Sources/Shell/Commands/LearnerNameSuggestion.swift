import Curriculum
import Learning

/// The learner a mistyped or shortened name most likely means, for "did you mean": the only one
/// whose full name or first name is that name, begins with it, or is one or two typing slips
/// from it. Nil when none fits or several fit equally.
enum LearnerNameSuggestion {
  static func closest(to typed: String, among learners: [Learner]) -> Learner? {
    let key = typed.lowercased().trimmingCharacters(in: .whitespaces)
    guard !key.isEmpty else { return nil }
    let names = learners.map { learner -> (Learner, [String]) in
      let full = learner.name.lowercased()
      return (learner, [full] + full.split(separator: " ").prefix(1).map(String.init))
    }
    let tiers: [(String) -> Bool] = [
      { $0 == key },
      { $0.hasPrefix(key) },
      { EditDistance.between($0, key, limit: key.count > 4 ? 2 : 1) != nil },
    ]
    for fits in tiers {
      let found = names.filter { $0.1.contains(where: fits) }.map(\.0)
      if found.count == 1 { return found[0] }
      if found.count > 1 { return nil }
    }
    return nil
  }
}
