// `teachback-bundle-embedder BUNDLE-DIR... OUTPUT.swift`: loads and validates content bundles
// (one per language, sharing one id) and writes them as Swift source (each bundle cache's bytes
// in Base64, with the bundle's language, id and version), so the program carries its content.
// Run at build time by the EmbedBundle plugin; a bundle with errors stops the build with each
// error as file:line:column.
import Curriculum
import Foundation

func fail(_ message: String, status: Int32 = 1) -> Never {
  FileHandle.standardError.write(Data(message.utf8))
  exit(status)
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
  fail("usage: teachback-bundle-embedder BUNDLE-DIR... OUTPUT\n", status: 64)
}
var entries: [String] = []
var seen: [Language: String] = [:]
var sharedID: String?
for path in arguments.dropFirst().dropLast() {
  let folder = URL(fileURLWithPath: path)
  let bundle: ContentBundle
  do {
    bundle = try BundleLoader.load(from: folder)
  } catch {
    fail("error: the built-in bundle \(folder.path) has problems:\n\(error)\n")
  }
  let manifest = bundle.manifest
  if let other = seen[manifest.language] {
    fail(
      "error: \(folder.path) and \(other) are both in \(manifest.language.englishName); "
        + "give each language one folder\n")
  }
  if let sharedID, sharedID != manifest.id {
    fail(
      "error: \(folder.path) has the id `\(manifest.id)`, but the first bundle's is "
        + "`\(sharedID)`; a translation keeps its bundle's id\n")
  }
  seen[manifest.language] = folder.path
  sharedID = manifest.id
  let bytes = BundleCache.embeddedBytes(of: bundle)
  entries.append(
    """
      EmbeddedBundle(
        folder: \(String(reflecting: folder.lastPathComponent)),
        language: \(String(reflecting: manifest.language.rawValue)),
        id: \(String(reflecting: manifest.id)), version: \(String(reflecting: manifest.version)),
        byteCount: \(bytes.count), base64: "\(Data(bytes).base64EncodedString())"),
    """)
}

let source = """
  // Generated at build time by teachback-bundle-embedder. Do not edit.
  let embeddedBundles: [EmbeddedBundle] = [
  \(entries.joined(separator: "\n"))
  ]

  """
do {
  let output = URL(fileURLWithPath: arguments[arguments.count - 1])
  // Rewritten only when different, so an unchanged bundle recompiles nothing.
  if (try? String(contentsOf: output, encoding: .utf8)) != source {
    try source.write(to: output, atomically: true, encoding: .utf8)
  }
} catch {
  fail("error: \(arguments[arguments.count - 1]) could not be written: \(error)\n")
}
