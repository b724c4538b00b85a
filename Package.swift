// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "teachback",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "teachback", targets: ["teachback"]),
    .library(name: "Markdown", targets: ["Markdown"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
  ],
  targets: [
    .systemLibrary(name: "CReadline", path: "Sources/CReadline"),
    .target(name: "Markdown"),
    .target(
      name: "Curriculum",
      dependencies: ["Markdown"]
    ),
    .executableTarget(
      name: "teachback-bundle-embedder", dependencies: ["Curriculum"],
      path: "Sources/BundleEmbedder"),
    .plugin(
      name: "EmbedBundle", capability: .buildTool(), dependencies: ["teachback-bundle-embedder"]),
    .target(name: "BuiltInContent", dependencies: ["Curriculum"], plugins: ["EmbedBundle"]),
    .target(name: "Learning", dependencies: ["Markdown", "Curriculum"]),
    .target(
      name: "Privacy",
      dependencies: [.product(name: "CryptoExtras", package: "swift-crypto")]
    ),
    .target(
      name: "LearnerStore",
      dependencies: [
        "Markdown", "Learning", "Curriculum", "Privacy",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .target(
      name: "ClinicStore",
      dependencies: [
        "Markdown", "Learning", "Curriculum", "Privacy", "LearnerStore",
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .target(
      name: "Reports",
      dependencies: ["Markdown", "Curriculum", "Learning", "LearnerStore"],
      exclude: ["Catalogues"]
    ),
    .target(
      name: "Shell",
      dependencies: [
        "Markdown", "Curriculum", "BuiltInContent", "Learning", "LearnerStore", "ClinicStore",
        "Reports", "CReadline",
      ],
      exclude: ["Catalogues"]
    ),
    .executableTarget(
      name: "teachback",
      dependencies: [
        "Shell", "BuiltInContent",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "teachback-bench",
      dependencies: [
        "Shell", "Markdown", "Curriculum", "BuiltInContent", "Learning", "LearnerStore",
      ],
      path: "Benchmarks/TeachbackBench"
    ),
    .executableTarget(
      name: "teachback-store-probe",
      dependencies: ["LearnerStore", "ClinicStore", "Learning"],
      path: "Tests/StoreProbe"
    ),
    .target(
      name: "TestSupport",
      dependencies: ["Shell", "Curriculum", "Learning", "LearnerStore", "ClinicStore"],
      path: "Tests/TestSupport"
    ),
    .testTarget(
      name: "MarkdownTests",
      dependencies: [
        "Markdown", "TestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "CurriculumTests",
      dependencies: ["Curriculum", "TestSupport", .product(name: "Yams", package: "Yams")],
      exclude: ["Fixtures"]),
    .testTarget(name: "LearningTests", dependencies: ["Learning", "TestSupport"]),
    .testTarget(
      name: "LearnerStoreTests",
      dependencies: ["LearnerStore", "ClinicStore", "Privacy", "TestSupport"]),
    .testTarget(name: "PrivacyTests", dependencies: ["Privacy", "TestSupport"]),
    .testTarget(
      name: "ReportsTests", dependencies: ["Reports", "TestSupport"], exclude: ["Snapshots"]),
    .testTarget(
      name: "ShellTests",
      dependencies: [
        "Shell", "BuiltInContent", "TestSupport", "ClinicStore",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      exclude: ["Snapshots"]),
  ],
  swiftLanguageModes: [.v6]
)
