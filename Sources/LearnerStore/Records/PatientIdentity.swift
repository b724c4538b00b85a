import Foundation
import Markdown

/// Who a patient is for the chart, as the educator entered it: the medical record number with
/// the system that issued it, and the date of birth. Each entry is kept; a correction is a new
/// entry, so the first one stays with who entered each and when.
package struct PatientIdentity: Sendable, Hashable {
  package var mrn: String?
  /// Who issued the MRN: a hospital's name or an identifier system (`urn:oid:…`, a web address).
  package var mrnSystem: String?
  /// `YYYY-MM-DD`.
  package var birthDate: String?
  /// The educator who entered it.
  package var enteredBy: String
  package var enteredAt: Date

  package init(
    mrn: String?, mrnSystem: String?, birthDate: String?, enteredBy: String, enteredAt: Date
  ) {
    self.mrn = Self.cleaned(mrn)
    self.mrnSystem = Self.cleaned(mrnSystem)
    self.birthDate = Self.cleaned(birthDate)
    self.enteredBy = Self.cleaned(enteredBy) ?? ""
    self.enteredAt = enteredAt
  }

  /// Whether it says anything.
  package var isEmpty: Bool { mrn == nil && birthDate == nil }

  /// One line, without control characters or surrounding spaces, at most 200 characters; nil
  /// when nothing is left.
  private static func cleaned(_ text: String?) -> String? {
    guard let text else { return nil }
    let kept = String(
      TextSanitizer.removingForbidden(text).map { $0.isNewline ? " " : $0 }.prefix(200)
    ).trimmingCharacters(in: .whitespaces)
    return kept.isEmpty ? nil : kept
  }
}
