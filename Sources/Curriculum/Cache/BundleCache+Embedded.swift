/// The bundle cache's bytes without a file signature, for a bundle compiled into the program:
/// the build writes them once (`teachback-bundle-embedder`) and the program reads them at start.
extension BundleCache {
  /// The signature line of an embedded bundle; it changes with the format, so bytes from another
  /// Teachback are refused.
  static var embeddedSignature: String { "v\(formatVersion) embedded" }

  /// A validated bundle as bytes for `bundle(embedded:)`.
  package static func embeddedBytes(of bundle: ContentBundle) -> [UInt8] {
    var writer = BinaryWriter()
    writer.write(String(decoding: magic, as: UTF8.self))
    writer.write(embeddedSignature)
    bundle.encode(to: &writer)
    return writer.bytes
  }

  /// The bundle `embeddedBytes(of:)` wrote; throws `EmbeddedBundleDamaged` for anything else.
  package static func bundle(embedded bytes: [UInt8]) throws -> ContentBundle {
    var reader = BinaryReader(bytes)
    do {
      let header = try reader.readString()
      guard Array(header.utf8) == magic, try reader.readString() == embeddedSignature else {
        throw EmbeddedBundleDamaged()
      }
      let bundle = try ContentBundle(from: &reader)
      guard reader.isAtEnd else { throw EmbeddedBundleDamaged() }
      return bundle
    } catch is BinaryReader.Malformed {
      throw EmbeddedBundleDamaged()
    }
  }
}

/// The content compiled into the program could not be read: the build went wrong.
package struct EmbeddedBundleDamaged: UserFacingError {
  package init() {}
  package var whatHappened: String { "The content built into this program is damaged." }
  package var whatToDo: String {
    "Rebuild Teachback (`swift build`), or point to a bundle folder with --content DIR."
  }
}
