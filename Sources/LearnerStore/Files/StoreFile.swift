import Foundation

/// The store's file on disk: created private (0600, in a 0700 folder when the folder is new),
/// and checked from its header before SQLite opens it for writing, so that garbage or a cut-short
/// file is reported rather than "repaired".
enum StoreFile {
  static let sqliteMagic = Array("SQLite format 3\0".utf8)

  /// Creates an empty private file at `path` unless something is already there.
  static func createIfMissing(_ path: String) throws {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw LearnerStoreError.cannotOpen(path: path, reason: "it is a folder, not a file")
    }
    let url = URL(fileURLWithPath: path)
    try XDGDirectories.createPrivateDirectory(url.deletingLastPathComponent())
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    if descriptor >= 0 {
      fchmod(descriptor, 0o600)
      close(descriptor)
    } else if errno != EEXIST {
      throw LearnerStoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
  }

  /// Throws when the bytes at `path` cannot be a whole SQLite database. An empty file is fine
  /// (SQLite treats it as a new database).
  static func checkHeader(_ path: String) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw LearnerStoreError.cannotOpen(path: path, reason: "it cannot be read")
    }
    defer { try? handle.close() }
    let size = (try? handle.seekToEnd()) ?? 0
    guard size > 0 else { return }
    try? handle.seek(toOffset: 0)
    let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
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

  private static func hasPendingLog(_ path: String) -> Bool {
    ["-wal", "-journal"].contains { suffix in
      let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
      return ((attributes?[.size] as? NSNumber)?.intValue ?? 0) > 0
    }
  }

  /// Makes the database and its `-wal` and `-shm` companions private (0600) when they exist.
  static func makePrivate(_ path: String) {
    for suffix in ["", "-wal", "-shm"] { chmod(path + suffix, 0o600) }
  }

  private static func bigEndian(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
    bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
  }
}
