import Foundation

// Writes a target's generated messages from its catalogues:
// generate-messages CATALOGUE_FOLDER TYPE_NAME OUTPUT_FILE ORIGIN

let arguments = CommandLine.arguments
guard arguments.count == 5 else {
  FileHandle.standardError.write(
    Data("usage: generate-messages CATALOGUE_FOLDER TYPE_NAME OUTPUT_FILE ORIGIN\n".utf8))
  exit(64)
}
do {
  let catalogues = try MessageCatalogue.load(from: URL(fileURLWithPath: arguments[1]))
  let mismatches = MessageCatalogue.mismatches(catalogues)
  for mismatch in mismatches {
    FileHandle.standardError.write(Data("\(arguments[1]): \(mismatch)\n".utf8))
  }
  if !mismatches.isEmpty { exit(1) }
  let source = MessageCatalogue.swiftSource(
    for: catalogues, typeName: arguments[2], origin: arguments[4])
  try source.write(toFile: arguments[3], atomically: true, encoding: .utf8)
} catch {
  FileHandle.standardError.write(Data("\(error)\n".utf8))
  exit(1)
}
