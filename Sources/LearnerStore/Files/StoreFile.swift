import Curriculum
import Foundation

/// The store's file on disk: created private (0600, in a 0700 folder when the folder is new),
/// and checked before SQLite opens it for writing, so that a folder, a named pipe, a device,
/// garbage or a cut-short file is reported rather than "repaired" — or waited on for ever.
enum StoreFile {
  static let sqliteMagic = Array("SQLite format 3\0".utf8)

  /// What is at the store's path, read without blocking and without writing.
  struct Contents {
    var size: UInt64
    /// The first 100 bytes (fewer when the file is shorter).
    var header: [UInt8]

    /// Whether the header says the database keeps a write-ahead log (`-wal` beside it).
    var isInWALMode: Bool { header.count >= 20 && (header[18] == 2 || header[19] == 2) }
  }

  /// The file at `path`, creating an empty private one when nothing is there. The folder must
  /// exist: a mistyped `--store` folder is said, not made. Throws `notAFile` for a folder, named
  /// pipe, device or socket, before anything is written, and `FileProblem` (`noSuchFolder` among
  /// them) when the file cannot be made.
  static func openOrCreate(_ path: String) throws -> Contents {
    if let contents = try inspect(path) { return contents }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
    if descriptor >= 0 {
      fchmod(descriptor, 0o600)
      close(descriptor)
    } else if errno != EEXIST {
      throw FileProblem(errno: errno, path: path, isWriting: true)
    }
    guard let contents = try inspect(path) else {
      throw LearnerStoreError.cannotOpen(path: path, reason: "it disappeared as it was created")
    }
    return contents
  }

  /// Reads the size and header of the regular file at `path`; nil when nothing is there.
  /// Opening is non-blocking, so a named pipe with no writer cannot hold the program.
  static func inspect(_ path: String) throws -> Contents? {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
    if descriptor < 0 {
      let code = errno
      // Nothing there, or a file where a folder should be: creating it then says which.
      if code == ENOENT || code == ENOTDIR { return nil }
      throw LearnerStoreError.cannotOpen(path: path, reason: String(cString: strerror(code)))
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw LearnerStoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    if let kind = kindName(status.st_mode) {
      throw LearnerStoreError.notAFile(path: path, kind: kind)
    }
    var header = [UInt8](repeating: 0, count: 100)
    let count = header.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 100, 0) }
    guard count >= 0 else {
      throw LearnerStoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    return Contents(size: UInt64(status.st_size), header: Array(header.prefix(count)))
  }

  /// What a non-regular file is, in words; nil for a regular file.
  private static func kindName(_ mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: nil
    case S_IFDIR: "folder"
    case S_IFIFO: "named pipe (FIFO)"
    case S_IFCHR, S_IFBLK: "device"
    case S_IFSOCK: "socket"
    default: "special file"
    }
  }

  /// Throws when `contents` cannot be a whole SQLite database. An empty file is fine
  /// (SQLite treats it as a new database).
  static func checkHeader(_ contents: Contents, path: String) throws {
    let size = contents.size
    guard size > 0 else { return }
    let header = contents.header
    guard header.count == 100, Array(header[0..<16]) == sqliteMagic else {
      throw LearnerStoreError.notADatabase(path: path)
    }
    let rawPageSize = Int(header[16]) << 8 | Int(header[17])
    let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
    guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else {
      throw LearnerStoreError.damaged(path: path, detail: "its header names no valid page size")
    }
    let changeCounter = bigEndian(header, 24)
    let pageCount = bigEndian(header, 28)
    let validFor = bigEndian(header, 92)
    // The page count in the header is trusted by SQLite only when it was written together with
    // the change counter; then the file must hold that many pages — unless a write-ahead log is
    // waiting to be folded in (a checkpoint cut short writes page 1 before the pages it counts,
    // and SQLite finishes it from the log).
    if pageCount > 0, validFor == changeCounter, size < UInt64(pageCount) * UInt64(pageSize),
      !hasPendingLog(path)
    {
      throw LearnerStoreError.damaged(
        path: path,
        detail: "it is \(size) bytes long but should hold \(UInt64(pageCount) * UInt64(pageSize))")
    }
  }

  /// Whether a `-wal` or `-journal` file with something in it lies beside the database.
  static func hasPendingLog(_ path: String) -> Bool {
    ["-wal", "-journal"].contains { suffix in
      let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
      return ((attributes?[.size] as? NSNumber)?.intValue ?? 0) > 0
    }
  }

  /// Whether any of the database's companions (`-wal`, `-shm`, `-journal`) exists.
  static func hasCompanions(_ path: String) -> Bool {
    ["-wal", "-shm", "-journal"].contains { access(path + $0, F_OK) == 0 }
  }

  /// An SQLite URI that reads `path` as an unchanging file: no lock, no `-wal` or `-shm`
  /// created beside it. Only for a file no other program is writing (no companions).
  static func immutableURI(_ path: String) -> String {
    var escaped = ""
    for character in path {
      switch character {
      case "%": escaped += "%25"
      case "?": escaped += "%3F"
      case "#": escaped += "%23"
      default: escaped.append(character)
      }
    }
    return "file:" + escaped + "?mode=ro&immutable=1"
  }

  /// Makes the database and its `-wal` and `-shm` companions private (0600) when they exist.
  static func makePrivate(_ path: String) {
    for suffix in ["", "-wal", "-shm"] { chmod(path + suffix, 0o600) }
  }

  private static func bigEndian(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
    bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
  }
}
