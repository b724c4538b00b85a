import Foundation
import TestSupport
import Testing

@testable import Curriculum

@Suite struct BundleCacheTests {
  /// A copy of the shipped bundle in a temporary folder, so tests can change its files.
  private func copyOfShippedBundle(in folder: TemporaryFolder) throws -> URL {
    let copy = folder.url.appendingPathComponent("bundle")
    try FileManager.default.copyItem(at: RepositoryFiles.implantedPortBundle, to: copy)
    return copy
  }

  @Test func aCachedBundleIsTheSameAsALoadedOne() throws {
    let folder = try TemporaryFolder()
    let bundle = try copyOfShippedBundle(in: folder)
    let cache = folder.url.appendingPathComponent("cache")
    try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)

    let loaded = try BundleLoader.load(from: bundle)
    let first = try BundleCache.load(from: bundle, cacheFolder: cache)
    let files = try FileManager.default.contentsOfDirectory(atPath: cache.path)
    #expect(files.count == 1)
    let cached = try BundleCache.load(from: bundle, cacheFolder: cache)
    for candidate in [first, cached] {
      #expect(candidate.manifest == loaded.manifest)
      #expect(candidate.topics == loaded.topics)
      #expect(candidate.questions == loaded.questions)
    }
    let attributes = try FileManager.default.attributesOfItem(
      atPath: cache.appendingPathComponent(files[0]).path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
  }

  @Test func aChangedFileIsLoadedAgain() throws {
    let folder = try TemporaryFolder()
    let bundle = try copyOfShippedBundle(in: folder)
    _ = try BundleCache.load(from: bundle, cacheFolder: folder.url)
    let topic = bundle.appendingPathComponent("topics/parts.md")
    let text = try String(contentsOf: topic, encoding: .utf8)
    try text.replacingOccurrences(of: "title: The parts of a port", with: "title: Port parts")
      .write(to: topic, atomically: true, encoding: .utf8)
    let reloaded = try BundleCache.load(from: bundle, cacheFolder: folder.url)
    #expect(reloaded.topic(id: "parts")?.title == "Port parts")
  }

  @Test func aDamagedCacheIsIgnored() throws {
    let folder = try TemporaryFolder()
    let bundle = try copyOfShippedBundle(in: folder)
    let cache = folder.url.appendingPathComponent("cache")
    try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
    _ = try BundleCache.load(from: bundle, cacheFolder: cache)
    let file = cache.appendingPathComponent(
      try FileManager.default.contentsOfDirectory(atPath: cache.path)[0])
    let data = try Data(contentsOf: file)
    try Data(data.prefix(data.count / 2) + Data(repeating: 0xFF, count: 64)).write(to: file)
    let reloaded = try BundleCache.load(from: bundle, cacheFolder: cache)
    let loadedDirectly = try BundleLoader.load(from: bundle)
    #expect(reloaded.topics.count == loadedDirectly.topics.count)
  }

  @Test func anInvalidBundleIsNeverCached() throws {
    let folder = try TemporaryFolder()
    let bundle = try copyOfShippedBundle(in: folder)
    try "id: [".write(
      to: bundle.appendingPathComponent("bundle.yaml"), atomically: true, encoding: .utf8)
    let cache = folder.url.appendingPathComponent("cache")
    try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
    #expect(throws: BundleLoadError.self) { try BundleCache.load(from: bundle, cacheFolder: cache) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).isEmpty)
  }
}
