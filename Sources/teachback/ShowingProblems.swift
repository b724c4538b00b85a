import ArgumentParser
import Shell

/// Runs a subcommand's own work, showing a failure on standard error as the shell does and
/// exiting with its status, instead of ArgumentParser's raw `Error:` line.
func showingProblems<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let exit as ExitCode {
    throw exit
  } catch {
    throw ExitCode(Launcher.showProblem(error))
  }
}
