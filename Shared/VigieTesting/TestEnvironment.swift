import Foundation

/// What the test script (`scripts/test`) provides. A missing variable fails the test with a clear message: suites
/// never skip silently.
public enum TestEnvironment {
    public struct Missing: Error, CustomStringConvertible {
        public let variable: String
        public init(variable: String) { self.variable = variable }
        public var description: String { "\(variable) is not set: run the tests with scripts/test, which starts what they need" }
    }

    public static func require(_ variable: String) throws -> String {
        guard let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty else { throw Missing(variable: variable) }
        return value
    }

    /// `VIGIE_TEST_POSTGRES_URL`: the local PostgreSQL started by `scripts/postgres`.
    public static func postgresURL() throws -> String { try require("VIGIE_TEST_POSTGRES_URL") }
    /// `VIGIE_TEST_KAFKA_BOOTSTRAP_SERVERS`: the embedded broker started by `scripts/devbroker` (or a real Kafka).
    public static func kafkaBootstrapServers() throws -> String { try require("VIGIE_TEST_KAFKA_BOOTSTRAP_SERVERS") }
    /// `VIGIE_TEST_BIN_PATH`: the build folder holding the executables.
    public static func binary(_ name: String) throws -> String { try require("VIGIE_TEST_BIN_PATH") + "/" + name }
    /// `VIGIE_TEST_REPO_ROOT`: the repository, for files under `deploy/`.
    public static func repositoryRoot() throws -> URL { URL(fileURLWithPath: try require("VIGIE_TEST_REPO_ROOT")) }

    /// A unique lower-case name for a topic, group or schema.
    public static func uniqueName(_ prefix: String) -> String {
        "\(prefix)_\(UUID().uuidString.prefix(8).lowercased())"
    }
}
