/// Who a caregiver is to the patient, as the educator says it at the start of a session. Kept
/// beside the caregiver's place in that session; the records show it next to the role.
package enum CaregiverRelationship: String, Sendable, Hashable, CaseIterable {
  case parent
  case spouse
  case caregiver
  case other

  /// Reads a relationship as a person types it: `parent` (also `mother`, `father`, `mom`,
  /// `dad`), `spouse` (also `partner`, `husband`, `wife`), `caregiver` (also `carer`), `other`.
  package init?(typed text: String) {
    switch text.trimmingCharacters(in: .whitespaces).lowercased() {
    case "parent", "mother", "father", "mom", "mum", "dad",
      "padre", "madre", "mamá", "mama", "papá", "papa":
      self = .parent
    case "spouse", "partner", "husband", "wife", "esposo", "esposa", "pareja": self = .spouse
    case "caregiver", "carer", "cuidador", "cuidadora": self = .caregiver
    case "other", "otro", "otra": self = .other
    default: return nil
    }
  }
}
