extension BundleLoadError: UserFacingError {
  public var whatHappened: String { description }
}
