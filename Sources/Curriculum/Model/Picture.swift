import Foundation

/// A picture from a bundle's `images/` folder, checked to be what its name says.
package struct Picture: Sendable, Hashable {
  /// The path from the bundle's folder, such as `images/port-in-chest.png`.
  package var path: String
  package var kind: Kind
  package var bytes: [UInt8]

  package enum Kind: String, Sendable, Hashable, CaseIterable {
    case png, jpeg, gif, webp

    package var mediaType: String { "image/\(rawValue)" }
    /// The usual ending of a file name of this kind.
    var fileExtension: String { self == .jpeg ? "jpg" : rawValue }

    /// The kind a file name's extension says, or nil.
    init?(fileName: String) {
      switch fileName.split(separator: ".").last?.lowercased() {
      case "png": self = .png
      case "jpg", "jpeg": self = .jpeg
      case "gif": self = .gif
      case "webp": self = .webp
      default: return nil
      }
    }

    /// The kind the first bytes show, or nil.
    init?(signature bytes: [UInt8]) {
      func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
        bytes.count >= offset + prefix.count
          && Array(bytes[offset..<(offset + prefix.count)]) == prefix
      }
      if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
        self = .png
      } else if starts([0xFF, 0xD8, 0xFF]) {
        self = .jpeg
      } else if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) {
        self = .gif
      } else if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) {
        self = .webp
      } else {
        return nil
      }
    }
  }

  package init(path: String, kind: Kind, bytes: [UInt8]) {
    self.path = path
    self.kind = kind
    self.bytes = bytes
  }

  /// The picture as a `data:` address, for a page that must load nothing from elsewhere.
  package var dataAddress: String {
    "data:\(kind.mediaType);base64,\(Data(bytes).base64EncodedString())"
  }
}

extension ContentBundle {
  /// Every picture as a `data:` address, by its path from the bundle's folder.
  package var pictureAddresses: [String: String] {
    pictures.mapValues(\.dataAddress)
  }
}
