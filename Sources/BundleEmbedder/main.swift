// `teachback-bundle-embedder BUNDLE-DIR OUTPUT.swift`: loads and validates a content bundle and
// writes it as Swift source (the bundle cache's bytes in Base64, with the bundle's id and
// version), so the program carries its content. Run at build time by the EmbedBundle plugin;
// a bundle with errors stops the build with each error as file:line:column.
import Curriculum
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
  FileHandle.standardError.write(Data("usage: teachback-bundle-embedder BUNDLE-DIR OUTPUT\n".utf8))
  exit(64)
}
let folder = URL(fileURLWithPath: arguments[1])
let bundle: ContentBundle
do {
  bundle = try BundleLoader.load(from: folder)
} catch {
  FileHandle.standardError.write(
    Data("error: the built-in bundle \(folder.path) has problems:\n\(error)\n".utf8))
  exit(1)
}

let bytes = BundleCache.embeddedBytes(of: bundle)
let source = """
  // Generated at build time by teachback-bundle-embedder from \(folder.lastPathComponent). Do not edit.
  let embeddedBundleID = \(String(reflecting: bundle.manifest.id))
  let embeddedBundleVersion = \(String(reflecting: bundle.manifest.version))
  let embeddedBundleByteCount = \(bytes.count)
  let embeddedBundleBase64: StaticString = "\(Data(bytes).base64EncodedString())"

  """
do {
  let output = URL(fileURLWithPath: arguments[2])
  // Rewritten only when different, so an unchanged bundle recompiles nothing.
  if (try? String(contentsOf: output, encoding: .utf8)) != source {
    try source.write(to: output, atomically: true, encoding: .utf8)
  }
} catch {
  FileHandle.standardError.write(
    Data("error: \(arguments[2]) could not be written: \(error)\n".utf8))
  exit(1)
}
