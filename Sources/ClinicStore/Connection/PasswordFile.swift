import Foundation

/// The password for a clinic address, found the way libpq finds it: `PGPASSWORD`, else the
/// first matching line of the password file (`PGPASSFILE`, else `~/.pgpass`), each line
/// `host:port:database:user:password` with `*` matching anything and `\:` and `\\` for a colon
/// or backslash. A password file others can read is ignored, as libpq does. Never from the
/// address itself.
package enum PasswordFile {
  package static func password(
    for address: ClinicAddress, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
    let path =
      environment["PGPASSFILE"]
      ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.pgpass"
    guard isPrivate(path), let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      return nil
    }
    let wanted = [address.host, String(address.port), address.database, address.user]
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let fields = self.fields(line)
      guard fields.count == 5 else { continue }
      if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
    }
    return nil
  }

  /// The line's fields, split at unescaped colons.
  static func fields(_ line: Substring) -> [String] {
    var fields: [String] = []
    var field = ""
    var escaped = false
    for character in line {
      if escaped {
        field.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == ":" && fields.count < 4 {
        fields.append(field)
        field = ""
      } else {
        field.append(character)
      }
    }
    fields.append(field)
    return fields
  }

  /// A regular file only its owner can read or write (libpq's rule).
  private static func isPrivate(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
    return info.st_mode & 0o077 == 0
  }
}
