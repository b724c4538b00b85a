import Foundation

/// Keeps a validated bundle in a private cache file, so the shell starts without parsing YAML
/// and Markdown again while the bundle's files are unchanged.
///
/// The cache is keyed by every bundle file's path, size, modification time and inode; any change
/// (or a new Teachback with another `formatVersion`) means a full load and validation, after
/// which the cache is rewritten. A damaged, foreign or tampered cache file is ignored, never
/// trusted: a checksum ends the file (a flipped byte anywhere is caught), lengths are
/// bounds-checked without overflow (for a file edited with its checksum redone), and the decoded
/// bundle must hold together (answers name existing choices, ids are unique, line numbers are
/// real) before it is used; otherwise the bundle is loaded from its files and cached again.
package enum BundleCache {
  /// Raised when the layout changes, and when validation gets stricter (2: texts holding a
  /// control or text-direction character are refused; 3: sources, sign tiers and retired ids;
  /// 4: a checksum ends the file; 5: pictures, and the link policy; 6: figures; 7: `language` is one the program
  /// speaks), so no cache skips a newer check.
  static let formatVersion = 7
  static let magic = Array("TEACHBACK-BUNDLE-CACHE".utf8)

  /// The bundle in `directory`, from `cacheFolder` when it holds a current copy, else loaded and
  /// validated (throwing `BundleLoadError`) and then cached there.
  package static func load(from directory: URL, cacheFolder: URL?) throws -> ContentBundle {
    guard let cacheFolder, let signature = signature(of: directory) else {
      return try BundleLoader.load(from: directory)
    }
    let file = cacheFolder.appendingPathComponent("bundle-\(fnv1a(signature)).cache")
    if let cached = read(file, signature: signature) { return cached }
    let bundle = try BundleLoader.load(from: directory)
    write(bundle, signature: signature, to: file)
    return bundle
  }

  // MARK: - Signature

  /// One line per file the loader reads: path, size, modification time, inode.
  static func signature(of directory: URL) -> String? {
    let root = directory.standardizedFileURL.path
    var lines = ["v\(formatVersion) \(root)"]
    var paths = ["bundle.yaml"]
    for folder in ["topics", "questions", "images", "figures"] {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)) ?? []
      paths += names.sorted().map { "\(folder)/\($0)" }
    }
    for path in paths {
      var status = stat()
      guard lstat(root + "/" + path, &status) == 0 else { return nil }
      lines.append(
        "\(path) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec) \(status.st_ino)"
      )
    }
    return lines.joined(separator: "\n")
  }

  private static func fnv1a(_ text: String) -> String {
    String(fnv1a(Array(text.utf8)[...]), radix: 16)
  }

  /// The 64-bit FNV-1a hash of `bytes`.
  static func fnv1a(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }

  // MARK: - Reading and writing

  /// The bundle in `file` when it is a whole, current, coherent cache of the bundle with
  /// `signature`; nil for anything else (missing, foreign, stale, cut short or tampered).
  static func read(_ file: URL, signature: String) -> ContentBundle? {
    guard let data = FileManager.default.contents(atPath: file.path), data.count > 8 else {
      return nil
    }
    // The last 8 bytes are the FNV-1a hash of the rest: a flipped byte anywhere (a text, a
    // number) is caught here, not only what breaks the layout.
    let bytes = Array(data)
    let payload = bytes[..<(bytes.count - 8)]
    let stored = bytes[(bytes.count - 8)...].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    guard stored == fnv1a(payload) else { return nil }
    var reader = BinaryReader(Array(payload))
    do {
      let header = try reader.readString()
      guard Array(header.utf8) == magic, try reader.readString() == signature else { return nil }
      let bundle = try ContentBundle(from: &reader)
      return reader.isAtEnd && bundle.isCoherentForCache ? bundle : nil
    } catch {
      return nil
    }
  }

  private static func write(_ bundle: ContentBundle, signature: String, to file: URL) {
    var writer = BinaryWriter()
    writer.write(String(decoding: magic, as: UTF8.self))
    writer.write(signature)
    bundle.encode(to: &writer)
    var bytes = writer.bytes
    var checksum = fnv1a(bytes[...]).littleEndian
    withUnsafeBytes(of: &checksum) { bytes.append(contentsOf: $0) }
    try? PrivateFile.write(Data(bytes), to: file)
  }
}
