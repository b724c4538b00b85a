import Glibc

/// Turns a terminal's echo off while a secret is typed, and back on after.
enum TerminalEcho {
  /// Runs `body` with echo off on `descriptor` when it is a terminal; otherwise just runs it.
  static func off<T>(on descriptor: Int32, _ body: () -> T) -> T {
    var saved = termios()
    guard tcgetattr(descriptor, &saved) == 0 else { return body() }
    var quiet = saved
    quiet.c_lflag &= ~tcflag_t(ECHO | ECHONL)
    quiet.c_lflag |= tcflag_t(ICANON | ISIG)
    tcsetattr(descriptor, TCSAFLUSH, &quiet)
    defer { tcsetattr(descriptor, TCSAFLUSH, &saved) }
    return body()
  }
}
