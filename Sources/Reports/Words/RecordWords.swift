import Learning

// The English an education record uses for the values the Learning module returns. Records
// keep their own words (a record may be charted in another language than the shell speaks);
// the shell's are in `Shell/Words/LearningWords.swift`.

extension LearnerRole {
  /// How the role reads in a record: `parent or caregiver`.
  var title: String {
    switch self {
    case .patient: "patient"
    case .caregiver: "parent or caregiver"
    case .educator: "nurse educator"
    }
  }
}
