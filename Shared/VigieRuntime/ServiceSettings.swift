import Configuration
import VigieSettings
import VigieEvents
import VigieKafka
import VigiePostgres

/// What every Vigie service reads from configuration.
///
/// ## Configuration keys (under `vigie.`)
/// - `http.host` (string, default `127.0.0.1`; `0.0.0.0` in containers), `http.port` (int, default: the service's port).
/// - `kafka.bootstrapServers` (string list, required), `kafka.sessionTimeoutMs`, `kafka.fetchWaitMaxMs`,
///   `kafka.autoCommitIntervalMs`, `kafka.statisticsIntervalMs`.
/// - `postgres.url` (string, required, secret), `postgres.maxConnections`.
public struct ServiceSettings: Sendable {
    public var service: VigieService
    public var httpHost: String
    public var httpPort: Int
    public var bootstrapServers: [String]
    public var postgres: PostgresConfiguration
    let kafka: ConfigReader

    /// - Throws: When a required key is missing.
    public init(service: VigieService, config: ConfigReader) throws {
        self.service = service
        httpHost = config.string(forKey: "http.host", default: "127.0.0.1")
        httpPort = try config.checkedInt(forKey: "http.port", default: service.defaultPort, atLeast: 0, atMost: 65_535)
        kafka = config.scoped(to: "kafka")
        bootstrapServers = try kafka.requiredStringArray(forKey: "bootstrapServers")
        postgres = try PostgresConfiguration(config: config.scoped(to: "postgres"))
    }

    /// The producer of this service: client id `vigie-<service>`.
    public func producerConfiguration() throws -> KafkaProducerConfiguration {
        var configuration = try KafkaProducerConfiguration(config: kafka)
        configuration.clientID = service.groupID
        return configuration
    }

    /// A consumer in the service's group `vigie-<service>` (or `group` for a secondary one).
    public func consumerConfiguration(group: String? = nil) throws -> KafkaConsumerConfiguration {
        var configuration = try KafkaConsumerConfiguration(config: kafka, defaultGroupID: group ?? service.groupID)
        if let group { configuration.groupID = group }
        configuration.clientID = configuration.groupID
        return configuration
    }
}
