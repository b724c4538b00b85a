import Foundation
import LearnerStore
import Learning

/// Who the shell opens for, decided before it starts.
///
/// `--learner NAME` opens that learner. Otherwise the learner used last is resumed. A store with
/// no learner yet gets one: asked for when a person is at the terminal (`FirstRun`), else a
/// guest, named plainly as one and added only once something needs a learner, so scripts and
/// one-shot commands never stop to ask. In clinic mode, and for a learner with a PIN, nobody is
/// opened: their PIN (or the educator's passphrase) opens them.
package enum StartingLearner: Sendable, Hashable {
  /// Open this learner (already marked as used).
  case open(Learner)
  /// Nobody yet: ask who is learning, with this name when one was given (only the role is
  /// asked then).
  case ask(name: String?)
  /// Nobody yet, and nobody to ask: a guest, added when one is first needed (see
  /// `ShellContext.learner`).
  case guest
  /// Nobody open, and nobody made up: in clinic mode, or when the learner to resume has a PIN.
  /// `learner NAME` opens someone's records.
  case nobody

  /// The learner opened, if one is.
  package var learner: Learner? {
    if case .open(let learner) = self { return learner }
    return nil
  }

  /// The name of the learner used when nobody is named and nobody can be asked.
  package static let guestName = "Guest"

  /// Chooses the learner for a run. `canAsk` is true for the interactive shell on a terminal.
  /// Opening again the learner used last changes nothing in the store, so the usual start-up
  /// (resuming them) writes nothing, and waits for no disk sync, before the first prompt.
  package static func choose(
    named name: String?, in store: LearnerStore, canAsk: Bool, at date: Date
  ) throws -> StartingLearner {
    if try store.accessMode() == .clinic { return .nobody }
    let last = try store.lastUsedLearner()
    if let name = name?.trimmingCharacters(in: .whitespaces), !name.isEmpty {
      if let existing = try store.learner(named: name) {
        if try store.hasPIN(learnerID: existing.id) { return .nobody }
        if existing.id == last?.id && existing.lastUsedAt != nil { return .open(existing) }
        return .open(try store.markUsed(learnerID: existing.id, at: date))
      }
      if canAsk { return .ask(name: name) }
      // Found or added in one transaction, so shells started at the same moment share it.
      let added = try store.learner(named: name, addingAs: .patient, pathID: nil).learner
      return .open(try store.markUsed(learnerID: added.id, at: date))
    }
    if let last {
      if try store.hasPIN(learnerID: last.id) { return .nobody }
      return last.lastUsedAt == nil
        ? .open(try store.markUsed(learnerID: last.id, at: date)) : .open(last)
    }
    return canAsk ? .ask(name: nil) : .guest
  }
}

extension Learner {
  /// Whether this is the learner made when nobody was named.
  var isGuest: Bool { name.lowercased() == StartingLearner.guestName.lowercased() }
}
