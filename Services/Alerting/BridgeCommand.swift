import ArgumentParser
import AsyncHTTPClient
import Configuration
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import ServiceLifecycle
import VigieEvents
import VigieKafka
import VigieRuntime

/// `vigie-alerting bridge --webhook URL`: forwards `vigie.alerts.v1` to a Slack-compatible webhook.
struct Bridge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Forward alert events from vigie.alerts.v1 to a webhook (Slack-compatible JSON), with retries and backoff.",
        discussion: "Records whose signature does not verify (when VIGIE_ALERTS_SIGNING_KEY is set) are skipped and logged.")

    @Option(help: "Webhook URL (VIGIE_BRIDGE_WEBHOOK_URL).") var webhook: String?
    @Option(help: "Consumer group.") var group = "vigie-alerts-bridge"
    @Option(help: "Deliveries tried per alert before giving up.") var maxAttempts = 8
    @Option(help: "Seconds an incident's first alert waits for the related ones, sent together in one message (0: one message per event).")
    var groupWait = 10.0

    func validate() throws {
        guard (0...600).contains(groupWait) else { throw ValidationError("--group-wait must be from 0 to 600 seconds") }
    }

    func run() async throws {
        let config = try await VigieConfiguration.makeReader()
        VigieLogging.bootstrap(config: config)
        let logger = VigieLogging.logger("alerts-bridge", config: config)
        guard let url = webhook ?? config.string(forKey: "bridge.webhookURL") else {
            throw ValidationError("a webhook URL is needed: --webhook or VIGIE_BRIDGE_WEBHOOK_URL")
        }
        let signingKey = config.string(forKey: "alerts.signingKey", isSecret: true).map { Array($0.utf8) }
        var consumerConfiguration = try KafkaConsumerConfiguration(config: config.scoped(to: "kafka"), defaultGroupID: group)
        consumerConfiguration.groupID = group
        let consumer = try KafkaConsumer(configuration: consumerConfiguration, logger: logger)
        try consumer.subscribe(topics: [Topics.alerts.name])
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        var bridge = WebhookBridge(url: url, http: http, logger: logger)
        bridge.maxAttempts = maxAttempts
        let service = BridgeService(consumer: consumer, bridge: bridge, signingKey: signingKey, groupWait: groupWait, logger: logger)
        do {
            try await VigieServiceGroup.make(services: [consumer, service], logger: logger).run()
        } catch {
            try? await http.shutdown()
            throw error
        }
        try? await http.shutdown()
    }
}

struct BridgeService: Service {
    let consumer: KafkaConsumer
    let bridge: WebhookBridge
    let signingKey: [UInt8]?
    var groupWait = 0.0
    let logger: Logger

    /// The alert a record carries, or `nil` (logged) when it is not a verified alert event.
    func alert(in message: KafkaConsumerMessage) -> Alert? {
        let value = Array(message.value?.readableBytesView ?? [])
        if let signingKey {
            let signature = message.header(EventHeaders.signature) ?? ""
            guard signature.hasPrefix("sha256="), HMACSHA256.verify(signatureHex: String(signature.dropFirst(7)), key: signingKey, message: value) else {
                logger.info("skipping an alert record whose signature does not verify", metadata: [KafkaLoggingKeys.offset: "\(message.offset)"])
                return nil
            }
        }
        guard let event = try? EventCodec.decode(CloudEvent<Alert>.self, from: Data(value)) else {
            logger.info("skipping a record that is not an alert event", metadata: [KafkaLoggingKeys.offset: "\(message.offset)"])
            return nil
        }
        guard WebhookBridge.forwards(event.data) else { return nil }
        return event.data
    }

    func run() async throws {
        consumer.startPolling()
        guard groupWait > 0 else {
            for try await message in consumer.messages.cancelOnGracefulShutdown() {
                if let alert = alert(in: message) {
                    let outcome = try await bridge.deliver(alert)
                    logger.info("alert forwarded", metadata: ["vigie.alert": "\(alert.id)", "vigie.outcome": "\(outcome)"])
                }
                try? consumer.storeOffset(message)
            }
            return
        }
        // Grouped: the reader files events by incident; the sender sends each group when its wait is over and
        // stores offsets only up to the oldest event not yet delivered.
        let grouper = NIOLockedValueBox(AlertGrouper(wait: groupWait))
        let start = ContinuousClock.now
        let clock: @Sendable () -> Double = { (ContinuousClock.now - start) / .seconds(1) }
        let consumer = self.consumer
        let store: @Sendable ([(partition: Int32, next: Int64)]) -> Void = { offsets in
            try? consumer.storeOffsets(offsets.map {
                (KafkaTopicPartition(topic: Topics.alerts.name, partition: KafkaPartition(rawValue: $0.partition)), KafkaOffset(rawValue: $0.next))
            })
        }
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask {
                for try await message in consumer.messages.cancelOnGracefulShutdown() {
                    let position = AlertGrouper.Position(partition: message.partition.rawValue, offset: message.offset.rawValue)
                    if let alert = alert(in: message) {
                        grouper.withLockedValue { $0.add(alert, at: position, now: clock()) }
                    } else {
                        store(grouper.withLockedValue { $0.skip(at: position) })
                    }
                }
            }
            tasks.addTask {
                while !Task.isCancelled {
                    try await Task.sleep(for: .milliseconds(200))
                    for group in grouper.withLockedValue({ $0.takeDue(now: clock()) }) {
                        let outcome = try await bridge.deliver(group.alerts)
                        logger.info(
                            "alerts forwarded", metadata: ["vigie.group": "\(group.key)", "vigie.alerts": "\(group.alerts.count)", "vigie.outcome": "\(outcome)"])
                        store(grouper.withLockedValue { $0.done(group) })
                    }
                }
            }
            // The reader ends on shutdown: stop the sender too (what it had not sent is read again after a restart).
            try await tasks.next()
            tasks.cancelAll()
        }
    }
}
