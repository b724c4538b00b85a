import Dispatch
import Foundation

/// Runs the PostgreSQL client's async work for synchronous callers (the shell is synchronous).
///
/// The work runs on threads of its own (a Dispatch queue set as the tasks' executor), never on
/// the Swift concurrency pool, so a caller that blocks a pool thread while it waits (a test, say)
/// cannot starve the work it is waiting for.
final class BlockingBridge: TaskExecutor, @unchecked Sendable {
  private let queue = DispatchQueue(label: "teachback.clinic-store", attributes: .concurrent)

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
  }

  /// Starts `body` in a task on this bridge's threads and returns at once.
  func start(_ body: @escaping @Sendable () async -> Void) -> Task<Void, Never> {
    Task(executorPreference: self) { await body() }
  }

  /// `wait(timeout:)` waited that long: the work is cancelled and left to end by itself.
  struct TimedOut: Error {}

  /// Runs `body` on this bridge's threads and waits for what it returns or throws, at most
  /// `timeout` seconds when one is given.
  func wait<T: Sendable>(
    timeout: TimeInterval? = nil, _ body: @escaping @Sendable () async throws -> T
  ) throws -> T {
    let outcome = Outcome<T>()
    let task = Task(executorPreference: self) {
      do {
        outcome.finish(.success(try await body()))
      } catch {
        outcome.finish(.failure(error))
      }
    }
    guard let result = outcome.wait(timeout: timeout) else {
      task.cancel()
      throw TimedOut()
    }
    return try result.get()
  }
}

/// One result handed from the bridge's thread to the waiting one.
private final class Outcome<T: Sendable>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var result: Result<T, any Error>?

  private let lock = NSLock()

  func finish(_ result: Result<T, any Error>) {
    lock.withLock { self.result = result }
    done.signal()
  }

  /// The result, or nil when `timeout` passed first.
  func wait(timeout: TimeInterval?) -> Result<T, any Error>? {
    if let timeout {
      guard done.wait(timeout: .now() + timeout) == .success else { return nil }
    } else {
      done.wait()
    }
    return lock.withLock { result }
  }
}
