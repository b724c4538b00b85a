import Foundation
import Learning

/// Whether the store is on a personal computer (`home`) or a shared one (`clinic`), where each
/// learner's records open only with their PIN or the educator's passphrase.
package enum AccessMode: String, Sendable, Hashable {
  case home
  case clinic
}

/// What an access event records. The raw values are what `access_event.kind` holds.
package enum AccessEventKind: String, Sendable, Hashable, CaseIterable {
  case clinicModeOn = "clinic-mode-on"
  case clinicModeOff = "clinic-mode-off"
  case pinSet = "pin-set"
  case pinRemoved = "pin-removed"
  /// The educator's passphrase removed a learner's PIN.
  case pinResetByEducator = "pin-reset-by-educator"
  /// At home, a forgotten PIN removed after a warning (`learner reset-pin NAME`).
  case pinResetAtHome = "pin-reset-at-home"
  case rightEntry = "right-entry"
  case wrongEntry = "wrong-entry"
}

/// One access event: what happened, to whose records (nil when no one's), and when. It holds
/// nothing typed: no secret, no name.
package struct AccessEvent: Sendable, Hashable {
  package var learnerID: Int64?
  package var kind: AccessEventKind
  package var at: Date

  package init(learnerID: Int64?, kind: AccessEventKind, at: Date) {
    self.learnerID = learnerID
    self.kind = kind
    self.at = at
  }
}

/// What a typed PIN or passphrase turned out to be.
package enum SecretCheck: Sendable, Equatable {
  /// The PIN of the learner named.
  case learnersPIN(Learner)
  case educatorPassphrase
  case wrong
}
