import Foundation
import TestSupport
import Testing

@testable import Curriculum

/// The bytes the build compiles into the program read back as the same bundle, and anything
/// else is refused as damaged instead of trapping or half-loading.
@Suite struct EmbeddedBundleTests {
  @Test func embeddedBytesReadBackAsTheSameBundle() throws {
    let loaded = try ImplantedPortBundle.load()
    let read = try BundleCache.bundle(embedded: BundleCache.embeddedBytes(of: loaded))
    #expect(read.manifest == loaded.manifest)
    #expect(read.topics == loaded.topics)
    #expect(read.questions == loaded.questions)
  }

  @Test(arguments: [
    "truncated", "one byte more", "another format", "a folder cache",
  ])
  func otherBytesAreRefused(_ damage: String) throws {
    let bytes = BundleCache.embeddedBytes(of: try ImplantedPortBundle.load())
    var damaged = bytes
    switch damage {
    case "truncated": damaged.removeLast(9)
    case "one byte more": damaged.append(0)
    case "another format":
      var writer = BinaryWriter()
      writer.write(String(decoding: BundleCache.magic, as: UTF8.self))
      writer.write("v0 embedded")
      damaged = writer.bytes + bytes.dropFirst(writer.bytes.count)
    default:
      var writer = BinaryWriter()
      writer.write(String(decoding: BundleCache.magic, as: UTF8.self))
      writer.write("v\(BundleCache.formatVersion) /some/folder")
      damaged = writer.bytes
    }
    #expect(throws: EmbeddedBundleDamaged.self) { try BundleCache.bundle(embedded: damaged) }
  }
}
