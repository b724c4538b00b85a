/// One bundle the build compiled in: its language, id and version, known without decoding it,
/// and its cache bytes as Base64 (decoded only when the bundle is used).
struct EmbeddedBundle: Sendable {
  /// The folder it was built from, like `implanted-port-es`.
  var folder: StaticString
  var language: StaticString
  var id: StaticString
  var version: StaticString
  var byteCount: Int
  var base64: StaticString
}
