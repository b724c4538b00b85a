import Foundation
import TestSupport
import Testing

@testable import Curriculum

/// Pictures come only from the bundle's `images` folder, are what their names say, are bounded
/// in size, are described in words, and travel with the bundle through its cache.
@Suite("Pictures")
struct PictureTests {
  /// A real 1×1 PNG.
  static let png = [UInt8](
    Data(
      base64Encoded:
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
    )!)

  private func bundle(showing markdown: String, files: [String: [UInt8]] = [:]) throws
    -> TemporaryBundle
  {
    let copy = try TemporaryBundle()
    try copy.replace("Flushing keeps", with: "\(markdown)\n\nFlushing keeps", in: "topics/care.md")
    for (path, bytes) in files { try copy.write(path, Data(bytes)) }
    return copy
  }

  @Test func loadsAPictureATopicShows() throws {
    let copy = try bundle(
      showing: "![The port under the skin](../images/port.png)",
      files: ["images/port.png": Self.png])
    let result = copy.load()
    #expect(result.errors == [])
    let picture = try #require(result.bundle?.pictures["images/port.png"])
    #expect(picture.kind == .png)
    #expect(picture.bytes == Self.png)
    #expect(picture.dataAddress.hasPrefix("data:image/png;base64,iVBORw0KGgo"))
  }

  @Test func refusesAPictureThatIsNotThere() throws {
    let copy = try bundle(showing: "![The port](../images/port.png)")
    let error = try #require(copy.load().errors.first)
    #expect(error.file == "topics/care.md")
    #expect(error.line == 14)
    #expect(error.message.contains("is not in the bundle"))
  }

  @Test(arguments: [
    (
      [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10] as [UInt8], "holds a JPEG picture; rename it to end in .jpg"
    ),
    (Array("just some text".utf8), "is not a PNG, JPEG, GIF or WebP picture"),
  ])
  func refusesAFileThatIsNotWhatItsNameSays(_ bytes: [UInt8], _ message: String) throws {
    let copy = try bundle(
      showing: "![The port](../images/port.png)", files: ["images/port.png": bytes])
    let error = try #require(copy.load().errors.first)
    #expect(error.file == "images/port.png")
    #expect(error.message.contains(message), "\(error.message)")
  }

  @Test func refusesAPictureOverTheSizeLimit() throws {
    let large = Self.png + [UInt8](repeating: 0, count: BundleFiles.maximumPictureSize)
    let copy = try bundle(
      showing: "![The port](../images/port.png)", files: ["images/port.png": large])
    let error = try #require(copy.load().errors.first)
    #expect(error.file == "images/port.png")
    #expect(error.message.contains("pictures may be at most 256 KiB"))
  }

  @Test(arguments: [
    ("![The port](port.png)", "is not in the bundle's `images` folder"),
    ("![The port](../images/port.svg)", "is not in the bundle's `images` folder"),
    ("![](../images/port.png)", "has no description"),
  ])
  func refusesPicturesOutOfPlaceOrUndescribed(_ markdown: String, _ message: String) throws {
    let copy = try bundle(showing: markdown, files: ["images/port.png": Self.png])
    let error = try #require(copy.load().errors.first)
    #expect(error.file == "topics/care.md")
    #expect(error.message.contains(message), "\(error.message)")
  }

  @Test func refusesAPictureLinkedFromOutsideTheBundle() throws {
    let copy = try bundle(showing: "![The port](../images/port.png)")
    let outside = copy.outside.appendingPathComponent("secret.png")
    try Data(Self.png).write(to: outside)
    try FileManager.default.createDirectory(
      at: copy.url.appendingPathComponent("images"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      at: copy.url.appendingPathComponent("images/port.png"), withDestinationURL: outside)
    let error = try #require(copy.load().errors.first)
    #expect(error.message.contains("a place outside the bundle"))
  }

  @Test func refusesAPictureInAnExplanation() throws {
    let copy = try TemporaryBundle()
    try copy.write("images/port.png", Data(Self.png))
    try copy.replace(
      "explanation: ", with: "explanation: See ![the port](../images/port.png) here. ",
      in: "questions/care.yaml")
    let error = try #require(copy.load().errors.first)
    #expect(error.message.contains("the quiz shows only words"))
  }

  @Test func lintPointsOutAPictureNoTopicShows() throws {
    let copy = try TemporaryBundle()
    try copy.write("images/unused.png", Data(Self.png))
    #expect(
      copy.lint().diagnostics.first("images/unused.png", containing: "no topic shows") != nil)
  }

  @Test func picturesTravelThroughTheCacheAndAChangeIsNoticed() throws {
    let copy = try bundle(
      showing: "![The port under the skin](../images/port.png)",
      files: ["images/port.png": Self.png])
    let cache = try TemporaryFolder()
    let first = try BundleCache.load(from: copy.url, cacheFolder: cache.url)
    let cached = try BundleCache.load(from: copy.url, cacheFolder: cache.url)
    #expect(cached.pictures == first.pictures)
    #expect(cached.pictures["images/port.png"]?.bytes == Self.png)

    try copy.write("images/port.png", Data([0xFF, 0xD8, 0xFF, 0xE0]))
    #expect(throws: BundleLoadError.self) {
      try BundleCache.load(from: copy.url, cacheFolder: cache.url)
    }
  }
}
