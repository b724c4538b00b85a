import Curriculum
import Foundation
import TestSupport
import Testing

@testable import BuiltInContent

/// The bundle compiled into the program is the one in `content/implanted-port`, as the build
/// saw it, and its Base64 text is read exactly.
@Suite struct BuiltInBundleTests {
  @Test func theBuiltInBundleIsTheShippedFolder() throws {
    let builtIn = try BuiltInBundle.load()
    let folder = try ImplantedPortBundle.load()
    #expect(builtIn.manifest == folder.manifest)
    #expect(builtIn.topics == folder.topics)
    #expect(builtIn.questions == folder.questions)
    #expect(BuiltInBundle.id == folder.manifest.id)
    #expect(BuiltInBundle.version == folder.manifest.version)
  }

  /// Every language the build found a folder for is built in, English first, and decodes to
  /// that folder's bundle; a language not built in gives English.
  @Test func eachLanguageIsItsFolder() throws {
    let spanishFolder = RepositoryFiles.root.appendingPathComponent("content/implanted-port-es")
    let hasSpanish = FileManager.default.fileExists(
      atPath: spanishFolder.appendingPathComponent("bundle.yaml").path)
    #expect(BuiltInBundle.languages == (hasSpanish ? [.english, .spanish] : [.english]))
    let spanish = try BuiltInBundle.load(language: .spanish)
    if hasSpanish {
      let folder = try BundleLoader.load(from: spanishFolder)
      #expect(spanish.manifest == folder.manifest)
      #expect(spanish.questions == folder.questions)
      #expect(spanish.manifest.id == BuiltInBundle.id)
    } else {
      #expect(spanish.manifest.language == .english)
    }
  }

  @Test(
    arguments: [
      ("", []), ("AA==", [0]), ("AAE=", [0, 1]), ("AAEC", [0, 1, 2]),
      ("+/+/", [0xfb, 0xff, 0xbf]), ("SGk=", Array("Hi".utf8)),
    ] as [(String, [UInt8])])
  func base64IsDecoded(_ text: String, _ bytes: [UInt8]) {
    var text = text
    let decoded = text.withUTF8 { Base64.decode($0, expectedCount: bytes.count) }
    #expect(decoded == bytes)
  }

  @Test(arguments: ["A", "AA=", "A===", "=AAA", "AA=A", "AA*A", "AAAA\n"])
  func anythingElseIsRefused(_ text: String) {
    var text = text
    #expect(text.withUTF8 { Base64.decode($0, expectedCount: 1) } == nil)
    #expect(text.withUTF8 { Base64.decode($0, expectedCount: 3) } == nil)
  }

  @Test func aWrongLengthIsRefused() {
    var text = "AAEC"
    #expect(text.withUTF8 { Base64.decode($0, expectedCount: 2) } == nil)
  }
}
