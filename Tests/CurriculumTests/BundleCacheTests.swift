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

/// The cache reader on tampered files: nothing in a cache file can stop the program; anything
/// wrong is discarded and the bundle loaded from its files (and cached again). The fuzzing is
/// seeded: set `TEACHBACK_FUZZ_SEED` to replay the seed a failure prints.
@Suite struct BundleCacheFuzzTests {
  struct Setup {
    let folder: TemporaryFolder
    let bundle: URL
    let cache: URL
    let file: URL
    let signature: String
    let valid: [UInt8]
    let loaded: ContentBundle
  }

  func setUp() throws -> Setup {
    let folder = try TemporaryFolder()
    let bundle = folder.url.appendingPathComponent("bundle")
    try FileManager.default.copyItem(at: RepositoryFiles.implantedPortBundle, to: bundle)
    let cache = folder.url.appendingPathComponent("cache")
    try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
    let loaded = try BundleCache.load(from: bundle, cacheFolder: cache)
    let file = cache.appendingPathComponent(
      try #require(try FileManager.default.contentsOfDirectory(atPath: cache.path).first))
    let signature = try #require(BundleCache.signature(of: bundle))
    return Setup(
      folder: folder, bundle: bundle, cache: cache, file: file, signature: signature,
      valid: Array(try Data(contentsOf: file)), loaded: loaded)
  }

  @Test func aWholeCacheIsRead() throws {
    let setup = try setUp()
    let cached = try #require(BundleCache.read(setup.file, signature: setup.signature))
    #expect(cached.topics == setup.loaded.topics && cached.questions == setup.loaded.questions)
  }

  /// The crash of issue 13: a length near 2^63 made `offset + count` overflow.
  @Test(arguments: [Int64.max, Int64.max - 7, Int64(1) << 62, -1, Int64.min])
  func aHugeLengthIsDiscarded(length: Int64) throws {
    let setup = try setUp()
    for offset in [0, 8 + BundleCache.magic.count] {  // the magic's length, the signature's
      var tampered = Array(setup.valid.dropLast(8))
      withUnsafeBytes(of: UInt64(bitPattern: length).littleEndian) {
        tampered.replaceSubrange(offset..<offset + 8, with: $0)
      }
      try sealed(tampered).write(to: setup.file)  // checksum redone: the decoder must cope
      #expect(BundleCache.read(setup.file, signature: setup.signature) == nil)
    }
    let reloaded = try BundleCache.load(from: setup.bundle, cacheFolder: setup.cache)
    #expect(reloaded.topics == setup.loaded.topics)
    #expect(Array(try Data(contentsOf: setup.file)) == setup.valid)
  }

  /// An answer naming a choice that is not there decodes well but is not used.
  @Test func anIncoherentBundleIsDiscarded() throws {
    let setup = try setUp()
    var bundle = setup.loaded
    let index = try #require(bundle.questions.firstIndex { $0.kind == .singleChoice })
    bundle.questions[index].answer = .choice(99)
    var writer = BinaryWriter()
    writer.write(String(decoding: BundleCache.magic, as: UTF8.self))
    writer.write(setup.signature)
    bundle.encode(to: &writer)
    try sealed(writer.bytes).write(to: setup.file)
    #expect(BundleCache.read(setup.file, signature: setup.signature) == nil)
    let reloaded = try BundleCache.load(from: setup.bundle, cacheFolder: setup.cache)
    #expect(reloaded.questions == setup.loaded.questions)
  }

  /// `payload` with its checksum, as `BundleCache` writes it.
  func sealed(_ payload: [UInt8]) -> Data {
    var checksum = BundleCache.fnv1a(payload[...]).littleEndian
    return Data(payload) + withUnsafeBytes(of: &checksum) { Data($0) }
  }

  /// Random damage (flipped bytes, huge or shifted lengths, cut short): with the checksum left
  /// as it was, every changed file is refused; with the checksum redone (an edit by hand), the
  /// decoder never traps and anything it accepts holds together.
  @Test func fuzzedCacheFilesNeverCrashAndAreRebuilt() throws {
    let setup = try setUp()
    let seed =
      ProcessInfo.processInfo.environment["TEACHBACK_FUZZ_SEED"].flatMap { UInt64($0) }
      ?? UInt64.random(in: 1...999_999)
    print("BundleCacheFuzzTests seed: \(seed) (replay with TEACHBACK_FUZZ_SEED=\(seed))")
    var random = SplitMix(seed: seed)
    let valid = Array(setup.valid.dropLast(8))
    // Where the file holds small numbers: lengths and counts, the fields worth breaking.
    let lengthFields = (0..<(valid.count - 8)).filter { offset in
      let value = (0..<8).reduce(UInt64(0)) { $0 | UInt64(valid[offset + $1]) << (8 * $1) }
      return (1...100_000).contains(value)
    }
    var accepted = 0
    for round in 0..<400 {
      var bytes = valid
      switch random.next() % 4 {
      case 0:
        for _ in 0..<(1 + random.next() % 8) {
          bytes[Int(random.next() % UInt64(bytes.count))] ^= UInt8(1 + random.next() % 255)
        }
      case 1:
        let offset = lengthFields[Int(random.next() % UInt64(lengthFields.count))]
        let huge = [UInt64.max, UInt64(Int64.max), UInt64(Int64.max) - random.next() % 64]
        withUnsafeBytes(of: huge[Int(random.next() % 3)].littleEndian) {
          bytes.replaceSubrange(offset..<offset + 8, with: $0)
        }
      case 2:
        bytes.removeLast(1 + Int(random.next() % UInt64(bytes.count - 1)))
      default:
        let offset = lengthFields[Int(random.next() % UInt64(lengthFields.count))]
        bytes[offset] = bytes[offset] &+ UInt8(1 + random.next() % 3)
      }
      let resealed = round % 2 == 0
      try (resealed ? sealed(bytes) : Data(bytes) + setup.valid.suffix(8)).write(to: setup.file)
      let read = BundleCache.read(setup.file, signature: setup.signature)
      if !resealed {
        #expect(read == nil || bytes == valid, "seed \(seed), round \(round)")
      } else if let read {
        accepted += 1
        #expect(read.isCoherentForCache, "seed \(seed), round \(round)")
      }
    }
    print("BundleCacheFuzzTests: \(accepted) of 200 resealed files decoded (coherent)")
    try Data(Array(valid.prefix(100)) + setup.valid.suffix(8)).write(to: setup.file)
    let reloaded = try BundleCache.load(from: setup.bundle, cacheFolder: setup.cache)
    #expect(reloaded.topics == setup.loaded.topics, "seed \(seed)")
    #expect(reloaded.questions == setup.loaded.questions, "seed \(seed)")
    #expect(Array(try Data(contentsOf: setup.file)) == setup.valid, "seed \(seed)")
  }
}

/// SplitMix64: a small seeded generator, so a failing fuzz round can be replayed.
private struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
