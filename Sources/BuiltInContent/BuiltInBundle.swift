import Curriculum

/// The implanted-port bundle compiled into the program at build time (by the EmbedBundle
/// plugin), in every language it is written in, so one copied binary has its content wherever
/// it runs. Each language is decoded only when it is asked for.
package enum BuiltInBundle {
  /// The embedded bundle's id, known without decoding it (for `--version`).
  package static let id = "\(embeddedBundles[0].id)"
  /// The embedded bundle's version, known without decoding it.
  package static let version = "\(embeddedBundles[0].version)"

  /// The languages the bundle is built in, English first.
  package static var languages: [Language] {
    embeddedBundles.compactMap { Language(rawValue: "\($0.language)") }
  }

  /// The English bundle (the program's first language).
  package static func load() throws -> ContentBundle {
    try load(language: .english)
  }

  /// The bundle in `language`, or in English when it is not built in that language. It was
  /// validated when it was built; throws `EmbeddedBundleDamaged` only if the build wrote
  /// something this program cannot read.
  package static func load(language: Language) throws -> ContentBundle {
    let embedded =
      embeddedBundles.first { "\($0.language)" == language.rawValue } ?? embeddedBundles[0]
    guard let bytes = Base64.decode(embedded.base64, expectedCount: embedded.byteCount)
    else { throw EmbeddedBundleDamaged() }
    return try BundleCache.bundle(embedded: bytes)
  }
}
