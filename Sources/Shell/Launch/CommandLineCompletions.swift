import BuiltInContent
import Curriculum

/// What a shell's Tab offers for a one-shot command's argument (`teachback read parts#<Tab>`):
/// topic ids, `topic#section` addresses and path ids of the built-in bundle, through the same
/// completer the Teachback shell uses. Learner names are never offered: completion runs without
/// the store, and names stay out of shell scripts.
package enum CommandLineCompletions {
  /// The candidates for `word` as an argument of `kind`; none when the bundle cannot be read.
  package static func words(_ kind: ArgumentKind, startingWith word: String) -> [String] {
    guard let bundle = try? BuiltInBundle.load() else { return [] }
    return ShellSession.completer(for: bundle, store: nil).complete(word, as: kind).candidates
  }
}
