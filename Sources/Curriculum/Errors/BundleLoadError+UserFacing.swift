extension BundleLoadError: UserFacingError {
  package var whatHappened: String { description }
}
