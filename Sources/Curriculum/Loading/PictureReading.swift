/// Reads the pictures topics show from the bundle's `images` folder: each at most
/// `BundleFiles.maximumPictureSize`, all together at most `maximumTotalSize`, and each truly
/// the kind of picture its name says (checked by its first bytes, not its name alone).
enum PictureReading {
  static let maximumTotalSize = 4 << 20

  static func read(
    _ uses: [LinkChecker.PictureUse], files: BundleFiles, log: DiagnosticLog
  ) -> (pictures: [String: Picture], fileCount: Int) {
    var pictures: [String: Picture] = [:]
    var tried: Set<String> = []
    var total = 0
    var fileCount = 0
    for use in uses where tried.insert(use.path).inserted {
      switch files.readPicture(use.path) {
      case .bytes(let bytes):
        fileCount += 1
        guard let picture = picture(at: use.path, bytes: bytes, log: log) else { continue }
        total += bytes.count
        guard total <= maximumTotalSize else {
          log.error(
            use.file, use.location,
            "the bundle's pictures add up to more than \(maximumTotalSize >> 20) MiB with "
              + "\(use.path); use fewer pictures, or save them smaller")
          continue
        }
        pictures[use.path] = picture
      case .missing:
        log.error(
          use.file, use.location,
          "the picture \(use.path) is not in the bundle; save it there, or fix the name")
      case .failed(let diagnostic):
        fileCount += 1
        log.append(diagnostic)
      }
    }
    return (pictures, fileCount)
  }

  private static func picture(at path: String, bytes: [UInt8], log: DiagnosticLog) -> Picture? {
    guard let named = Picture.Kind(fileName: path) else { return nil }
    guard let found = Picture.Kind(signature: bytes) else {
      log.error(
        path, .start,
        "the file is not a PNG, JPEG, GIF or WebP picture; save the picture again in one of "
          + "those formats")
      return nil
    }
    guard found == named else {
      log.error(
        path, .start,
        "the file's name says \(named.rawValue.uppercased()) but it holds a "
          + "\(found.rawValue.uppercased()) picture; rename it to end in .\(found.fileExtension)")
      return nil
    }
    return Picture(path: path, kind: found, bytes: bytes)
  }
}
