import Curriculum

/// The implanted-port bundle compiled into the program at build time (by the EmbedBundle
/// plugin), so one copied binary has its content wherever it runs.
package enum BuiltInBundle {
  /// The embedded bundle's id, known without decoding it (for `--version`).
  package static let id = embeddedBundleID
  /// The embedded bundle's version, known without decoding it.
  package static let version = embeddedBundleVersion

  /// The embedded bundle, already validated when it was built; throws `EmbeddedBundleDamaged`
  /// only if the build wrote something this program cannot read.
  package static func load() throws -> ContentBundle {
    guard let bytes = Base64.decode(embeddedBundleBase64, expectedCount: embeddedBundleByteCount)
    else { throw EmbeddedBundleDamaged() }
    return try BundleCache.bundle(embedded: bytes)
  }
}
