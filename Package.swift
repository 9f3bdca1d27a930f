// swift-tools-version: 6.2
import PackageDescription

/// What every service executable uses.
let serviceDependencies: [Target.Dependency] = [
    "VigieKafka", "VigiePostgres", "VigieEvents", "VigieRuntime", "VigieSettings",
    .product(name: "ArgumentParser", package: "swift-argument-parser"),
    .product(name: "Configuration", package: "swift-configuration"),
    .product(name: "Hummingbird", package: "hummingbird"),
    .product(name: "Logging", package: "swift-log"),
    .product(name: "Metrics", package: "swift-metrics"),
    .product(name: "NIOCore", package: "swift-nio"),
    .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
    .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
]

let package = Package(
    name: "vigie",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "vigie-ingest", targets: ["Ingest"]),
        .executable(name: "vigie-scoring", targets: ["Scoring"]),
        .executable(name: "vigie-alerting", targets: ["Alerting"]),
        .executable(name: "vigie-reporting", targets: ["Reporting"]),
        .executable(name: "vigie-devbroker", targets: ["DevBroker"]),
        .executable(name: "vigie-kafka-probe", targets: ["KafkaProbe"]),
        .executable(name: "vigie-bench", targets: ["VigieBench"]),
        .library(name: "VigieKafka", targets: ["VigieKafka"]),
        .library(name: "VigiePostgres", targets: ["VigiePostgres"]),
        .library(name: "VigieEvents", targets: ["VigieEvents"]),
        .library(name: "VigieRuntime", targets: ["VigieRuntime"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-configuration.git", from: "1.4.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-system.git", from: "1.8.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        // C libraries, found through pkg-config.
        .systemLibrary(
            name: "CRdKafka", path: "Shared/CRdKafka", pkgConfig: "rdkafka",
            providers: [.apt(["librdkafka-dev"])]),
        .systemLibrary(
            name: "CLibPQ", path: "Shared/CLibPQ", pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]),

        // Shared modules.
        .target(
            name: "VigieSettings", dependencies: [.product(name: "Configuration", package: "swift-configuration")],
            path: "Shared/VigieSettings"),
        .target(
            name: "VigieKafka",
            dependencies: [
                "CRdKafka", "VigieSettings",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Configuration", package: "swift-configuration"),
            ],
            path: "Shared/VigieKafka"),
        .target(
            name: "VigiePostgres",
            dependencies: [
                "CLibPQ", "VigieSettings",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Configuration", package: "swift-configuration"),
            ],
            path: "Shared/VigiePostgres"),
        .target(name: "VigieEvents", path: "Shared/VigieEvents"),
        .target(name: "VigieScoring", path: "Shared/VigieScoring", exclude: ["Lexicons", "LanguageProfiles"]),
        .target(
            name: "VigieRuntime",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                "VigieKafka", "VigiePostgres", "VigieEvents", "VigieSettings",
            ],
            path: "Shared/VigieRuntime"),
        .target(
            name: "VigieTesting",
            dependencies: [
                "VigieKafka", "VigiePostgres",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            path: "Shared/VigieTesting"),

        // Services.
        .executableTarget(
            name: "Ingest",
            dependencies: serviceDependencies + [
                .product(name: "AsyncHTTPClient", package: "async-http-client"), .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Services/Ingest"),
        .executableTarget(name: "Scoring", dependencies: serviceDependencies + ["VigieScoring"], path: "Services/Scoring"),
        .executableTarget(
            name: "Alerting",
            dependencies: serviceDependencies + [
                "VigieScoring",
                .product(name: "AsyncHTTPClient", package: "async-http-client"), .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Services/Alerting"),
        .executableTarget(name: "Reporting", dependencies: serviceDependencies + ["VigieScoring"], path: "Services/Reporting"),

        // Tools.
        .executableTarget(
            name: "DevBroker",
            dependencies: [
                "VigieKafka", "VigieEvents", "VigieRuntime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            path: "Tools/DevBroker"),
        .executableTarget(
            name: "KafkaProbe",
            dependencies: [
                "VigieKafka",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tools/KafkaProbe"),
        .executableTarget(
            name: "VigieBench",
            dependencies: [
                "VigieKafka", "VigiePostgres", "VigieEvents",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/VigieBench"),

        // Tests.
        .testTarget(
            name: "VigieKafkaTests",
            dependencies: [
                "VigieKafka", "VigieTesting", "VigieEvents",
                .product(name: "MetricsTestKit", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            path: "Tests/VigieKafkaTests"),
        .testTarget(
            name: "VigiePostgresTests",
            dependencies: ["VigiePostgres", "VigieTesting", .product(name: "Logging", package: "swift-log")],
            path: "Tests/VigiePostgresTests"),
        .testTarget(
            name: "VigieEventsTests",
            dependencies: ["VigieEvents", "VigieTesting"],
            path: "Tests/VigieEventsTests",
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "VigieRuntimeTests",
            dependencies: [
                "VigieRuntime", "VigieTesting", "VigieEvents", "VigieKafka", "VigiePostgres",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/VigieRuntimeTests"),
        .testTarget(
            name: "VigieScoringTests",
            dependencies: ["VigieScoring"],
            path: "Tests/VigieScoringTests"),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "VigieKafka", "VigiePostgres", "VigieEvents", "VigieTesting",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/EndToEndTests"),
        .testTarget(
            name: "ScoringTests", dependencies: ["Scoring", "VigieEvents", "VigiePostgres", "VigieScoring", "VigieTesting"],
            path: "Tests/ScoringTests"),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "VigieEvents", "VigiePostgres", "VigieTesting"], path: "Tests/IngestTests"),
        .testTarget(
            name: "AlertingTests",
            dependencies: [
                "Alerting", "VigieEvents", "VigiePostgres", "VigieRuntime", "VigieTesting",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            path: "Tests/AlertingTests"),
        .testTarget(
            name: "ReportingTests",
            dependencies: [
                "Reporting", "VigieEvents", "VigiePostgres", "VigieRuntime", "VigieTesting",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            path: "Tests/ReportingTests"),
        .testTarget(
            name: "DeployTests",
            dependencies: ["VigieEvents", "VigieKafka", "VigieTesting"],
            path: "Tests/DeployTests"),
    ]
)

for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .swiftLanguageMode(.v6),
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
    ]
}
