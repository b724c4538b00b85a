import ClinicStore
import Curriculum
import LearnerStore

/// Which store a start uses: the clinic's server when `--store` or the `store.url` setting
/// names a `postgres://` address (`--store` first), else a file on this computer. A clinic
/// store that cannot be opened stops the start: its records are never quietly kept in a file
/// instead.
enum StoreChoice {
  /// The clinic's store, nil when a file is chosen, or why the clinic's cannot be used.
  static func clinicStore(
    _ options: LaunchOptions, settings: LocalSettings, language: Language
  ) -> Result<LearnerStore?, LaunchFailure> {
    guard let target = options.storePath ?? settings[storeURLKey],
      ClinicAddress.isAddress(target)
    else { return .success(nil) }
    do {
      return .success(try PostgresLearnerStore(address: ClinicAddress(target)))
    } catch {
      return .failure(LaunchFailure(ErrorWording.message(for: error, in: language)))
    }
  }

  /// The setting that names the clinic's store.
  static let storeURLKey = "store.url"
}
