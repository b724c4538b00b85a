/// Where a link or image in bundle content points, after the address is decoded and normalised
/// the way a browser or file system would read it: percent-escapes decoded, backslashes read as
/// slashes, `.` and `..` resolved against the folder of the file that holds the link.
///
/// Content may link to web addresses, email, telephone numbers, its own headings and files inside
/// its bundle; everything else is `refused`, with the reason.
public enum LinkTarget: Sendable, Hashable {
  /// An `http:` or `https:` address.
  case web(String)
  /// A `mailto:` address.
  case email(String)
  /// A `tel:` number.
  case phone(String)
  /// `#fragment`: a place in the same document.
  case sameDocument(fragment: String)
  /// A file inside the bundle, as a path from the bundle's folder (`images/port.png`).
  case bundleFile(path: String, fragment: String?)
  case refused(Refusal)

  public enum Refusal: Sendable, Hashable {
    /// `[words]()`: nothing to go to.
    case noAddress
    /// A scheme content may not use (`file:`, `javascript:`, `data:`, …), lowercased.
    case scheme(String)
    /// A path from the root of the file system or a home folder (`/etc`, `~/x`, `C:\x`).
    case absolutePath
    /// A relative path whose `..` climbs out of the bundle's folder.
    case outsideBundle
    /// Percent-escapes that are not UTF-8, or that decode to a control character.
    case undecodable
  }

  /// Reads `address` (a link destination or image source as the parser gives it) written in a
  /// file in `folder`, a path from the bundle's folder (`topics` for a topic file).
  public init(address: String, inFolder folder: String) {
    if address.isEmpty {
      self = .refused(.noAddress)
      return
    }
    if address.hasPrefix("#") {
      self = .sameDocument(fragment: String(address.dropFirst()))
      return
    }
    if let scheme = Self.scheme(of: address) {
      switch scheme {
      case "http", "https": self = .web(address)
      case "mailto": self = .email(address)
      case "tel": self = .phone(address)
      default:
        // One letter and a colon is a Windows drive (`C:\x`, `c:/x`), not a scheme.
        self = .refused(scheme.count == 1 ? .absolutePath : .scheme(scheme))
      }
      return
    }
    let (pathPart, fragment) = Self.splitFragment(address)
    guard let decoded = Self.percentDecoded(pathPart) else {
      self = .refused(.undecodable)
      return
    }
    let path = String(decoded.map { $0 == "\\" ? "/" : $0 })
    if path.hasPrefix("/") || path.hasPrefix("~") || Self.scheme(of: path)?.count == 1 {
      self = .refused(.absolutePath)
      return
    }
    guard let normalised = Self.resolve(path, from: folder) else {
      self = .refused(.outsideBundle)
      return
    }
    self = .bundleFile(path: normalised, fragment: fragment)
  }

  /// Whether content may show this target as a link.
  public var isAllowed: Bool {
    if case .refused = self { return false }
    return true
  }

  /// Whether Markdown `source` could hold a link, an image or an autolink at all: each needs a
  /// `]` (`[words](…)`, `![…]`, `[words][ref]`), a `<` (`<scheme:…>`) or a `:` (`www.` and
  /// `https://` written as text). Text without any is left alone by the link policy.
  public static func mayHoldAddresses(_ source: String) -> Bool {
    source.utf8.contains {
      $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ":")
    }
  }

  // MARK: - Reading the address

  /// The scheme before the first `:`, lowercased, when the address starts with one (a letter,
  /// then letters, digits, `+`, `-` or `.`); `nil` for a relative address.
  static func scheme(of address: String) -> String? {
    var scheme = ""
    for scalar in address.unicodeScalars {
      if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
      let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
      let isOther = ("0"..."9").contains(scalar) || "+-.".unicodeScalars.contains(scalar)
      guard isLetter || (!scheme.isEmpty && isOther) else { return nil }
      scheme.unicodeScalars.append(scalar)
    }
    return nil
  }

  private static func splitFragment(_ address: String) -> (String, String?) {
    let withoutQuery =
      address.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
      .first.map(String.init) ?? address
    guard let hash = withoutQuery.firstIndex(of: "#") else { return (withoutQuery, nil) }
    return (
      String(withoutQuery[..<hash]), String(withoutQuery[withoutQuery.index(after: hash)...])
    )
  }

  /// The text with `%XX` escapes decoded; `nil` when they are not UTF-8 or decode to a control
  /// character (a NUL or a line break hidden in a path).
  static func percentDecoded(_ text: String) -> String? {
    var bytes: [UInt8] = []
    var iterator = Array(text.utf8)[...]
    while let byte = iterator.popFirst() {
      if byte == UInt8(ascii: "%"), iterator.count >= 2,
        let high = hexValue(iterator[iterator.startIndex]),
        let low = hexValue(iterator[iterator.startIndex + 1])
      {
        bytes.append(high << 4 | low)
        iterator = iterator.dropFirst(2)
      } else {
        bytes.append(byte)
      }
    }
    guard let decoded = String(validating: bytes, as: UTF8.self),
      !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
    else { return nil }
    return decoded
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  /// `path` resolved against `folder`, both relative to the bundle's folder; `nil` when `..`
  /// would leave it.
  private static func resolve(_ path: String, from folder: String) -> String? {
    var parts = folder.split(separator: "/").map(String.init)
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..":
        guard !parts.isEmpty else { return nil }
        parts.removeLast()
      default: parts.append(String(part))
      }
    }
    return parts.joined(separator: "/")
  }
}
