import Configuration
import VigieSettings
import Metrics

/// Settings of a ``KafkaProducer``.
///
/// Idempotence is always on (`enable.idempotence=true`, which implies `acks=all`): a retried send never
/// duplicates a record.
public struct KafkaProducerConfiguration: Sendable {
    /// Brokers, `host:port`. Required.
    public var bootstrapServers: [String]
    /// `client.id`. Default: `vigie`.
    public var clientID: String = "vigie"
    /// How long librdkafka waits to fill a batch (`linger.ms`). Default: 5 ms.
    public var linger: Duration = .milliseconds(5)
    /// Maximum records in one batch (`batch.num.messages`). Default: 10 000.
    public var batchMessages: Int = 10_000
    /// Maximum bytes in one batch (`batch.size`). Default: 1 MiB.
    public var batchBytes: Int = 1_048_576
    /// Time for a record to be acknowledged, retries included (`message.timeout.ms`). Default: 30 s.
    public var messageTimeout: Duration = .seconds(30)
    /// Records librdkafka may hold in memory (`queue.buffering.max.messages`). Default: 100 000.
    public var queueMessages: Int = 100_000
    /// Compression (`compression.codec`). Default: `lz4`.
    public var compression: String = "lz4"
    /// Period of statistics (`statistics.interval.ms`), `nil` to disable. Default: 5 s.
    public var statisticsInterval: Duration? = .seconds(5)
    /// How long a graceful shutdown waits for queued records to be acknowledged. Default: 10 s.
    public var flushTimeout: Duration = .seconds(10)
    /// Any other librdkafka property; wins over the settings above.
    public var additionalConfig: [String: String] = [:]
    /// Where statistics go. Default: the bootstrapped `MetricsSystem`.
    public var metricsFactory: (any MetricsFactory)?

    /// - Parameter bootstrapServers: Brokers, `host:port`.
    public init(bootstrapServers: [String]) {
        self.bootstrapServers = bootstrapServers
    }

    /// Reads the configuration.
    ///
    /// ## Configuration keys
    /// - `bootstrapServers` (string list, required): Brokers, `host:port`.
    /// - `clientID` (string, optional, default: `vigie`): `client.id`.
    /// - `lingerMs` (int, optional, default: 5): batching delay.
    /// - `messageTimeoutMs` (int, optional, default: 30000): delivery deadline.
    /// - `compression` (string, optional, default: `lz4`): compression codec.
    /// - `statisticsIntervalMs` (int, optional, default: 5000, 0 disables): statistics period.
    /// - Throws: When `bootstrapServers` is missing.
    public init(config: ConfigReader) throws {
        self.init(bootstrapServers: try config.requiredStringArray(forKey: "bootstrapServers"))
        clientID = config.string(forKey: "clientID", default: clientID)
        linger = .milliseconds(try config.checkedInt(forKey: "lingerMs", default: 5, atLeast: 0))
        messageTimeout = .milliseconds(try config.checkedInt(forKey: "messageTimeoutMs", default: 30_000, atLeast: 0))
        compression = config.string(forKey: "compression", default: compression)
        let statistics = try config.checkedInt(forKey: "statisticsIntervalMs", default: 5000, atLeast: 0)
        statisticsInterval = statistics > 0 ? .milliseconds(statistics) : nil
    }

    var dictionary: [String: String] {
        var result: [String: String] = [
            "bootstrap.servers": bootstrapServers.joined(separator: ","),
            "client.id": clientID,
            "enable.idempotence": "true",
            "acks": "all",
            "linger.ms": String(linger.milliseconds),
            "batch.num.messages": String(batchMessages),
            "batch.size": String(batchBytes),
            "message.timeout.ms": String(messageTimeout.milliseconds),
            "queue.buffering.max.messages": String(queueMessages),
            "compression.codec": compression,
            "log.queue": "true",
            "socket.nagle.disable": "true",
        ]
        if let statisticsInterval { result["statistics.interval.ms"] = String(statisticsInterval.milliseconds) }
        result.merge(additionalConfig) { _, new in new }
        return result
    }
}

extension Duration {
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
