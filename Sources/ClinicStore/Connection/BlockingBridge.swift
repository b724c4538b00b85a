import Dispatch

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

  /// Runs `body` on this bridge's threads and waits for what it returns or throws.
  func wait<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = Outcome<T>()
    Task(executorPreference: self) {
      do {
        outcome.finish(.success(try await body()))
      } catch {
        outcome.finish(.failure(error))
      }
    }
    return try outcome.wait()
  }
}

/// One result handed from the bridge's thread to the waiting one.
private final class Outcome<T: Sendable>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var result: Result<T, any Error>?

  func finish(_ result: Result<T, any Error>) {
    self.result = result
    done.signal()
  }

  func wait() throws -> T {
    done.wait()
    return try result!.get()
  }
}
