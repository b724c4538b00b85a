import Glibc
import Synchronization

/// Turns SIGINT, SIGTERM, SIGHUP and SIGWINCH into flags the shell checks between reads.
///
/// Handlers only set atomics (async-signal-safe) and are installed without `SA_RESTART`, so a
/// blocking read or poll returns `EINTR` and the reader can act on the flag at once.
package final class SignalMonitor: Sendable {
  package static let shared = SignalMonitor()

  fileprivate let interrupted = Atomic<Bool>(false)
  fileprivate let terminated = Atomic<Bool>(false)
  fileprivate let resized = Atomic<Bool>(false)

  private init() {}

  /// Installs the handlers. Also ignores SIGPIPE, so a closed pipe ends output, not the process.
  package func install() {
    for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = signalMonitorHandler
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(signalNumber, &action, nil)
    }
    signal(SIGPIPE, SIG_IGN)
  }

  /// Unblocks SIGINT, SIGTERM and SIGHUP, which a parent may have left blocked (the mask is
  /// inherited), so that they end a long bundle load at once, before `install` is called.
  package static func unblockTermination() {
    var signals = sigset_t()
    sigemptyset(&signals)
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signalNumber) }
    sigprocmask(SIG_UNBLOCK, &signals, nil)
  }

  /// True once per Ctrl-C.
  package func takeInterrupt() -> Bool { interrupted.exchange(false, ordering: .relaxed) }
  /// True once SIGTERM or SIGHUP has arrived (it stays set).
  package func takeTermination() -> Bool { terminated.load(ordering: .relaxed) }
  /// True once per terminal resize.
  package func takeResize() -> Bool { resized.exchange(false, ordering: .relaxed) }
}

private func signalMonitorHandler(_ signalNumber: Int32) {
  let monitor = SignalMonitor.shared
  switch signalNumber {
  case SIGINT: monitor.interrupted.store(true, ordering: .relaxed)
  case SIGWINCH: monitor.resized.store(true, ordering: .relaxed)
  default: monitor.terminated.store(true, ordering: .relaxed)
  }
}
