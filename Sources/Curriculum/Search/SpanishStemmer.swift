/// A light Spanish stemmer for search, on folded words (no accents, `ñ` as `n`): plurals
/// (`venas` → `vena`, `infecciones` → `infeccion`; `luz` and `luces` → `luc`), a pronoun joined to a verb
/// (`bañarme` → `banar`), verb endings (`-ar`, `-er`, `-ir`, `-ando`, `-iendo`, `-ado`, `-ido`),
/// `-cion`/`-sion`, `-mente`, and a last `-a`, `-o` or `-e` (`lavado`, `lavar`, `lava` → `lav`;
/// `baño`, `bañarse` → `ban`). Roots keep at least three letters and a vowel. Stems are only
/// compared with each other, never shown.
enum SpanishStemmer {
  static func stem(_ word: String) -> String {
    guard word.allSatisfy(\.isLetter) else { return word }
    guard word.count > 3 else { return zAsC(word) }
    var stem = singular(word)
    stem = withoutPronoun(stem)
    for suffix in suffixes where stem.hasSuffix(suffix) {
      if let root = root(stem, dropping: suffix) {
        stem = root
        break
      }
    }
    if let last = stem.last, "aoe".contains(last), let root = root(stem, dropping: String(last)) {
      stem = root
    }
    return zAsC(stem)
  }

  /// `luz` and `luces`, `lápiz` and `lápices`: a last `z` is written `c` before `-es`.
  private static func zAsC(_ stem: String) -> String {
    stem.hasSuffix("z") ? String(stem.dropLast()) + "c" : stem
  }

  /// Longest first, so `-iendo` goes before `-do` would.
  private static let suffixes = [
    "amiento", "imiento", "mente", "iendo", "ando", "cion", "sion", "ador", "adora", "ado",
    "ada", "ido", "ida", "ar", "er", "ir",
  ]

  private static func singular(_ word: String) -> String {
    if word.hasSuffix("iones") { return String(word.dropLast(2)) }
    if word.hasSuffix("es"), let before = word.dropLast(2).last, !"aeiou".contains(before),
      let root = root(word, dropping: "es")
    {
      return root
    }
    if word.hasSuffix("s"), let before = word.dropLast().last, "aeiou".contains(before),
      let root = root(word, dropping: "s")
    {
      return root
    }
    return word
  }

  /// `bañarme`, `lavarlo`, `poniendole`: the verb without the pronoun after it.
  private static func withoutPronoun(_ word: String) -> String {
    for pronoun in ["nos", "les", "los", "las", "me", "te", "se", "lo", "la", "le"]
    where word.hasSuffix(pronoun) {
      let verb = word.dropLast(pronoun.count)
      if ["ar", "er", "ir", "ando", "iendo"].contains(where: { verb.hasSuffix($0) }),
        verb.count >= 5
      {
        return String(verb)
      }
    }
    return word
  }

  /// `word` without `suffix`, when what is left has three letters or more and a vowel.
  private static func root(_ word: String, dropping suffix: String) -> String? {
    let root = word.dropLast(suffix.count)
    guard root.count >= 3, root.contains(where: { "aeiou".contains($0) }) else { return nil }
    return String(root)
  }
}
