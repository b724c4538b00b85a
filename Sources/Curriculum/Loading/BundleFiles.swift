import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the files of one bundle folder, treating the folder as untrusted: every path is
/// resolved (symbolic links included) and must stay inside the folder, only regular files are
/// read, at most `maximumFileSize` bytes (`maximumPictureSize` for a picture), and text must be
/// UTF-8.
struct BundleFiles: Sendable {
  static let maximumFileSize = 1 << 20
  static let maximumPictureSize = 256 << 10

  /// The bundle folder with symbolic links resolved.
  let root: URL
  private let rootPath: String

  /// The folders that hold the bundle's files (the bundle folder, `topics`, `questions`,
  /// `images`, `figures`) whose
  /// real place is inside the bundle: a plain file in one of them needs no further resolving.
  private let foldersInside: Set<String>

  init(root: URL) {
    let standardized = root.standardizedFileURL.path
    let resolved = Self.realPath(standardized) ?? standardized
    let rootPath = resolved.hasSuffix("/") ? resolved : resolved + "/"
    self.root = URL(fileURLWithPath: resolved, isDirectory: true)
    self.rootPath = rootPath
    foldersInside = Set(
      ["", "topics", "questions", "images", "figures"].filter { folder in
        folder.isEmpty || Self.realPath(rootPath + folder).map { $0.hasPrefix(rootPath) } == true
      })
  }

  enum ReadResult {
    case text(String)
    case missing
    case failed(Diagnostic)
  }

  enum PictureResult {
    case bytes([UInt8])
    case missing
    case failed(Diagnostic)
  }

  var rootIsFolder: Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  /// Reads `relativePath` (e.g. `topics/care.md`), normalising line ends to `\n` and dropping a
  /// byte order mark.
  func read(_ relativePath: String) -> ReadResult {
    switch locate(relativePath) {
    case .found(let path, let status): read(relativePath, at: path, status: status)
    case .missing: .missing
    case .failed(let diagnostic): .failed(diagnostic)
    }
  }

  /// The bytes of the picture at `relativePath` (e.g. `images/port.png`), at most
  /// `maximumPictureSize`.
  func readPicture(_ relativePath: String) -> PictureResult {
    switch locate(relativePath) {
    case .found(let path, let status):
      let size = Int(status.st_size)
      if size > Self.maximumPictureSize { return .failed(pictureTooLarge(relativePath, size)) }
      guard
        let bytes = Self.readBytes(
          path, expected: size, limit: Self.maximumPictureSize + 1)
      else {
        return .failed(
          Self.diagnostic(relativePath, "the file could not be read; check that you may read it"))
      }
      if bytes.count > Self.maximumPictureSize {
        return .failed(pictureTooLarge(relativePath, bytes.count))
      }
      return .bytes(bytes)
    case .missing: return .missing
    case .failed(let diagnostic): return .failed(diagnostic)
    }
  }

  private enum Location {
    case found(path: String, status: stat)
    case missing
    case failed(Diagnostic)
  }

  /// Where `relativePath` really is: a regular file inside the bundle, nothing, or a problem.
  private func locate(_ relativePath: String) -> Location {
    func failure(_ message: String) -> Location {
      .failed(Self.diagnostic(relativePath, message))
    }
    let components = relativePath.split(separator: "/", omittingEmptySubsequences: false)
    guard !relativePath.hasPrefix("/"), !components.contains(where: { $0 == ".." || $0.isEmpty })
    else {
      return failure("the path leaves the bundle folder; name a file inside the bundle")
    }
    let path = rootPath + relativePath
    var status = stat()
    let folder = components.dropLast().joined(separator: "/")
    if foldersInside.contains(folder) {
      if lstat(path, &status) != 0 {
        // Nothing there, in a folder known to be inside the bundle: no link to follow.
        if errno == ENOENT { return .missing }
      } else if status.st_mode & mode_t(S_IFMT) == mode_t(S_IFREG) {
        return .found(path: path, status: status)
      }
    }
    guard let resolved = Self.realPath(path) else {
      var status = stat()
      if lstat(path, &status) == 0 {
        return failure("the file is a symbolic link to nothing; put the real file in the bundle")
      }
      return .missing
    }
    guard resolved.hasPrefix(rootPath) else {
      return failure(
        "the file is a symbolic link to a place outside the bundle; copy the file into the "
          + "bundle folder instead")
    }
    guard stat(resolved, &status) == 0, status.st_mode & mode_t(S_IFMT) == mode_t(S_IFREG) else {
      return failure("this is not a regular file; the bundle needs a file here")
    }
    return .found(path: resolved, status: status)
  }

  private static func diagnostic(_ file: String, _ message: String) -> Diagnostic {
    Diagnostic(file: file, line: 1, column: 1, severity: .error, message: message)
  }

  private func pictureTooLarge(_ file: String, _ size: Int) -> Diagnostic {
    Self.diagnostic(
      file,
      "the picture is \(size / 1024) KiB; pictures may be at most \(Self.maximumPictureSize / 1024) "
        + "KiB, so save it smaller (fewer pixels, or as JPEG)")
  }

  private static func failure(_ file: String, _ message: String, line: Int, column: Int)
    -> ReadResult
  {
    .failed(Diagnostic(file: file, line: line, column: column, severity: .error, message: message))
  }

  /// Reads the regular file at `path`, whose `stat` is `status`.
  private func read(_ relativePath: String, at path: String, status: stat) -> ReadResult {
    func failure(_ message: String, line: Int = 1, column: Int = 1) -> ReadResult {
      Self.failure(relativePath, message, line: line, column: column)
    }
    if Int(status.st_size) > Self.maximumFileSize { return failure(tooLarge(Int(status.st_size))) }
    guard
      let bytes = Self.readBytes(
        path, expected: Int(status.st_size), limit: Self.maximumFileSize + 1)
    else {
      return failure("the file could not be read; check that you may read it")
    }
    if bytes.count > Self.maximumFileSize { return failure(tooLarge(bytes.count)) }
    switch Self.decode(bytes) {
    case .success(let text): return .text(text)
    case .failure(let invalid):
      return failure(
        "the file is not valid UTF-8 (byte 0x\(String(invalid.byte, radix: 16, uppercase: true)) "
          + "here); save it as UTF-8 text", line: invalid.line, column: invalid.column)
    }
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// At most `limit` bytes of the file, or nil when it cannot be opened or read. `expected` is
  /// the size `stat` gave; one byte more is asked for, to notice a file that grew since.
  private static func readBytes(_ path: String, expected: Int, limit: Int) -> [UInt8]? {
    // No following a link put in place of the file since it was checked.
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var wanted = min(expected + 1, limit)
    while true {
      var failed = false
      let chunk = [UInt8](unsafeUninitializedCapacity: wanted - bytes.count) { buffer, count in
        count = 0
        while count < buffer.count {
          let read = systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
          if read > 0 {
            count += read
          } else if read == 0 {
            return
          } else if errno != EINTR {
            failed = true
            return
          }
        }
      }
      if failed { return nil }
      let reachedEnd = bytes.count + chunk.count < wanted
      if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
      if reachedEnd || wanted == limit { return bytes }
      wanted = min(wanted * 2, limit)
    }
  }

  /// Names of the regular entries of a bundle subfolder, sorted; empty when it does not exist.
  func fileNames(in folder: String) -> [String] {
    let url = root.appendingPathComponent(folder)
    guard url.resolvingSymlinksInPath().path.hasPrefix(rootPath) else { return [] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted()
  }

  private func tooLarge(_ size: Int) -> String {
    let mebibytes = Double(size) / Double(1 << 20)
    let shown = mebibytes >= 10 ? String(Int(mebibytes)) : String(format: "%.1f", mebibytes)
    return "the file is \(shown) MiB; bundle files may be at most 1 MiB, so split it into "
      + "smaller topics"
  }

  // MARK: - UTF-8

  struct InvalidUTF8: Error {
    var byte: UInt8
    var line: Int
    var column: Int
  }

  static func decode(_ data: [UInt8]) -> Result<String, InvalidUTF8> {
    var bytes = data[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let offset = firstInvalidOffset(bytes) ?? 0
      let before = bytes.prefix(offset)
      let line = 1 + before.count(where: { $0 == UInt8(ascii: "\n") })
      let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.startIndex
      let column = 1 + bytes[lineStart..<(bytes.startIndex + offset)].count { $0 & 0xC0 != 0x80 }
      return .failure(
        InvalidUTF8(byte: bytes[bytes.startIndex + offset], line: line, column: column))
    }
    guard bytes.contains(UInt8(ascii: "\r")) else { return .success(text) }
    return .success(
      text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
  }

  /// Offset (from the slice's start) of the first byte that is not part of valid UTF-8.
  private static func firstInvalidOffset(_ bytes: ArraySlice<UInt8>) -> Int? {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let scalar): offset += scalar.count
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }
}

#if canImport(Glibc)
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  private let systemRead = Darwin.read
#endif
