import Configuration
import VigieSettings
import Metrics

/// Settings of a ``KafkaConsumer``.
///
/// At-least-once by construction: `enable.auto.offset.store=false` — the caller stores an offset with
/// ``KafkaConsumer/storeOffset(_:)`` once it has processed the message — and stored offsets are committed every
/// ``autoCommitInterval``, when partitions are revoked and on close.
public struct KafkaConsumerConfiguration: Sendable {
    /// Where a group with no committed offset starts.
    public struct OffsetReset: Sendable, Hashable {
        let value: String
        /// The oldest record still in the log.
        public static let beginning = OffsetReset(value: "earliest")
        /// Only records written after the consumer joined.
        public static let end = OffsetReset(value: "latest")
        /// Fail instead of guessing.
        public static let error = OffsetReset(value: "error")
    }

    /// Brokers, `host:port`. Required.
    public var bootstrapServers: [String]
    /// Consumer group (`group.id`), `vigie-<service>` for services. Required.
    public var groupID: String
    /// `client.id`. Default: the group id.
    public var clientID: String
    /// `session.timeout.ms`. Default: 10 s.
    public var sessionTimeout: Duration = .seconds(10)
    /// `heartbeat.interval.ms`. Default: 1 s.
    public var heartbeatInterval: Duration = .seconds(1)
    /// `max.poll.interval.ms`: a member that does not ask for messages for this long leaves the group. Default: 5 min.
    public var maxPollInterval: Duration = .seconds(300)
    /// `auto.offset.reset`. Default: ``OffsetReset/beginning``.
    public var autoOffsetReset: OffsetReset = .beginning
    /// How often stored offsets are committed (`auto.commit.interval.ms`). Default: 500 ms.
    public var autoCommitInterval: Duration = .milliseconds(500)
    /// `fetch.wait.max.ms`: how long the broker may hold an empty fetch. Default: 100 ms; use 10 ms with the
    /// embedded broker, which always waits the whole time.
    public var fetchWaitMax: Duration = .milliseconds(100)
    /// `partition.assignment.strategy`. Default: `roundrobin` (eager). librdkafka 2.0.2's `cooperative-sticky`
    /// aborts (`rd_kafka_sticky_assignor_state_destroy: Assertion 'assignor_state' failed`) when a member closes
    /// before its first assignment, so it is not the default; the rebalance callback handles both protocols.
    public var assignmentStrategy: String = "roundrobin"
    /// Messages buffered ahead of the reader before polling pauses (backpressure). Default: 10 000.
    public var bufferHighWatermark: Int = 10_000
    /// Buffered messages under which polling resumes (at most the high watermark). Default: 2 500.
    public var bufferLowWatermark: Int = 2_500
    /// Most messages handed over in one batch (one poll round). Default: 500. A processor whose cost is per batch
    /// more than per record (alerting evaluates each touched topic once per batch) takes larger ones under load.
    public var maxBatchSize: Int = 500
    /// Period of statistics (`statistics.interval.ms`), `nil` to disable. Default: 5 s.
    public var statisticsInterval: Duration? = .seconds(5)
    /// Any other librdkafka property; wins over the settings above.
    public var additionalConfig: [String: String] = [:]
    /// Where statistics go. Default: the bootstrapped `MetricsSystem`.
    public var metricsFactory: (any MetricsFactory)?

    /// - Parameters:
    ///   - bootstrapServers: Brokers, `host:port`.
    ///   - groupID: Consumer group.
    public init(bootstrapServers: [String], groupID: String) {
        self.bootstrapServers = bootstrapServers
        self.groupID = groupID
        self.clientID = groupID
    }

    /// Reads the configuration.
    ///
    /// ## Configuration keys
    /// - `bootstrapServers` (string list, required): Brokers, `host:port`.
    /// - `groupID` (string, required unless `defaultGroupID` is given): consumer group.
    /// - `sessionTimeoutMs` (int, optional, default: 10000).
    /// - `autoCommitIntervalMs` (int, optional, default: 500).
    /// - `fetchWaitMaxMs` (int, optional, default: 100).
    /// - `autoOffsetReset` (string `beginning`|`end`, optional, default: `beginning`).
    /// - `statisticsIntervalMs` (int, optional, default: 5000, 0 disables).
    /// - Throws: When a required key is missing or a value is invalid.
    public init(config: ConfigReader, defaultGroupID: String? = nil) throws {
        let group: String
        if let defaultGroupID {
            group = config.string(forKey: "groupID", default: defaultGroupID)
        } else {
            group = try config.requiredString(forKey: "groupID")
        }
        self.init(bootstrapServers: try config.requiredStringArray(forKey: "bootstrapServers"), groupID: group)
        sessionTimeout = .milliseconds(try config.checkedInt(forKey: "sessionTimeoutMs", default: 10_000, atLeast: 1))
        autoCommitInterval = .milliseconds(try config.checkedInt(forKey: "autoCommitIntervalMs", default: 500, atLeast: 1))
        fetchWaitMax = .milliseconds(try config.checkedInt(forKey: "fetchWaitMaxMs", default: 100, atLeast: 0))
        switch config.string(forKey: "autoOffsetReset", default: "beginning") {
        case "beginning", "earliest": autoOffsetReset = .beginning
        case "end", "latest": autoOffsetReset = .end
        case "error": autoOffsetReset = .error
        case let other: throw KafkaError(code: .config, reason: "autoOffsetReset: unknown value '\(other)'")
        }
        let statistics = try config.checkedInt(forKey: "statisticsIntervalMs", default: 5000, atLeast: 0)
        statisticsInterval = statistics > 0 ? .milliseconds(statistics) : nil
    }

    var dictionary: [String: String] {
        var result: [String: String] = [
            "bootstrap.servers": bootstrapServers.joined(separator: ","),
            "group.id": groupID,
            "client.id": clientID,
            "session.timeout.ms": String(sessionTimeout.milliseconds),
            "heartbeat.interval.ms": String(heartbeatInterval.milliseconds),
            "max.poll.interval.ms": String(maxPollInterval.milliseconds),
            "enable.auto.commit": "true",
            "auto.commit.interval.ms": String(autoCommitInterval.milliseconds),
            "enable.auto.offset.store": "false",
            "auto.offset.reset": autoOffsetReset.value,
            "fetch.wait.max.ms": String(fetchWaitMax.milliseconds),
            "partition.assignment.strategy": assignmentStrategy,
            "enable.partition.eof": "false",
            "log.queue": "true",
            "socket.nagle.disable": "true",
        ]
        if let statisticsInterval { result["statistics.interval.ms"] = String(statisticsInterval.milliseconds) }
        result.merge(additionalConfig) { _, new in new }
        return result
    }
}
